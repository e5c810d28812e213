// The KPI functions as generated code: one JSDoc-tagged wrapper per registry entry, which the
// build's CustomFunctionsMetadataPlugin turns into functions.json like the hand-written
// functions, and their English names and help for functions-en-us.json. scripts/
// generate-functions.js writes both into src/functions/generated/; a test compares the
// committed files with what these functions give, so a registry change cannot ship stale.
import type { KpiDefinition } from "../core";
import {
  FILTERS_ARGUMENT,
  OPTION_ARGUMENTS,
  PERIOD_ARGUMENT,
  TABLE_ARGUMENTS,
  type WorksheetArgument,
} from "./worksheetArguments";

/** An argument of a generated KPI function, with where its value goes. */
export interface KpiFunctionArgument extends WorksheetArgument {
  readonly optional: boolean;
  /** `table`: a table of `FunctionTables`; `option`: a recidive option. */
  readonly role: "table" | "period" | "option" | "filters";
  /** For a table: its key in `FunctionTables`. */
  readonly table?: keyof typeof TABLE_ARGUMENTS;
}

/** The file the generated wrappers are written to, from the project root. */
export const KPI_FUNCTIONS_FILE = "src/functions/generated/kpiFunctions.ts";
/** The file the English names and help of the generated wrappers are written to. */
export const KPI_FUNCTIONS_ENGLISH_FILE = "src/functions/generated/kpiFunctions.en-us.json";

/**
 * The worksheet arguments of a KPI's function, in order: its tables (the case table, plus the
 * ZRM table for a ZRM KPI; the complaints or activities table alone for a KPI over its rows), the period, the KPI
 * options the function exposes, and the filters when the KPI can be filtered.
 *
 * @param kpi - The definition.
 * @returns The arguments.
 * @example
 * kpiFunctionArguments(getKpi('goalReachedPct')).map((a) => a.name) // ['tabel', 'zrmtabel', 'periode', 'filters']
 */
export function kpiFunctionArguments(kpi: KpiDefinition): readonly KpiFunctionArgument[] {
  const tables: (keyof typeof TABLE_ARGUMENTS)[] =
    kpi.requires === "complaints" || kpi.requires === "activities"
      ? [kpi.requires]
      : kpi.requires === "zrm"
        ? ["cases", "zrm"]
        : ["cases"];
  const options = (kpi.functionHelp.arguments ?? []).map((id) => {
    const argument = OPTION_ARGUMENTS[id];
    if (argument === undefined) throw new Error(`${kpi.id}: no worksheet argument for ${id}`);
    return { ...argument, optional: true, role: "option" as const };
  });
  return [
    ...tables.map((table) => ({
      ...TABLE_ARGUMENTS[table],
      optional: false,
      role: "table" as const,
      table,
    })),
    { ...PERIOD_ARGUMENT, optional: false, role: "period" },
    ...options,
    ...(kpi.filterable ? [{ ...FILTERS_ARGUMENT, optional: true, role: "filters" as const }] : []),
  ];
}

/**
 * The exported name of a KPI's wrapper: its function name in lower case (`wachttijd`).
 *
 * @param kpi - The definition.
 * @returns A JavaScript identifier.
 * @example
 * kpiWrapperName(getKpi('meanWaitDays')) // 'wachttijd'
 */
export function kpiWrapperName(kpi: KpiDefinition): string {
  return kpi.functionName.toLowerCase();
}

/**
 * The source of src/functions/generated/kpiFunctions.ts: one wrapper per KPI, calling
 * `runKpiFunction` with the KPI's id, JSDoc-tagged for the metadata plugin.
 *
 * @param registry - The KPIs, in the order to list them.
 * @returns TypeScript source text.
 * @example
 * renderKpiFunctions(KPI_REGISTRY).includes('@customfunction WACHTTIJD') // true
 */
export function renderKpiFunctions(registry: readonly KpiDefinition[]): string {
  const usesOptions = registry.some((kpi) => (kpi.functionHelp.arguments ?? []).length > 0);
  const header = [
    "/* eslint-disable prettier/prettier -- generated */",
    "// GENERATED from the KPI registry (src/core/kpis/kpiRegistry.ts) by",
    "// `npm run functions:generate`: do not edit. One custom function per KPI; the build's",
    "// CustomFunctionsMetadataPlugin reads the JSDoc below, like that of functions.ts.",
    'import { guarded } from "../functionError";',
    ...(usesOptions ? ['import { readRecidiveOptions } from "../readArguments";'] : []),
    'import { runKpiFunction } from "../runKpiFunction";',
  ];
  return [header.join("\n"), ...registry.map(renderWrapper)].join("\n\n") + "\n";
}

function renderWrapper(kpi: KpiDefinition): string {
  const args = kpiFunctionArguments(kpi);
  const doc = [
    "/**",
    ` * ${kpi.functionHelp.description}`,
    ` * @customfunction ${kpi.functionName}`,
    ...args.map((a) => ` * @param ${a.optional ? `[${a.name}]` : a.name} ${a.description}`),
    ` * @returns ${kpi.functionHelp.returns}`,
    " */",
  ];
  const parameters = args.map((a) => `  ${a.name}${a.optional ? "?" : ""}: ${a.type}`);
  const tables = args
    .filter((a) => a.role === "table")
    .map((a) => `${a.table}: ${a.name}`)
    .join(", ");
  const call = [
    `      tables: { ${tables} },`,
    `      period: ${PERIOD_ARGUMENT.name},`,
    ...(kpi.filterable ? [`      filters: ${FILTERS_ARGUMENT.name},`] : []),
    ...(args.some((a) => a.role === "option") ? [`      recidive: ${recidiveCall(args)},`] : []),
  ];
  return [
    ...doc,
    `export function ${kpiWrapperName(kpi)}(`,
    parameters.join(",\n"),
    "): number {",
    "  return guarded(() =>",
    `    runKpiFunction(${JSON.stringify(kpi.id)}, {`,
    ...call,
    "    })",
    "  );",
    "}",
  ].join("\n");
}

/** `readRecidiveOptions(minMaanden, zelfdeDomein, startveld)`, with null for an option not taken. */
function recidiveCall(args: readonly KpiFunctionArgument[]): string {
  const names = (["minGapMonths", "sameDomain", "startField"] as const).map((id) => {
    const name = OPTION_ARGUMENTS[id]?.name;
    return args.some((a) => a.role === "option" && a.name === name) ? name : "null";
  });
  return `readRecidiveOptions(${names.join(", ")})`;
}

/**
 * The contents of src/functions/generated/kpiFunctions.en-us.json: each KPI function's English
 * name (the KPI id in capitals, as in the CLI's JSON) and help. scripts/functions-locale.js
 * adds it to locales/en-us.json when it writes functions-en-us.json.
 *
 * @param registry - The KPIs.
 * @returns JSON text.
 * @example
 * JSON.parse(renderKpiFunctionsEnglish(KPI_REGISTRY)).functions.WACHTTIJD.name // 'MEANWAITDAYS'
 */
export function renderKpiFunctionsEnglish(registry: readonly KpiDefinition[]): string {
  const functions = Object.fromEntries(
    registry.map((kpi) => [
      kpi.functionName,
      { name: kpi.id.toUpperCase(), description: kpi.functionHelp.englishDescription },
    ])
  );
  const $comment =
    "GENERATED from the KPI registry by `npm run functions:generate`: do not edit. English names and help of the KPI functions; scripts/functions-locale.js merges them with ../locales/en-us.json.";
  return JSON.stringify({ $comment, functions }, null, 2) + "\n";
}
