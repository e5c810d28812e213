/**
 * The command line's arguments (SPEC §8), read with `node:util` `parseArgs`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { cellToDay } from "../core/dates/cellToDay";
import { isValidDay } from "../core/dates/isValidDay";
import type { Day } from "../core/types";
import { CliUsageError } from "./cliErrors";
import { splitMapOverrides, type TableOverrides } from "./splitMapOverrides";

/** What the user asked for. */
export type CliArgs =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | ({ readonly command: "report" } & ReportArgs);

/** The arguments of `welzijnsmonitor report`. */
export interface ReportArgs {
  readonly cases: string;
  /** Sheet of the cases file. */
  readonly sheet?: string;
  readonly zrm?: string;
  readonly zrmSheet?: string;
  readonly activities?: string;
  readonly activitiesSheet?: string;
  readonly complaints?: string;
  readonly complaintsSheet?: string;
  readonly period: string;
  /** Mapping overrides (`--map`) per table. */
  readonly overrides: TableOverrides;
  readonly out?: string;
  /** `--overschrijven`: `out` may replace an existing file that is not a report. */
  readonly overwrite: boolean;
  readonly json: boolean;
  /** Publication mode: small person counts hidden below `threshold`. */
  readonly publication: boolean;
  readonly threshold: 5 | 10;
  readonly recidiveMonths?: number;
  readonly recidiveSameDomain?: boolean;
  /** The export date: dates after it are reported as FUTURE_DATE. The report takes today when absent. */
  readonly asOf?: Day;
  /** Case, meeting and complaint dates before it are EARLY_DATE (placeholders); core default when absent. */
  readonly earliestDate?: Day;
}

const OPTIONS = {
  cases: { type: "string" },
  sheet: { type: "string" },
  zrm: { type: "string" },
  "zrm-sheet": { type: "string" },
  activities: { type: "string" },
  "activities-sheet": { type: "string" },
  complaints: { type: "string" },
  "complaints-sheet": { type: "string" },
  period: { type: "string" },
  map: { type: "string", multiple: true },
  out: { type: "string" },
  overschrijven: { type: "boolean" },
  json: { type: "boolean" },
  publicatie: { type: "boolean" },
  drempel: { type: "string" },
  "recidive-maanden": { type: "string" },
  "recidive-zelfde-domein": { type: "string" },
  peildatum: { type: "string" },
  "vroegste-datum": { type: "string" },
  help: { type: "boolean", short: "h" },
  versie: { type: "boolean" },
  version: { type: "boolean" },
} as const;

/** Default threshold of publication mode (SPEC §6). */
export const DEFAULT_THRESHOLD: 5 | 10 = 5;

/**
 * Reads the command line's arguments.
 *
 * @param argv - the arguments after the program name
 * @returns what to do
 * @throws {CliUsageError} with a one-line Dutch message for an unknown option, a missing or
 *   malformed value (also of `--map`), an option with a value given twice (only `--map` is
 *   repeatable), a missing command, `--cases` or `--period`
 *
 * @example
 * parseCliArgs(['report', '--cases', 'export.xlsx', '--period', 't/m Q3 2024', '--json']);
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new CliUsageError(translateParseError(error as Error & { code?: string }));
  }
  const { values, positionals, tokens } = parsed;
  if (values.help === true) return { command: "help" };
  if (values.versie === true || values.version === true) return { command: "version" };
  assertNoRepeatedValues(tokens);
  const [command, ...rest] = positionals;
  if (command === undefined)
    throw new CliUsageError(
      'geef een opdracht: welzijnsmonitor report --cases BESTAND --period "t/m Q3 2024"'
    );
  if (command !== "report" && command !== "rapport")
    throw new CliUsageError(`onbekende opdracht: ${command} (bedoeld: report)`);
  if (rest.length > 0)
    throw new CliUsageError(
      `onverwacht argument: ${rest[0] ?? ""} (zet waarden met spaties tussen aanhalingstekens)`
    );
  if (values.cases === undefined)
    throw new CliUsageError("--cases ontbreekt: geef het bestand met de casussen (.xlsx of .csv)");
  if (values.period === undefined)
    throw new CliUsageError(
      '--period ontbreekt: geef een periode, bijvoorbeeld --period "t/m Q3 2024"'
    );
  const threshold =
    values.drempel === undefined ? DEFAULT_THRESHOLD : readThreshold(values.drempel);
  return {
    command: "report",
    cases: values.cases,
    sheet: values.sheet,
    zrm: values.zrm,
    zrmSheet: values["zrm-sheet"],
    activities: values.activities,
    activitiesSheet: values["activities-sheet"],
    complaints: values.complaints,
    complaintsSheet: values["complaints-sheet"],
    period: values.period,
    overrides: splitMapOverrides(values.map ?? []),
    out: values.out,
    overwrite: values.overschrijven === true,
    json: values.json === true,
    // A threshold only means something in publication mode: giving one switches it on.
    publication: values.publicatie === true || values.drempel !== undefined,
    threshold,
    recidiveMonths:
      values["recidive-maanden"] === undefined
        ? undefined
        : readInteger("--recidive-maanden", values["recidive-maanden"], 0),
    recidiveSameDomain:
      values["recidive-zelfde-domein"] === undefined
        ? undefined
        : readYesNo(values["recidive-zelfde-domein"]),
    asOf:
      values.peildatum === undefined
        ? undefined
        : readDay("--peildatum", values.peildatum, "2024-10-07"),
    earliestDate:
      values["vroegste-datum"] === undefined
        ? undefined
        : readDay("--vroegste-datum", values["vroegste-datum"], "1-1-1990"),
  };
}

/**
 * Node's parseArgs keeps the last of a repeated option silently; `--cases a.csv --cases b.csv`
 * is more likely a mistake than a correction, so it is refused. A repeated flag (`--json`)
 * means the same thing twice and is harmless.
 */
function assertNoRepeatedValues(
  tokens: readonly { kind: string; name?: string; rawName?: string; value?: string }[]
): void {
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined || token.value === undefined) continue;
    if (OPTIONS[token.name as keyof typeof OPTIONS].type !== "string" || token.name === "map")
      continue;
    if (seen.has(token.name))
      throw new CliUsageError(
        `optie --${token.name} is meer dan eens gegeven; geef deze één keer (alleen --map mag vaker)`
      );
    seen.add(token.name);
  }
}

function readInteger(option: string, text: string, min: number): number {
  const value = Number(text.trim());
  if (text.trim() === "" || !Number.isInteger(value) || value < min) {
    throw new CliUsageError(
      `${option} verwacht een geheel getal van ${min} of meer, niet "${text}"`
    );
  }
  return value;
}

/** SPEC §6: the threshold is 5 (default) or 10. */
function readThreshold(text: string): 5 | 10 {
  const value = text.trim();
  if (value === "5" || value === "10") return value === "5" ? 5 : 10;
  throw new CliUsageError(`--drempel verwacht 5 of 10, niet "${text}"`);
}

function readYesNo(text: string): boolean {
  const value = text.trim().toLowerCase();
  if (value === "ja" || value === "j") return true;
  if (value === "nee" || value === "n") return false;
  throw new CliUsageError(`--recidive-zelfde-domein verwacht ja of nee, niet "${text}"`);
}

function readDay(option: string, text: string, example: string): Day {
  const day = cellToDay(text);
  if (!isValidDay(day))
    throw new CliUsageError(`${option} verwacht een datum als ${example}, niet "${text}"`);
  return day;
}

/** Node's parseArgs messages are English; the user gets one Dutch line. */
function translateParseError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `onbekende optie: ${option} (zie welzijnsmonitor --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take/.test(error.message)) return `optie ${option} heeft geen waarde`;
      if (/ambiguous/.test(error.message))
        return `optie ${option} verwacht een waarde; schrijf een waarde die met "-" begint als ${option}=-…`;
      return `optie ${option} verwacht een waarde`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `onverwacht argument (zie welzijnsmonitor --help)`;
    default:
      return `ongeldige argumenten: ${error.message}`;
  }
}
