/**
 * @module
 */
import type { Report, ReportRow, ReportTable } from "../reportTable";
import type { RenderedTable } from "./renderedTable";

/**
 * The tables of the standard report (the `standaard` template) as rendered tables: the
 * comparison layout (previous period, current period, Verschil, Verschil %), so that the JSON
 * and the writers treat every template alike. Suppressed cells (publication mode) are null, with
 * their marks in `suppressed` and the threshold in `publication`.
 *
 * @param report - The standard report (`buildStandardReport`).
 * @returns One rendered table per report table.
 * @example
 * reportAsRendered(report)[0].columns.map((c) => c.header); //=> ["t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"]
 */
export function reportAsRendered(report: Report): RenderedTable[] {
  return report.tables.map((table) => tableAsRendered(table, report.publication));
}

function tableAsRendered(table: ReportTable, publication: Report["publication"]): RenderedTable {
  const [rowHeader, previous, current, delta, deltaPct] = table.headers;
  return {
    id: table.id,
    title: table.title,
    rowHeader,
    columns: [
      { header: previous, kind: "value" },
      { header: current, kind: "value" },
      { header: delta, kind: "delta" },
      { header: deltaPct, kind: "deltaPct" },
    ],
    rows: table.rows.map((row) => {
      const hidden = row.suppressed;
      return {
        label: row.label,
        key: row.key,
        values: [
          hidden?.previous === undefined ? row.previous : null,
          hidden?.current === undefined ? row.current : null,
          hidden?.delta === true ? null : row.delta,
          hidden?.delta === true ? null : row.deltaPct,
        ],
        format: row.format,
        isTotal: row.isTotal,
        ...(hidden === undefined ? {} : { suppressed: marksOf(row) }),
      };
    }),
    notes: table.notes ?? [],
    ...(table.chart === undefined ? {} : { chart: table.chart }),
    ...(publication === undefined ? {} : { publication }),
  };
}

/** The marks of a row in the four columns, as `reportCell` shows them. */
function marksOf(row: ReportRow): ("small" | "hidden" | null)[] {
  const hidden = row.suppressed;
  const delta = hidden?.delta === true ? "hidden" : null;
  return [
    hidden?.previous ?? null,
    hidden?.current ?? null,
    delta,
    // A rate's or mean's Δ% column stays empty (`reportCell`), marked or not.
    row.deltaKind === "points" ? null : delta,
  ];
}
