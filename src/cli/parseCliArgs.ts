/**
 * The command line's arguments (SPEC §8), read with `node:util` `parseArgs`.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { cellToDay, isValidDay } from "../core";
import type { Day } from "../core";
import { CliUsageError } from "./cliErrors";
import { splitMapOverrides, type ColumnEntry, type TableOverrides } from "./splitMapOverrides";

/** What the user asked for. */
export type CliArgs =
  | { readonly command: "help" }
  | { readonly command: "version" }
  | ({ readonly command: "report" } & ReportArgs);

/** The arguments of `welzijnsmonitor rapport` (English fields; the options are Dutch). */
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
  /** Mapping overrides (`--kolom`) per table, by English field id. */
  readonly overrides: TableOverrides;
  readonly out?: string;
  /** `--overschrijven`: `out` may replace an existing file that is not a report. */
  readonly overwrite: boolean;
  readonly json: boolean;
  /** `--sjabloon`: "standaard", a built-in template's name or a template JSON file. */
  readonly template?: string;
  /** `--organisatie`: the organisation's name, shown under the report's title. */
  readonly organisation?: string;
  /** Publication mode: small person counts hidden below `threshold`. */
  readonly publication: boolean;
  readonly threshold: 5 | 10;
  readonly recidiveMonths?: number;
  readonly recidiveSameDomain?: boolean;
  /** The export date: dates after it are reported as FUTURE_DATE. The report takes today when absent. */
  readonly asOf?: Day;
  /** Case, meeting and complaint dates before it are EARLY_DATE (placeholders); core default when absent. */
  readonly earliestDate?: Day;
  /**
   * How the user typed each option given, by Dutch name (`{ casussen: "--cases" }`), so that
   * messages name an option the way it was typed; see {@link optionAsTyped}.
   */
  readonly typedNames?: Readonly<Partial<Record<CliOptionName, string>>>;
}

/** How an option is read: `alias` is its English name, which works as well. */
interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly alias?: string;
  readonly multiple?: boolean;
  readonly short?: string;
}

/** The options by their Dutch name (SPEC §8), each with its English alias where it has one. */
const OPTIONS = {
  casussen: { type: "string", alias: "cases" },
  werkblad: { type: "string", alias: "sheet" },
  zrm: { type: "string" },
  "zrm-werkblad": { type: "string", alias: "zrm-sheet" },
  activiteiten: { type: "string", alias: "activities" },
  "activiteiten-werkblad": { type: "string", alias: "activities-sheet" },
  klachten: { type: "string", alias: "complaints" },
  "klachten-werkblad": { type: "string", alias: "complaints-sheet" },
  periode: { type: "string", alias: "period" },
  kolom: { type: "string", alias: "map", multiple: true },
  uit: { type: "string", alias: "out" },
  overschrijven: { type: "boolean" },
  json: { type: "boolean" },
  sjabloon: { type: "string" },
  organisatie: { type: "string" },
  publicatie: { type: "boolean" },
  drempel: { type: "string" },
  "recidive-maanden": { type: "string" },
  "recidive-zelfde-domein": { type: "string" },
  peildatum: { type: "string" },
  "vroegste-datum": { type: "string" },
  hulp: { type: "boolean", alias: "help", short: "h" },
  versie: { type: "boolean", alias: "version" },
} as const satisfies Readonly<Record<string, OptionSpec>>;

/** The Dutch name of an option, without "--" ("casussen"). */
export type CliOptionName = keyof typeof OPTIONS;

/** Each English alias and the Dutch option it stands for ("cases" → "casussen"). */
export const ENGLISH_ALIASES: ReadonlyMap<string, CliOptionName> = new Map(
  Object.entries(OPTIONS as Readonly<Record<CliOptionName, OptionSpec>>).flatMap(([name, spec]) =>
    spec.alias === undefined ? [] : [[spec.alias, name as CliOptionName]]
  )
);

/** What node:util parseArgs reads: every Dutch name and every English alias. */
const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS as Readonly<Record<string, OptionSpec>>).flatMap(([name, spec]) => {
    const read = { type: spec.type, multiple: spec.multiple === true };
    const dutch = [name, spec.short === undefined ? read : { ...read, short: spec.short }] as const;
    return spec.alias === undefined ? [dutch] : [dutch, [spec.alias, read] as const];
  })
);

/** The Dutch name of an option as parseArgs names it (a Dutch name or an English alias). */
function dutchName(name: string): CliOptionName {
  return ENGLISH_ALIASES.get(name) ?? (name as CliOptionName);
}

/** Default threshold of publication mode (SPEC §6). */
export const DEFAULT_THRESHOLD: 5 | 10 = 5;

/**
 * How a message names an option: as the user typed it (`--cases` when they typed that), else
 * by its Dutch name.
 *
 * @param args - the parsed arguments
 * @param name - the option's Dutch name
 * @returns e.g. "--uit", or "--out" when the user typed `--out`
 *
 * @example
 * optionAsTyped({ typedNames: { casussen: '--cases' } }, 'casussen'); // "--cases"
 * optionAsTyped({ typedNames: { casussen: '--cases' } }, 'uit'); // "--uit"
 */
export function optionAsTyped(args: Pick<ReportArgs, "typedNames">, name: CliOptionName): string {
  return args.typedNames?.[name] ?? `--${name}`;
}

interface OptionToken {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string;
}

/**
 * Reads the command line's arguments. Every option has a Dutch name (`--casussen`); most also
 * have an English alias (`--cases`) that means the same.
 *
 * @param argv - the arguments after the program name
 * @returns what to do
 * @throws {CliUsageError} with a one-line Dutch message for an unknown option, a missing or
 *   malformed value (also of `--kolom`), an option with a value given twice (also once under
 *   each of its names; only `--kolom` is repeatable), a missing command, `--casussen` or
 *   `--periode`
 *
 * @example
 * parseCliArgs(['rapport', '--casussen', 'export.xlsx', '--periode', 't/m Q3 2024', '--json']);
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: PARSE_OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (error) {
    throw new CliUsageError(translateParseError(error as Error & { code?: string }));
  }
  const { positionals } = parsed;
  const tokens = parsed.tokens as readonly OptionToken[];
  const flags = new Set<CliOptionName>();
  for (const token of tokens)
    if (token.kind === "option" && token.value === undefined && token.name !== undefined)
      flags.add(dutchName(token.name));
  if (flags.has("hulp")) return { command: "help" };
  if (flags.has("versie")) return { command: "version" };
  const { values, typedNames, columns } = readOptionValues(tokens);
  const [command, ...rest] = positionals;
  if (command === undefined)
    throw new CliUsageError(
      'geef een opdracht: welzijnsmonitor rapport --casussen BESTAND --periode "t/m Q3 2024"'
    );
  if (command !== "report" && command !== "rapport")
    throw new CliUsageError(`onbekende opdracht: ${command} (bedoeld: rapport)`);
  if (rest.length > 0)
    throw new CliUsageError(
      `onverwacht argument: ${rest[0] ?? ""} (zet waarden met spaties tussen aanhalingstekens)`
    );
  const cases = values.get("casussen");
  if (cases === undefined)
    throw new CliUsageError(
      "--casussen ontbreekt: geef het bestand met de casussen (.xlsx of .csv)"
    );
  const period = values.get("periode");
  if (period === undefined)
    throw new CliUsageError(
      '--periode ontbreekt: geef een periode, bijvoorbeeld --periode "t/m Q3 2024"'
    );
  const threshold = values.has("drempel")
    ? readThreshold(values.get("drempel") ?? "")
    : DEFAULT_THRESHOLD;
  const recidiveMonths = values.get("recidive-maanden");
  const recidiveSameDomain = values.get("recidive-zelfde-domein");
  const asOf = values.get("peildatum");
  const earliestDate = values.get("vroegste-datum");
  return {
    command: "report",
    cases,
    sheet: values.get("werkblad"),
    zrm: values.get("zrm"),
    zrmSheet: values.get("zrm-werkblad"),
    activities: values.get("activiteiten"),
    activitiesSheet: values.get("activiteiten-werkblad"),
    complaints: values.get("klachten"),
    complaintsSheet: values.get("klachten-werkblad"),
    period,
    overrides: splitMapOverrides(columns),
    out: values.get("uit"),
    overwrite: flags.has("overschrijven"),
    json: flags.has("json"),
    template: values.get("sjabloon"),
    organisation: values.get("organisatie"),
    // A threshold only means something in publication mode: giving one switches it on.
    publication: flags.has("publicatie") || values.has("drempel"),
    threshold,
    recidiveMonths:
      recidiveMonths === undefined
        ? undefined
        : readInteger("--recidive-maanden", recidiveMonths, 0),
    recidiveSameDomain:
      recidiveSameDomain === undefined ? undefined : readYesNo(recidiveSameDomain),
    asOf: asOf === undefined ? undefined : readDay("--peildatum", asOf, "2024-10-07"),
    earliestDate:
      earliestDate === undefined
        ? undefined
        : readDay("--vroegste-datum", earliestDate, "1-1-1990"),
    typedNames,
  };
}

/**
 * The values of the options by Dutch name, how the user typed each option, and the `--kolom`
 * entries in order. Node's parseArgs keeps the last of a repeated option silently;
 * `--casussen a.csv --casussen b.csv` (or `--cases a.csv --casussen b.csv`) is more likely a
 * mistake than a correction, so it is refused. A repeated flag (`--json`) means the same thing
 * twice and is harmless.
 */
function readOptionValues(tokens: readonly OptionToken[]): {
  values: Map<CliOptionName, string>;
  typedNames: Partial<Record<CliOptionName, string>>;
  columns: ColumnEntry[];
} {
  const values = new Map<CliOptionName, string>();
  const typedNames: Partial<Record<CliOptionName, string>> = {};
  const columns: ColumnEntry[] = [];
  for (const token of tokens) {
    if (token.kind !== "option" || token.name === undefined) continue;
    const name = dutchName(token.name);
    const typed = token.rawName ?? `--${name}`;
    const earlier = typedNames[name];
    typedNames[name] ??= typed;
    if (token.value === undefined) continue;
    if (name === "kolom") {
      columns.push({ option: typed, text: token.value });
      continue;
    }
    if (earlier !== undefined) {
      const also = earlier === typed ? "" : ` (ook als ${typed})`;
      throw new CliUsageError(
        `optie ${earlier} is meer dan eens gegeven${also}; geef deze één keer (alleen --kolom mag vaker)`
      );
    }
    values.set(name, token.value);
  }
  return { values, typedNames, columns };
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
  // "Option '-h, --hulp' does not take an argument": the long name.
  const option = /'(?:-[^-' ], )?(-[^' ]+)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `onbekende optie: ${option} (zie welzijnsmonitor --hulp)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      if (/does not take/.test(error.message)) return `optie ${option} heeft geen waarde`;
      if (/ambiguous/.test(error.message))
        return `optie ${option} verwacht een waarde; schrijf een waarde die met "-" begint als ${option}=-…`;
      return `optie ${option} verwacht een waarde`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `onverwacht argument (zie welzijnsmonitor --hulp)`;
    default:
      return `ongeldige argumenten: ${error.message}`;
  }
}
