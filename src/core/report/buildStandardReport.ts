import type { Engine } from "../engine/Engine";
import { previousYearPeriod } from "../periods/previousYearPeriod";
import { resolveRecidiveOptions } from "../recidive/recidiveOptions";
import type { Report, ReportDefinition, ReportTable } from "../reportTable";
import type { Period, RecidiveOptions } from "../types";
import { buildGroupTable } from "./buildGroupTable";
import { buildKpiTable } from "./buildKpiTable";
import { buildRecidiveTable } from "./buildRecidiveTable";
import {
  createReportBuildContext,
  type BuiltTable,
  type ReportBuildContext,
} from "./reportBuildContext";
import { reportParameters } from "./reportParameters";
import type { ReportTableSpec } from "./reportTableSpec";
import { STANDARD_REPORT_TABLES } from "./standardReportTables";
import { suppressReportSmallNumbers, type PublishedTableInput } from "./suppressReportSmallNumbers";

/** Options of {@link buildStandardReport}. */
export interface ReportOptions {
  /** Comparison period; default the same range a year earlier. */
  readonly previous?: Period;
  /** Recidive parameters (SPEC §5); missing ones take the defaults. */
  readonly recidive?: Partial<RecidiveOptions>;
  /** Ids of the tables to include (see `STANDARD_REPORT_TABLES`); default all. */
  readonly tables?: readonly string[];
  /** Publication mode (SPEC §6 small numbers): hide person counts below the threshold. */
  readonly publication?: { readonly threshold: 5 | 10 };
  /** Number of main domains in the top table; default 5. */
  readonly topN?: number;
  /** Lower bounds of the age bands; default 0, 18, 27, 45, 55, 65. */
  readonly ageBands?: readonly number[];
  /** Report title; default "Welzijnsmonitor – rapportage <periode>". */
  readonly title?: string;
  /** Another report definition than the standard one. */
  readonly definition?: readonly ReportTableSpec[];
}

/** Default number of main domains in "Top 5 hoofddomeinen ZRM". */
export const DEFAULT_TOP_N = 5;

/**
 * Builds the standard report of SPEC §6 from a dataset (through its engine): every table of
 * `STANDARD_REPORT_TABLES` for the period against the comparison period, with Δ and Δ%, the
 * KPI definitions and the parameters used, and publication mode applied when asked. Tables the
 * export cannot serve (no team column, no activities table) are left out and listed in the
 * parameters ("Niet opgenomen: …"); a KPI row the export cannot serve is left out of its
 * table and named in the table's note.
 *
 * @param engine - the engine of the dataset (`createEngine`)
 * @param period - the current period
 * @param options - comparison period, recidive options, tables, publication mode, top N
 * @returns the report as plain data, for any writer
 * @throws `InvalidRecidiveOptionsError`, `InvalidGroupOptionsError` on bad options
 *
 * @example
 * const report = buildStandardReport(engine, parsePeriod('t/m Q3 2024'), { publication: { threshold: 5 } });
 * report.tables[0].title // 'Inzicht meetbare resultaten'
 */
export function buildStandardReport(
  engine: Engine,
  period: Period,
  options: ReportOptions = {}
): Report {
  const previous = options.previous ?? previousYearPeriod(period);
  const recidive = resolveRecidiveOptions(options.recidive);
  const topN = options.topN ?? DEFAULT_TOP_N;
  const threshold = options.publication?.threshold;
  const { dataset } = engine;
  const context = createReportBuildContext({
    engine,
    period,
    previous,
    recidive,
    topN,
    ...(options.ageBands === undefined ? {} : { ageBands: options.ageBands }),
  });
  const wanted = options.tables === undefined ? undefined : new Set(options.tables);
  const specs = (options.definition ?? STANDARD_REPORT_TABLES).filter(
    (spec) => wanted === undefined || wanted.has(spec.id)
  );

  const built: PublishedTableInput[] = [];
  const definitions = new Map<string, ReportDefinition>();
  const omitted: { title: string; reason: string }[] = [];
  for (const spec of specs) {
    const one = buildTable(spec, context);
    if ("omitted" in one) {
      omitted.push({ title: spec.title.replace("{topN}", String(topN)), reason: one.omitted });
      continue;
    }
    for (const d of one.definitions) if (!definitions.has(d.label)) definitions.set(d.label, d);
    built.push({ table: one.table, ...one.publication });
  }
  // Publication mode works on the whole report: the same number in two tables is one cell.
  const tables: ReportTable[] =
    threshold === undefined
      ? built.map((b) => b.table)
      : suppressReportSmallNumbers(built, { threshold, periods: { previous, current: period } });
  return {
    title: options.title ?? `Welzijnsmonitor – rapportage ${period.label}`,
    periodLabel: period.label,
    previousLabel: previous.label,
    tables,
    definitions: [...definitions.values()],
    parameters: reportParameters({
      period,
      previous,
      recidive,
      topN,
      threshold,
      omitted,
      hasCaseType: dataset.cases.mappedFields.has("caseType"),
    }),
    ...(threshold === undefined ? {} : { publication: { threshold } }),
  };
}

function buildTable(spec: ReportTableSpec, context: ReportBuildContext): BuiltTable {
  switch (spec.kind) {
    case "kpis":
      return buildKpiTable(spec, context);
    case "group":
      return buildGroupTable(spec, context);
    case "recidiveBreakdown":
      return buildRecidiveTable(spec, context);
  }
}
