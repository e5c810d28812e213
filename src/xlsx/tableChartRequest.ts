import type { ChartKind, ValueFormat } from "../core";
import type { NativeChart } from "./nativeChartXml";
import { templateNumberFormat } from "./templateNumberFormat";

/** A chart of a table, before it is placed on its sheet. */
export type TableChart = Omit<NativeChart, "sheet" | "anchor">;

/** What {@link tableChartRequest} needs to know of a table as written on the sheet. */
export interface TableChartSource {
  readonly kind: ChartKind;
  readonly title: string;
  /** The header row right above the rows (a two-level header's lower row). */
  readonly headerRow: number;
  /** The value columns are periods: a line then runs over them, one line per row. */
  readonly periodColumns?: boolean;
  /** The table's rows in order, with the sheet row each landed on. */
  readonly rows: readonly {
    readonly label: string;
    readonly isTotal: boolean;
    readonly sheetRow: number;
    readonly format: ValueFormat;
  }[];
  /** The value columns, in order, with the sheet column each landed on. */
  readonly columns: readonly {
    /** The column's whole header ("Q1 2024: Gestart"): a series' name. */
    readonly header: string;
    /** What its header cell shows: the header, or a two-level header's lower part ("Gestart"). */
    readonly shown: string;
    readonly sheetColumn: number;
    readonly values: readonly (number | null)[];
  }[];
}

const TOTAL_HEADER = "Totaal";
/** The sheet column of the row labels. */
const LABEL_COLUMN = 1;

/**
 * The chart of a table: the rows above the first total row are the categories (the total
 * would dwarf them), each value column a series — but a crosstab's "Totaal" column, and for a
 * pie only the last value column (the whole, where a crosstab has one). A line over a table
 * whose value columns are periods runs the other way: the periods are the categories (their
 * header cells) and each row above the total a series (its label cell, its value cells). The
 * value axis takes the first row's format.
 *
 * A series is named by its header cell where that cell shows the whole header; a column under a
 * two-level header ("Q1 2024" over "Gestart") is named by the joined header, as text, since the
 * lower cell alone would give every period's series the same name.
 *
 * @param source - the table as written
 * @returns the chart, or undefined when the table has no category or no value column
 *
 * @example
 * tableChartRequest({ kind: 'column', title: 'Leeftijd', headerRow: 5, rows, columns }).series.length // 2
 */
export function tableChartRequest(source: TableChartSource): TableChart | undefined {
  const totalAt = source.rows.findIndex((row) => row.isTotal);
  const categories = totalAt < 0 ? source.rows : source.rows.slice(0, totalAt);
  const first = categories[0];
  if (first === undefined) return undefined;
  const parts = source.columns.filter((c) => c.header !== TOTAL_HEADER);
  const numFmt = templateNumberFormat(first.format, "value");
  if (source.kind === "line" && source.periodColumns === true) {
    if (parts.length === 0) return undefined;
    return {
      kind: source.kind,
      title: source.title,
      categoryCells: parts.map((c) => ({ row: source.headerRow, column: c.sheetColumn })),
      labels: parts.map((c) => c.shown),
      series: categories.map((row, k) => ({
        name: row.label,
        nameCell: { row: row.sheetRow, column: LABEL_COLUMN },
        cells: parts.map((c) => ({ row: row.sheetRow, column: c.sheetColumn })),
        values: parts.map((c) => c.values[k] ?? null),
      })),
      numFmt,
    };
  }
  const chosen =
    source.kind === "pie" ? source.columns.slice(-1) : parts.length > 0 ? parts : source.columns;
  if (chosen.length === 0) return undefined;
  return {
    kind: source.kind,
    title: source.title,
    categoryCells: categories.map((row) => ({ row: row.sheetRow, column: LABEL_COLUMN })),
    labels: categories.map((row) => row.label),
    series: chosen.map((column) => ({
      name: column.header,
      ...(column.shown === column.header
        ? { nameCell: { row: source.headerRow, column: column.sheetColumn } }
        : {}),
      cells: categories.map((row) => ({ row: row.sheetRow, column: column.sheetColumn })),
      values: categories.map((_, k) => column.values[k] ?? null),
    })),
    numFmt,
  };
}
