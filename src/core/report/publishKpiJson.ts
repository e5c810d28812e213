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
 * - A KPI or group value that the report shows (a row of the KPI's id without a filter, or of
 *   the group's key in a table of that group's main measure) is null exactly when its report
 *   cell is suppressed ("<5" or "–*").
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
 * @param report - The report in publication mode, built from the same engine and periods. With
 *   a template, whose tables are what is audited, `{ tables: [], publication }`: no KPI or group
 *   value is then published outside the template's tables.
 * @param options - The printed tables; the report's definition.
 * @returns The published JSON (keys in the order of SPEC §8, `publication` after the periods).
 * @throws RangeError when the report is not in publication mode (a programmer's mistake).
 * @example
 * const report = buildStandardReport(engine, period, { publication: { threshold: 5 } });
 * publishKpiJson(buildKpiJson(engine, period, previous), report).publication; //=> { threshold: 5, suppressed: 17 }
 */
export function publishKpiJson(
  json: KpiJson,
  report: Pick<Report, "tables" | "publication">,
  options: PublishKpiJsonOptions = {}
): PublishedKpiJson {
  const threshold = report.publication?.threshold;
  if (threshold === undefined)
    throw new RangeError("publishKpiJson: the report is not in publication mode");
  const definition = options.definition ?? STANDARD_REPORT_TABLES;
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  let suppressed = 0;
  const publish = (pair: Pair, shown: readonly Shown[]): Pair => {
    const out = { current: pair.current, previous: pair.previous };
    for (const column of ["current", "previous"] as const) {
      const value = pair[column];
      if (value === null || isShown(value, column, shown)) continue;
      out[column] = null;
      suppressed += 1;
    }
    return out;
  };

  const kpiRows = (id: string): Shown[] =>
    definition.flatMap((spec) =>
      spec.kind !== "kpis"
        ? []
        : spec.rows
            .filter((rowSpec) => rowSpec.kpi === id)
            .flatMap((rowSpec) => {
              const key = rowSpec.key ?? rowSpec.kpi;
              const filtered = (rowSpec.filters?.length ?? 0) > 0;
              const rows = tables.get(spec.id)?.rows.filter((row) => row.key === key) ?? [];
              return rows.map((row) => ({ row, filtered }));
            })
    );
  const kpis = Object.fromEntries(
    Object.entries(json.kpis).map(([id, pair]) => [id, publish(pair, kpiRows(id))])
  ) as unknown as KpiJson["kpis"];

  const groups = Object.fromEntries(
    Object.entries(json.groups).map(([id, rows]) => {
      const main = GROUP_REGISTRY.find((g) => g.id === id)?.mainMeasure;
      const shownIn = definition
        .filter((s) => s.kind === "group" && s.group === id && (s.measure ?? main) === main)
        .map((s) => tables.get(s.id));
      const rowsOf = (key: string): Shown[] =>
        shownIn.flatMap(
          (t) =>
            t?.rows.filter((row) => row.key === key).map((row) => ({ row, filtered: false })) ?? []
        );
      return [id, rows.map((row) => ({ key: row.key, ...publish(row, rowsOf(row.key)) }))];
    })
  ) as unknown as KpiJson["groups"];

  for (const table of options.tables ?? [])
    for (const row of table.rows)
      for (const mark of row.suppressed ?? [])
        if (mark === "small" || mark === "hidden") suppressed += 1;

  return {
    period: json.period,
    previous: json.previous,
    publication: { threshold, suppressed },
    kpis,
    groups,
    issues: countIssues(json.issues),
  };
}

/** A report row that may show a JSON value; `filtered`: it counts a subset (IT and LS only). */
interface Shown {
  readonly row: ReportRow;
  readonly filtered: boolean;
}

/**
 * Whether the report shows this value and suppresses it nowhere. A row of the KPI's own key
 * shows it (the report rounds means and rates as shown, the JSON does not); a filtered row
 * only when it holds the very same value (an export without a case type column: recidive is
 * then counted over all cases), as it shows another quantity otherwise.
 */
function isShown(value: number, column: Column, shown: readonly Shown[]): boolean {
  const same = shown.filter(({ row, filtered }) => !filtered || row[column] === value);
  return same.length > 0 && same.every(({ row }) => row.suppressed?.[column] === undefined);
}
