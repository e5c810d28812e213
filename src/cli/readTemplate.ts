/**
 * Choosing a report template on the command line (`--sjabloon`).
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { BUILT_IN_TEMPLATES, getBuiltInTemplate, parseTemplate, TemplateError } from "../core";
import type { Template } from "../core";
import { CliInputError, CliUsageError } from "./cliErrors";
import { describeFsError } from "./describeFsError";

/** The name of the standard report (today's report, built by `buildStandardReport`). */
export const STANDARD_TEMPLATE = "standaard";

/**
 * The template `--sjabloon` names: `standaard`, a built-in template by its name, or a JSON file
 * of the template shape (a name ending in .json).
 *
 * @param name - The option's value.
 * @param option - The option as the user typed it ("--sjabloon"), for messages.
 * @returns "standaard" or the template.
 * @throws {CliUsageError} for an unknown name; {CliInputError} for a file that cannot be read,
 *   is not JSON, or is not a template (the message names the bad key).
 * @example
 * await readTemplate("utrecht", "--sjabloon"); // the built-in template of Sociaal Utrecht
 */
export async function readTemplate(name: string, option: string): Promise<Template | "standaard"> {
  if (name === STANDARD_TEMPLATE) return STANDARD_TEMPLATE;
  const builtIn = getBuiltInTemplate(name);
  if (builtIn !== undefined) return builtIn;
  if (extname(name).toLowerCase() !== ".json") {
    const names = [STANDARD_TEMPLATE, ...BUILT_IN_TEMPLATES.map((template) => template.id)];
    throw new CliUsageError(
      `${option}: onbekend sjabloon "${name}"; kies uit ${names.join(", ")} of geef een eigen sjabloon als .json-bestand`
    );
  }
  let text: string;
  try {
    text = await readFile(name, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliInputError(`sjabloon niet gevonden: ${name}`);
    throw new CliInputError(`kan het sjabloon ${name} niet lezen: ${describeFsError(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliInputError(`${name} is geen geldige JSON: ${(error as Error).message}`);
  }
  try {
    return parseTemplate(value, basename(name, extname(name)));
  } catch (error) {
    if (error instanceof TemplateError)
      throw new CliInputError(`sjabloon ${name}: ${error.message}`);
    throw error;
  }
}
