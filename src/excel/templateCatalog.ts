/**
 * The templates the pane offers and a refresh resolves: the built-in ones by id, a user's
 * own one from the stored settings (checked again by `parseTemplate`).
 *
 * @module
 */
import { BUILT_IN_TEMPLATES, parseTemplate } from "../core";
import type { Template } from "../core";
import { UserFacingError } from "./officeErrorMessage";
import type { StoredTemplate } from "./storedSettings";

/** The built-in templates (SPEC §9) offered in the pane, besides "Standaard". */
export const BUILT_IN_TEMPLATE_LIST: readonly Template[] = BUILT_IN_TEMPLATES;

/** The organisations of the seed reports, by template id: how the pane names their template. */
const TEMPLATE_NAMES: Readonly<Record<string, string>> = {
  debasis: "deBasis",
  welstad: "Welstad",
  debadde: "De Badde",
  utrecht: "Buurtteamorganisatie Sociaal Utrecht",
  hogeland: "Mensenwerk Hogeland",
};

/**
 * How the pane names a template: the organisation of a seed template, else its title
 * without the period placeholder, else its id.
 *
 * @param template - the template
 * @returns the Dutch name
 *
 * @example
 * templateLabel({ id: 'eigen', title: 'Kwartaalcijfers {periode}', tables: [] }) // 'Kwartaalcijfers'
 */
export function templateLabel(template: Template): string {
  const named = TEMPLATE_NAMES[template.id];
  if (named) return named;
  const title = template.title
    .replace(/\{periode\}/g, "")
    .replace(/[\s–-]+$/, "")
    .trim();
  return title === "" ? template.id : title;
}

/**
 * The template a stored choice stands for.
 *
 * @param choice - the stored choice; undefined for the standard report
 * @param catalog - the built-in templates
 * @returns the template, or null for the standard report
 * @throws UserFacingError (Dutch) for a built-in id this version does not have
 * @throws TemplateError (Dutch, naming the key) for a stored own template that is not valid
 *
 * @example
 * resolveTemplate(undefined, BUILT_IN_TEMPLATE_LIST) // null: the standard report
 */
export function resolveTemplate(
  choice: StoredTemplate | undefined,
  catalog: readonly Template[]
): Template | null {
  if (!choice) return null;
  if (choice.kind === "own") return parseTemplate(choice.template, choice.fileName);
  const found = catalog.find((t) => t.id === choice.id);
  if (!found)
    throw new UserFacingError(
      `Deze werkmap gebruikt het sjabloon "${choice.id}", maar deze versie van Welzijnsmonitor kent dat sjabloon niet. ` +
        "Kies in het taakvenster (stap 3) een ander sjabloon en maak het rapport opnieuw."
    );
  return found;
}

/**
 * Reads a user's template file: JSON, checked by `parseTemplate`; its id defaults to the
 * file name without `.json`.
 *
 * @param text - the file's text
 * @param fileName - the file's name ("sjabloon.json")
 * @returns the template
 * @throws UserFacingError (Dutch) when the text is no JSON; TemplateError (Dutch) when the JSON is no template
 *
 * @example
 * templateFromFile('{"title":"T","tables":[…]}', 'wijk.json').id // 'wijk'
 */
export function templateFromFile(text: string, fileName: string): Template {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : "";
    throw new UserFacingError(`Het bestand "${fileName}" is geen geldige JSON${detail}.`);
  }
  return parseTemplate(value, fileName.replace(/\.json$/i, "") || "eigen");
}
