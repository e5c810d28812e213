/**
 * The relations a reader of a published report can use, written down from the report's
 * meaning (not from the builder's own publication info): a group's rows add up to its Totaal,
 * the recidive breakdown adds up, and the same quantity appears in several tables.
 */
import type { Report, ReportRow, ReportTable } from "../../../src/core/reportTable";

type Column = "previous" | "current";

/** A cell of the report: table id and row key. */
export type CellRef = readonly [table: string, key: string];

/** The Totaal row of a group table (its last row). */
const TOTAL = "#total";

/** Cells that show the same number wherever both tables are in the report. */
export const EQUAL_CELLS: readonly (readonly CellRef[])[] = [
  [
    ["kpis", "active"],
    ["byCaseType", TOTAL],
    ["byProduct", TOTAL],
    ["byComplexity", TOTAL],
    ["byAgeBand", TOTAL],
    ["byTeam", TOTAL],
    ["byMonth.active", TOTAL],
  ],
  [
    ["kpis", "started"],
    ["byReferrer", TOTAL],
    ["byTeam.started", TOTAL],
    ["byMonth", TOTAL],
  ],
  [
    ["kpis", "closed"],
    ["byCloseReason", TOTAL],
    ["byTeam.closed", TOTAL],
    ["byMonth.closed", TOTAL],
  ],
  [
    ["individual", "IT.active"],
    ["byCaseType", "IT"],
  ],
  [
    ["individual", "LS.active"],
    ["byCaseType", "LS"],
  ],
  [
    ["individual", "IT.meanDurationClosed"],
    ["byCaseType.meanDurationClosed", "IT"],
  ],
  // Recidive with sameDomain (the default) is the breakdown's "waarvan gelijke vraag".
  [
    ["kpis", "recidive"],
    ["recidive", "sameQuestion"],
  ],
];

/** Sums across tables: the breakdown's started cases are IT's plus LS's. */
export const CROSS_TABLE_SUMS: readonly { total: CellRef; parts: readonly CellRef[] }[] = [
  {
    total: ["recidive", "started"],
    parts: [
      ["individual", "IT.started"],
      ["individual", "LS.started"],
    ],
  },
];

function findRow(report: Report, [tableId, key]: CellRef): ReportRow | undefined {
  const table = report.tables.find((t) => t.id === tableId);
  if (table === undefined) return undefined;
  return key === TOTAL
    ? table.rows.find((r) => r.isTotal)
    : table.rows.find((r) => r.key === key && !r.isTotal);
}

function isMarked(row: ReportRow, column: Column): boolean {
  return row.suppressed?.[column] !== undefined;
}

/** Every additive relation of the report, as rows: within group tables, the breakdown, and across tables. */
export function reportSums(
  report: Report
): { name: string; total: ReportRow; parts: ReportRow[] }[] {
  const sums: { name: string; total: ReportRow; parts: ReportRow[] }[] = [];
  const add = (name: string, total: ReportRow | undefined, parts: (ReportRow | undefined)[]) => {
    if (total !== undefined && parts.every((p) => p !== undefined))
      sums.push({ name, total, parts: parts as ReportRow[] });
  };
  for (const table of report.tables) {
    const total = table.rows.find((r) => r.isTotal);
    if (total !== undefined)
      add(
        table.id,
        total,
        table.rows.filter((r) => !r.isTotal)
      );
  }
  const breakdown = report.tables.find((t) => t.id === "recidive");
  if (breakdown !== undefined) {
    const at = (key: string) => breakdown.rows.find((r) => r.key === key);
    add(
      "recidive: opgestart",
      at("started"),
      ["recidive", "reopened", "newClients", "withoutClient"].map(at).filter((r) => r !== undefined)
    );
    add("recidive: recidive", at("recidive"), [at("sameQuestion"), at("onlyNewQuestions")]);
  }
  for (const sum of CROSS_TABLE_SUMS)
    add(
      sum.total.join(":"),
      findRow(report, sum.total),
      sum.parts.map((p) => findRow(report, p))
    );
  return sums;
}

/**
 * What a reader could work out of a published report, as a list of Dutch-free messages; empty
 * when nothing leaks: in every sum that holds, never exactly one cell hidden or "<5"; cells
 * showing the same quantity either all visible or all marked alike.
 *
 * @param report - a report built in publication mode
 * @returns the leaks found
 */
export function findPublicationLeaks(report: Report): string[] {
  const leaks: string[] = [];
  for (const column of ["previous", "current"] as const) {
    for (const { name, total, parts } of reportSums(report)) {
      const cells = [total, ...parts];
      if (cells.some((c) => c[column] === null)) continue;
      const sum = parts.reduce((a, p) => a + (p[column] as number), 0);
      if (Math.abs(sum - (total[column] as number)) > 1e-9) continue; // not additive (byMonth active)
      const marked = cells.filter((c) => isMarked(c, column));
      if (marked.length === 1)
        leaks.push(`${column} ${name}: only ${marked[0]?.label} hidden, Totaal − rest gives it`);
    }
    for (const group of EQUAL_CELLS) {
      const rows = group.map((ref) => findRow(report, ref)).filter((r) => r !== undefined);
      const values = new Set(rows.map((r) => r[column]));
      if (values.size !== 1) continue; // the twins differ here (e.g. a filter value absent)
      const marks = new Set(rows.map((r) => r.suppressed?.[column] ?? "visible"));
      if (marks.size > 1)
        leaks.push(
          `${column} ${group.map((g) => g.join(":")).join(" = ")}: ${[...marks].join("/")}`
        );
    }
  }
  return leaks;
}

/** The table with this id, or an error naming the ids there are. */
export function tableById(report: Report, id: string): ReportTable {
  const found = report.tables.find((t) => t.id === id);
  if (found === undefined)
    throw new Error(`no table '${id}' in ${report.tables.map((t) => t.id).join(", ")}`);
  return found;
}
