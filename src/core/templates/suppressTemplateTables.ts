/**
 * @module
 */
import { getKpi, type KpiId } from "../kpis/kpiRegistry";
import { cellKind } from "../publication/cellKind";
import { cellRounding } from "../publication/cellRounding";
import { publishCells } from "../publication/publishCells";
import type { PublicationCell, PublicationMark } from "../publication/publicationCell";
import { filterKey } from "../publication/quantityKey";
import { publicationLegend } from "../report/publicationMarks";
import { WHOLE_TABLE_NOTE } from "../report/suppressReportSmallNumbers";
import type { CellSource, RenderedRow, RenderedTable } from "./renderedTable";

/** A template's tables in publication mode, and what was hidden. */
export interface SuppressedTemplateTables {
  readonly tables: readonly RenderedTable[];
  /** The number of value cells hidden (primary and secondary, Verschil and Aandeel included). */
  readonly suppressed: number;
  /** Ids of the tables hidden whole. */
  readonly wholeTables: readonly string[];
}

/**
 * Publication mode (SPEC §6 "small numbers") for a template's tables, report-wide: a person
 * count from 1 to threshold − 1 is "<5", a mean or share over fewer than threshold cases (or a
 * share whose numerator is small) is hidden, and the audit (`derivePublicationSystem`,
 * `protectSuppression`) hides further counts until no hidden count can be narrowed by any
 * relation between the published numbers: the same quantity in two tables, rows and Totaal,
 * crosstab margins, "Overig", stock and flow over periods (quarters and months chain),
 * mean rating × number of ratings, % zelfmelders × opgestart. A Verschil is hidden where
 * either of its values is, an Aandeel where its value or the total is. A hidden value is null
 * and marked in `suppressed`; each table gets the legend (and a note when hidden whole).
 *
 * @param tables - the rendered tables, with their cells' sources
 * @param threshold - the publication threshold (5 or 10)
 * @returns the tables with marks, and how many cells were hidden
 *
 * @example
 * suppressTemplateTables(rendered.tables, 5).tables[0].rows[0].suppressed // [null, "small", null, null]
 */
export function suppressTemplateTables(
  tables: readonly RenderedTable[],
  threshold: number
): SuppressedTemplateTables {
  const cells: PublicationCell[] = [];
  tables.forEach((table, t) =>
    table.rows.forEach((row, r) =>
      row.values.forEach((value, c) => {
        const source = row.sources?.[c];
        if (value === null || source === undefined || source === null) return;
        cells.push(templateCell(`${t}:${r}:${c}`, table.id, value, source, threshold));
      })
    )
  );
  const { marks: markOf, wholeTables: whole } = publishCells(cells, [], threshold);
  hideGivingAway(cells, markOf);
  let suppressed = 0;
  const out = tables.map((table, t): RenderedTable => {
    const marks = table.rows.map((row, r) =>
      row.values.map((_, c) => markOf.get(`${t}:${r}:${c}`) ?? null)
    );
    hideDerived(table, marks);
    const rows = table.rows.map((row, r): RenderedRow => {
      const rowMarks = marks[r] ?? [];
      if (rowMarks.every((m) => m === null)) return row;
      suppressed += rowMarks.filter((m) => m !== null).length;
      return {
        ...row,
        values: row.values.map((v, c) => (rowMarks[c] === null ? v : null)),
        suppressed: rowMarks,
      };
    });
    const flat = marks.flat();
    if (flat.every((m) => m === null)) return table;
    return {
      ...table,
      rows,
      notes: [
        ...table.notes,
        ...(whole.has(table.id) ? [WHOLE_TABLE_NOTE] : []),
        ...publicationLegend(threshold, flat.includes("small"), flat.includes("hidden")),
      ],
    };
  });
  return { tables: out, suppressed, wholeTables: [...whole] };
}

/**
 * One value of a template's table as the audit reads it: its kind, its primary mark (a person
 * count from 1 to threshold − 1 is small; a mean or share over fewer than threshold cases, or a
 * share whose numerator is small, is hidden), the quantity its source names and its rounding.
 *
 * @param id - the cell's id, unique in the report
 * @param table - the table's id
 * @param value - the value as shown
 * @param source - what the cell shows (`RenderedRow.sources`)
 * @param threshold - the publication threshold
 * @returns the cell
 *
 * @example
 * templateCell("0:2:1", "perTeam", 3, source, 5).primary //=> "small"
 */
export function templateCell(
  id: string,
  table: string,
  value: number,
  source: CellSource,
  threshold: number
): PublicationCell {
  const kpi = getKpi(source.kpi as KpiId);
  const kind = cellKind(kpi.personCount, kpi.format);
  const rounding = cellRounding(kpi.format);
  let primary: PublicationMark | undefined;
  if (kind === "persons" && value > 0 && value < threshold) primary = "small";
  if (kind === "mean" || kind === "percent") {
    const numerator = kind === "percent" ? Math.round(value * source.n) : 0;
    if (source.n < threshold || (numerator > 0 && numerator < threshold)) primary = "hidden";
  }
  return {
    id,
    table,
    value,
    kind,
    ...(primary === undefined ? {} : { primary }),
    quantity: { measure: kpi.id, filter: source.filter, start: source.start, end: source.end },
    n: source.n,
    ...(rounding === undefined ? {} : { rounding }),
  };
}

/**
 * A share shown beside a hidden count gives it away when the count is its numerator (share × n)
 * or its denominator (numerator ÷ share): such a share is hidden too. Read from the values: a
 * hidden count over the same cases and period that equals the share's numerator or n.
 */
function hideGivingAway(
  cells: readonly PublicationCell[],
  markOf: Map<string, PublicationMark>
): void {
  const hiddenCounts = new Map<string, Set<number>>();
  const where = (cell: PublicationCell): string =>
    cell.quantity === undefined
      ? ""
      : `${filterKey(cell.quantity.filter)}@${cell.quantity.start}..${cell.quantity.end}`;
  for (const cell of cells) {
    if (cell.kind !== "persons" || !markOf.has(cell.id)) continue;
    const values = hiddenCounts.get(where(cell)) ?? new Set<number>();
    values.add(cell.value);
    hiddenCounts.set(where(cell), values);
  }
  for (const cell of cells) {
    if (cell.kind !== "percent" || markOf.has(cell.id) || cell.n === undefined) continue;
    const hidden = hiddenCounts.get(where(cell));
    if (hidden === undefined) continue;
    if (hidden.has(cell.n) || hidden.has(Math.round(cell.value * cell.n)))
      markOf.set(cell.id, "hidden");
  }
}

/**
 * A derived cell (no source: Verschil, Verschil %, Aandeel) is hidden with the values it is
 * computed from: the two value columns before it (Verschil), or the value before it and the
 * Totaal row's (Aandeel; in a table without a Totaal row, any row's). In a transposed table,
 * with any marked cell of its column.
 */
function hideDerived(table: RenderedTable, marks: (PublicationMark | null)[][]): void {
  const transposed = table.columns.every((c) => c.kind === "value");
  const total = table.rows.findIndex((row) => row.isTotal);
  // Without a Totaal row, a visible count and its Aandeel give the total (40 at 80,0%: 50),
  // and the total minus the visible rows a hidden one: the total is as hidden as any row.
  const isTotalHidden = (k: number): boolean =>
    total < 0 ? marks.some((m) => (m[k] ?? null) !== null) : (marks[total]?.[k] ?? null) !== null;
  table.rows.forEach((row, r) => {
    const rowMarks = marks[r] ?? [];
    row.values.forEach((_, c) => {
      if (row.sources?.[c] !== null || rowMarks[c] !== null) return;
      if (transposed) {
        if (marks.some((m) => m[c] !== null && m[c] !== undefined)) rowMarks[c] = "hidden";
        return;
      }
      const inputs: number[] = [];
      for (let k = c - 1; k >= 0 && inputs.length < 2; k--)
        if (row.sources?.[k] !== null && row.sources?.[k] !== undefined) inputs.push(k);
      const share = table.columns[c]?.kind === "share";
      const hidden = share
        ? inputs.slice(0, 1).some((k) => rowMarks[k] !== null || isTotalHidden(k))
        : inputs.some((k) => rowMarks[k] !== null);
      if (hidden) rowMarks[c] = "hidden";
    });
  });
}
