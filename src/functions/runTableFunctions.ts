// Runners of the spilled functions: TOP (a grouped KPI for one period) and KPIS (the report's
// "Inzicht meetbare resultaten" table). Both read the engine's registries and report definition.
import {
  buildKpiTable,
  buildStandardReport,
  computeGroup,
  createReportBuildContext,
  missingFieldNames,
  OTHER_LABEL,
  previousYearPeriod,
  REPORT_COLUMNS,
  reportCell,
  resolveRecidiveOptions,
  STANDARD_REPORT_TABLES,
} from "../core";
import type { GroupComparisonRow, KpiTableSpec } from "../core";
import { FunctionInputError } from "./functionError";
import { resolveGroup } from "./groupNames";
import { resolveMeasure } from "./measureNames";
import { loadFunctionData, readFunctionSettings, type FunctionTables } from "./loadFunctionData";
import { readCount, readPeriod, readYesNo } from "./readArguments";
import { readFilters } from "./readFilters";
import { isEmptyCell } from "./tableSnapshot";

/** A spilled result: rows of numbers and texts. */
export type SpilledTable = (string | number)[][];

/** Text for a missing value in a spilled table (SPEC §6). */
const MISSING = "–";

/** The arguments of a TOP call. */
export interface TopCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly group: unknown;
  readonly count?: unknown;
  readonly withTotals?: unknown;
  /** Which of the group's measures to show (empty: its main measure). */
  readonly measure?: unknown;
  readonly filters?: unknown;
}

/**
 * WELZIJN.TOP: the N largest groups of a grouped KPI in one period, as rows of label and the
 * group's main value (the report's: behandeld for hoofddomein, afgesloten for afsluitreden, …)
 * or the measure asked for (doorlooptijd per soort traject, wachttijd per team, …), ordered as
 * the report orders them (value-ordered groups by their main value, descending, then by name;
 * fixed-order groups such as leeftijd in their own order, all of them). With `withTotals` the
 * "Overig" and "Totaal" rows follow where the grouping has them.
 *
 * @param call - The arguments.
 * @returns Two columns: group label, value.
 * @throws {@link FunctionInputError} for an unknown grouping, a missing column, or no
 *   groups in the period (#N/A).
 * @example
 * runTopFunction({ tables: { cases: rows }, period: 't/m Q3 2024', group: 'hoofddomein', count: 3 })
 * // [['Financiën', 212], ['Geestelijke gezondheid', 180], ['Huisvesting', 97]]
 */
export function runTopFunction(call: TopCall): SpilledTable {
  const group = resolveGroup(call.group);
  const measure = resolveMeasure(group, call.measure).id;
  const topN = readCount(call.count, 5, "aantal");
  const withTotals = isEmptyCell(call.withTotals ?? null)
    ? false
    : readYesNo(call.withTotals, "metTotaal");
  const period = readPeriod(call.period);
  const { dataset, engine, cases } = loadFunctionData(call.tables);
  const filters = readFilters(call.filters, cases.mapping);
  const comparison = computeGroup(engine, group.id, period, {
    ...(group.order === "value" ? { topN } : {}),
    ...(filters.length > 0 ? { filters } : {}),
  });
  if (comparison.rows.length === 0) {
    const missing = missingFieldNames(dataset, group.inputs);
    if (
      group.anyOf !== undefined &&
      !group.anyOf.some((field) => dataset.cases.mappedFields.has(field))
    ) {
      missing.push("Geboortedatum of Leeftijd");
    }
    throw new FunctionInputError(
      `De groepering "${group.keyLabel.toLowerCase()}" kan niet berekend worden: de tabel mist ${missing.join(", ") || "een kolom die nodig is"}.`
    );
  }
  const rows = comparison.rows.filter((row) => withTotals || row.kind === "group");
  const shown = rows.filter((row) => row.kind !== "group" || hasCases(row));
  if (shown.length === 0) {
    throw new FunctionInputError(
      `Geen ${group.keyLabel.toLowerCase()} met casussen in ${period.label}.`,
      "#N/A"
    );
  }
  return shown.map((row) => [
    row.kind === "other" ? OTHER_LABEL : row.label,
    row.current[measure] ?? MISSING,
  ]);
}

/**
 * A group row counts when some measure has cases in the period (a month without starts but
 * with active cases counts; a group with no case at all is left out).
 */
function hasCases(row: GroupComparisonRow): boolean {
  return Object.keys(row.current).some((measure) => {
    const value = row.current[measure];
    return (
      (row.currentN[measure] ?? 0) > 0 || (value !== null && value !== undefined && value !== 0)
    );
  });
}

/** The arguments of a KPIS call. */
export interface KpisCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly formatted?: unknown;
}

/**
 * WELZIJN.KPIS: the report's "Inzicht meetbare resultaten" table for a period and the same period
 * a year earlier: a header row (label, previous period, current period, Verschil, Verschil %)
 * and one row per KPI. Values are numbers (percentages as fractions), a missing value "–", the Δ%
 * of a rate or mean (which has none) ''; with `formatted` every value is Dutch display text ("4,8%", "+12").
 * Rows whose columns the table lacks are left out, as in the report. The task pane's stored
 * report options apply as in the report: its recidive options, and publication mode (small
 * person counts "<5", hidden rates "–*", with the legend as rows below the table).
 *
 * @param call - The arguments.
 * @returns The spilled table.
 * @example
 * runKpisFunction({ tables: { cases: rows }, period: 't/m Q3 2024' })[0]
 * // ['Soort KPI', 't/m Q3 2023', 't/m Q3 2024', 'Verschil', 'Verschil %']
 */
export function runKpisFunction(call: KpisCall): SpilledTable {
  const formatted = isEmptyCell(call.formatted ?? null)
    ? false
    : readYesNo(call.formatted, "opgemaakt");
  const period = readPeriod(call.period);
  const { engine } = loadFunctionData(call.tables);
  const settings = readFunctionSettings();
  const spec = STANDARD_REPORT_TABLES.find(
    (table): table is KpiTableSpec => table.kind === "kpis" && table.id === "kpis"
  );
  if (spec === undefined) throw new Error('De rapportdefinitie heeft geen tabel "kpis".');
  const context = createReportBuildContext({
    engine,
    period,
    previous: previousYearPeriod(period),
    recidive: resolveRecidiveOptions(settings?.recidive),
    topN: 5,
  });
  const built = buildKpiTable(spec, context);
  if (!("table" in built))
    throw new FunctionInputError(
      `De tabel "${spec.title}" kan niet berekend worden: ${built.omitted}.`
    );
  const threshold = settings?.publication?.threshold;
  // In publication mode the table comes from the whole published report, as the pane writes
  // it: a number hidden in another table is hidden here too (SPEC §6, no second cell gives it away).
  const table =
    threshold === undefined
      ? built.table
      : (buildStandardReport(engine, period, {
          previous: previousYearPeriod(period),
          recidive: resolveRecidiveOptions(settings?.recidive),
          publication: { threshold },
          ...(settings?.tables === undefined ? {} : { tables: [...settings.tables, spec.id] }),
        }).tables.find((candidate) => candidate.id === spec.id) ?? built.table);
  const body = table.rows.map((row): (string | number)[] => [
    row.label,
    ...REPORT_COLUMNS.map((column) => {
      const cell = reportCell(row, column, threshold);
      return formatted || cell.kind !== "number" ? cell.text : cell.value;
    }),
  ]);
  const legend =
    threshold === undefined
      ? []
      : (table.notes ?? [])
          .filter((note) => !(built.table.notes ?? []).includes(note))
          .map((note) => [note, "", "", "", ""]);
  return [[...table.headers], ...body, ...legend];
}
