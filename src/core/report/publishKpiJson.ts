/**
 * @module
 */
import type { IssueCount } from "../issues/countIssues";
import { countIssues } from "../issues/countIssues";
import { GROUP_REGISTRY } from "../kpis/groupRegistry";
import type { KpiJson } from "../kpis/buildKpiJson";
import type { Report, ReportRow } from "../reportTable";
import type { RenderedTable } from "../templates/renderedTable";
import type { ReportTableSpec } from "./reportTableSpec";
import { STANDARD_REPORT_TABLES } from "./standardReportTables";

/** The JSON of SPEC §8–9 in publication mode: nothing in it is row-level or suppressed. */
export interface PublishedKpiJson extends Omit<KpiJson, "issues"> {
  /** The threshold, and how many values publication mode turned into null (see {@link publishKpiJson}). */
  readonly publication: { readonly threshold: number; readonly suppressed: number };
  /** The findings counted per kind: no rows, case numbers or values. */
  readonly issues: readonly IssueCount[];
}

/** Options of {@link publishKpiJson}. */
export interface PublishKpiJsonOptions {
  /** The rendered tables the JSON prints in `tables`, whose marked cells are counted too. */
  readonly tables?: readonly RenderedTable[];
  /** The definition `report` was built from; default the standard report's. */
  readonly definition?: readonly ReportTableSpec[];
}

type Pair = { readonly current: number | null; readonly previous: number | null };
type Column = keyof Pair;

/**
 * Turns the JSON of SPEC §8 into its publication version (SPEC §9, issue 16), after the
 * report published in publication mode (`buildStandardReport` with `publication`):
 *
 * - A KPI or group value that the report shows (same KPI id, or same group key in the table of
 *   that group's main measure, with the same value) is null exactly when its report cell is
 *   suppressed ("<5" or "–*").
 * - A value that no table of the report shows is null as well. The suppression audits the
 *   relations between the cells the report publishes; a value outside them was never audited
 *   and may give a hidden cell away (byDomain's domains beyond the top 5 add up to the
 *   report's "Overig"; recidive over all case types minus recidive over IT and LS is the
 *   recidive of the others).
 * - `issues` becomes one count per kind of finding (code, Dutch description, severity,
 *   number of rows): the findings themselves name rows, case numbers and values.
 * - `publication.suppressed` counts the values that publication mode made null: in `kpis`,
 *   `groups` and the `tables` passed (every marked cell). A value that was null already is
 *   not counted.
 *
 * @param json - The JSON as `buildKpiJson` builds it.
 * @param report - The report in publication mode, built from the same engine and periods.
 * @param options - The printed tables; the report's definition.
 * @returns The published JSON (keys in the order of SPEC §8, `publication` after the periods).
 * @throws RangeError when the report is not in publication mode (a programmer's mistake).
 * @example
 * const report = buildStandardReport(engine, period, { publication: { threshold: 5 } });
 * publishKpiJson(buildKpiJson(engine, period, previous), report).publication; //=> { threshold: 5, suppressed: 17 }
 */
export function publishKpiJson(
  json: KpiJson,
  report: Report,
  options: PublishKpiJsonOptions = {}
): PublishedKpiJson {
  const threshold = report.publication?.threshold;
  if (threshold === undefined)
    throw new RangeError("publishKpiJson: the report is not in publication mode");
  const definition = options.definition ?? STANDARD_REPORT_TABLES;
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  let suppressed = 0;
  const publish = (pair: Pair, rows: readonly ReportRow[]): Pair => {
    const out = { current: pair.current, previous: pair.previous };
    for (const column of ["current", "previous"] as const) {
      if (pair[column] === null || isShown(pair[column], column, rows)) continue;
      out[column] = null;
      suppressed += 1;
    }
    return out;
  };

  const kpiTables = definition.filter((s) => s.kind === "kpis").map((s) => tables.get(s.id));
  const kpiRows = (id: string): ReportRow[] =>
    kpiTables.flatMap((t) => t?.rows.filter((row) => row.key === id) ?? []);
  const kpis = Object.fromEntries(
    Object.entries(json.kpis).map(([id, pair]) => [id, publish(pair, kpiRows(id))])
  ) as unknown as KpiJson["kpis"];

  const groups = Object.fromEntries(
    Object.entries(json.groups).map(([id, rows]) => {
      const main = GROUP_REGISTRY.find((g) => g.id === id)?.mainMeasure;
      const shown = definition
        .filter((s) => s.kind === "group" && s.group === id && (s.measure ?? main) === main)
        .map((s) => tables.get(s.id));
      const rowsOf = (key: string): ReportRow[] =>
        shown.flatMap((t) => t?.rows.filter((row) => row.key === key) ?? []);
      return [id, rows.map((row) => ({ key: row.key, ...publish(row, rowsOf(row.key)) }))];
    })
  ) as unknown as KpiJson["groups"];

  for (const table of options.tables ?? [])
    for (const row of table.rows)
      for (const mark of row.suppressed ?? []) if (mark === "small" || mark === "hidden") suppressed += 1;

  return {
    period: json.period,
    previous: json.previous,
    publication: { threshold, suppressed },
    kpis,
    groups,
    issues: countIssues(json.issues),
  };
}

/**
 * Whether the report shows this very value, and nowhere suppressed. Rows of the same key that
 * hold another value show another quantity (the report's recidive counts IT and LS only).
 */
function isShown(value: number, column: Column, rows: readonly ReportRow[]): boolean {
  const same = rows.filter((row) => sameValue(row[column], value));
  return same.length > 0 && same.every((row) => row.suppressed?.[column] === undefined);
}

function sameValue(a: number | null, b: number): boolean {
  return a !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}
