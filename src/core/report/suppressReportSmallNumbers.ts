import type { ReportRow, ReportTable } from "../reportTable";
import type { QuantitySum } from "./publicationQuantity";
import {
  primaryMarks,
  publicationLegend,
  type Mark,
  type PublicationRowInfo,
  type RowSum,
  type ValueColumn,
} from "./publicationMarks";

/** One table with what publication mode needs to know about it. */
export interface PublishedTableInput {
  readonly table: ReportTable;
  /** One entry per row of the table, same order. */
  readonly rows: readonly PublicationRowInfo[];
  /** Additive relations within the table (a "Totaal" row and its parts, a breakdown). */
  readonly sums?: readonly RowSum[];
}

/** Options of {@link suppressReportSmallNumbers}. */
export interface SuppressReportSmallNumbersOptions {
  /** Person counts below this are suppressed (SPEC §6: 5, or 10). */
  readonly threshold: number;
  /** Sums between quantities across tables (see `splitQuantitySums`). */
  readonly quantitySums?: readonly QuantitySum[];
}

/** A cell, or a set of cells in several tables that show the same quantity. */
interface Node {
  readonly value: number | null;
  readonly cells: (readonly [table: number, row: number])[];
  mark: Mark | undefined;
}

interface Relation {
  readonly total: Node;
  readonly parts: readonly Node[];
}

const VALUE_COLUMNS: readonly ValueColumn[] = ["previous", "current"];

/**
 * Applies publication mode (SPEC §6 "small numbers") to all tables of a report at once.
 *
 * 1. Every person count from 1 to threshold − 1 is marked 'small' ("<5"); 0 stays visible.
 * 2. A rate or mean over fewer than threshold persons is marked 'hidden', and so is a
 *    percentage whose numerator is a small count.
 * 3. Cells that show the same quantity (the same `quantity` key: "Behandeld" of the first
 *    table and the Totaal of "Type trajecten", the IT row there and "Individuele trajecten –
 *    behandeld") are one cell: hidden in one table, hidden in all.
 * 4. Secondary suppression, report-wide: in every additive relation that holds for a column
 *    (a table's `sums`, and `quantitySums` between tables), a hidden cell must not be
 *    recoverable as total − the visible cells, also not by a reader who knows that "<5"
 *    means 1–4. While one is, the smallest visible non-zero part is hidden as well (the
 *    total when no part is left), and with it all its twins.
 * 5. A row is hidden with the quantities it would give away (`hiddenWith`): a rate with its
 *    numerator or denominator (n × rate gives the count back), the recidivists with recidive.
 * 6. Δ and Δ% are hidden wherever either value is.
 * A legend note is added to each table where anything was hidden. Counts that are not about
 * persons (meetings, activities) are never marked by step 1 or 2.
 *
 * @param tables - the tables with all values present, with their publication info
 * @param options - threshold and the relations between tables
 * @returns the tables with `suppressed` marks and legend notes, same order
 * @throws RangeError when a table's `rows` does not have one entry per row
 *
 * @example
 * suppressReportSmallNumbers(
 *   [{ table: kpis, rows: [{ countsPersons: true, quantity: 'active' }] },
 *    { table: types, rows: typeInfo, sums: [{ total: 3, parts: [0, 1, 2] }] }],
 *   { threshold: 5 })
 */
export function suppressReportSmallNumbers(
  tables: readonly PublishedTableInput[],
  options: SuppressReportSmallNumbersOptions
): ReportTable[] {
  const { threshold } = options;
  for (const { table, rows } of tables) {
    if (rows.length !== table.rows.length)
      throw new RangeError(
        `suppressSmallNumbers: ${rows.length} row infos for ${table.rows.length} rows (${table.id})`
      );
  }
  const marks = tables.map((t) =>
    t.table.rows.map(() => ({}) as Partial<Record<ValueColumn, Mark>>)
  );
  for (const column of VALUE_COLUMNS) {
    const nodes = markColumn(tables, options, column);
    for (const node of nodes.all) {
      if (node.mark === undefined) continue;
      for (const [t, r] of node.cells)
        (marks[t]?.[r] as Partial<Record<ValueColumn, Mark>>)[column] = node.mark;
    }
  }
  return tables.map(({ table }, t) => applyMarks(table, marks[t] ?? [], threshold));
}

function markColumn(
  tables: readonly PublishedTableInput[],
  options: SuppressReportSmallNumbersOptions,
  column: ValueColumn
): { all: Node[] } {
  const { threshold, quantitySums = [] } = options;
  const byQuantity = new Map<string, Node[]>();
  const all: Node[] = [];
  const nodeOfCell: Node[][] = [];
  tables.forEach(({ table, rows }, t) => {
    nodeOfCell[t] = table.rows.map((row, r) => {
      const info = rows[r] as PublicationRowInfo;
      const value = row[column];
      const mark = primaryMarks(row, info, threshold)[column];
      const twins = info.quantity === undefined ? undefined : byQuantity.get(info.quantity);
      // Same quantity, same value: one cell. A different value means the key was not a twin after all.
      const twin = twins?.find((n) => n.value === value);
      if (twin !== undefined) {
        twin.cells.push([t, r]);
        twin.mark = strongest(twin.mark, mark);
        return twin;
      }
      const node: Node = { value, cells: [[t, r]], mark };
      all.push(node);
      if (info.quantity !== undefined) byQuantity.set(info.quantity, [...(twins ?? []), node]);
      return node;
    });
  });
  const single = (key: string): Node | undefined => {
    const found = byQuantity.get(key);
    return found?.length === 1 ? found[0] : undefined;
  };
  const relations: Relation[] = [];
  tables.forEach(({ sums = [] }, t) => {
    const cellNodes = nodeOfCell[t] ?? [];
    for (const sum of sums) {
      const total = cellNodes[sum.total];
      const parts = sum.parts.map((i) => cellNodes[i]);
      if (total !== undefined && parts.length > 0 && parts.every((p) => p !== undefined))
        relations.push({ total, parts: parts as Node[] });
    }
  });
  for (const sum of quantitySums) {
    const total = single(sum.total);
    const parts = sum.parts.map(single);
    if (total !== undefined && parts.every((p) => p !== undefined))
      relations.push({ total, parts: parts as Node[] });
  }
  suppressSecondary(relations.filter(holds), threshold);
  // A key with several values (not one cell after all) hides its dependents when any is hidden.
  hideDependents(tables, nodeOfCell, (key) => byQuantity.get(key) ?? []);
  return { all };
}

function strongest(a: Mark | undefined, b: Mark | undefined): Mark | undefined {
  if (a === "small" || b === "small") return "small";
  return a ?? b;
}

function holds(relation: Relation): boolean {
  const total = relation.total.value;
  if (total === null) return false;
  let sum = 0;
  for (const part of relation.parts) {
    if (part.value === null) return false;
    sum += part.value;
  }
  return Math.abs(sum - total) < 1e-9;
}

function suppressSecondary(relations: readonly Relation[], threshold: number): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const hiddenParts = relation.parts.filter((p) => p.mark !== undefined);
      const exposed =
        relation.total.mark !== undefined
          ? hiddenParts.length === 0 // the total alone: Σ parts gives it away
          : hiddenParts.length > 0 && hasDeterminedCell(relation, threshold);
      if (!exposed) continue;
      const candidate = smallestVisiblePart(relation.parts) ?? relation.total;
      if (candidate.mark !== undefined) continue;
      candidate.mark = "hidden";
      changed = true;
    }
  }
}

/**
 * Whether a reader who knows the visible total, the visible parts and what the marks mean
 * ("<5": 1 to threshold − 1; "–*" on a count: 0 or at least the threshold) can pin down a
 * hidden part. Each hidden part's possible values form an interval (the sum of the others'
 * ranges subtracted from what is left of the total); one value is a disclosure. A hidden
 * zero is counted as known: it protects nothing.
 */
function hasDeterminedCell(relation: Relation, threshold: number): boolean {
  let rest = relation.total.value ?? 0;
  const ranges: [number, number][] = [];
  for (const part of relation.parts) {
    const value = part.value ?? 0;
    if (part.mark === undefined) rest -= value;
    else if (part.mark === "small") ranges.push([1, threshold - 1]);
    else ranges.push(value > 0 ? [threshold, Infinity] : [0, 0]);
  }
  const loSum = ranges.reduce((a, r) => a + r[0], 0);
  const unbounded = ranges.filter((r) => r[1] === Infinity).length;
  const finiteHiSum = ranges.reduce((a, r) => (r[1] === Infinity ? a : a + r[1]), 0);
  return ranges.some(([lo, hi]) => {
    const othersUnbounded = unbounded - (hi === Infinity ? 1 : 0) > 0;
    const othersHi = othersUnbounded ? Infinity : finiteHiSum - (hi === Infinity ? 0 : hi);
    const low = Math.max(lo, rest - othersHi);
    const high = Math.min(hi, rest - (loSum - lo));
    return high - low < 1;
  });
}

function smallestVisiblePart(parts: readonly Node[]): Node | undefined {
  let best: Node | undefined;
  let bestKey = Infinity;
  for (const part of parts) {
    if (part.mark !== undefined) continue;
    // Prefer a non-zero cell: hiding a zero protects less.
    const key = (part.value ?? 0) > 0 ? (part.value as number) : Number.MAX_VALUE;
    if (key < bestKey) {
      bestKey = key;
      best = part;
    }
  }
  return best;
}

function hideDependents(
  tables: readonly PublishedTableInput[],
  nodeOfCell: readonly (readonly Node[])[],
  nodesOf: (key: string) => readonly Node[]
): void {
  tables.forEach(({ rows }, t) => {
    rows.forEach((info, r) => {
      if (info.hiddenWith === undefined) return;
      const node = nodeOfCell[t]?.[r];
      if (node === undefined || node.mark !== undefined) return;
      const hidden = (key: string): boolean => nodesOf(key).some((n) => n.mark !== undefined);
      if (info.hiddenWith.some(hidden)) node.mark = "hidden";
    });
  });
}

function applyMarks(
  table: ReportTable,
  marks: readonly Partial<Record<ValueColumn, Mark>>[],
  threshold: number
): ReportTable {
  if (marks.every((m) => m.previous === undefined && m.current === undefined)) return table;
  const rows = table.rows.map((row, i): ReportRow => {
    const m = marks[i] ?? {};
    if (m.previous === undefined && m.current === undefined) return row;
    return { ...row, suppressed: { ...m, delta: true } };
  });
  const hasSmall = marks.some((m) => m.previous === "small" || m.current === "small");
  const hasHidden = marks.some((m) => m.previous === "hidden" || m.current === "hidden");
  return {
    ...table,
    rows,
    notes: [...(table.notes ?? []), ...publicationLegend(threshold, hasSmall, hasHidden)],
  };
}
