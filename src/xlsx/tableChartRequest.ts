import type { ChartKind, ValueFormat } from "../core";
import type { NativeChart } from "./nativeChartXml";
import { templateNumberFormat } from "./templateNumberFormat";

/** A chart of a table, before it is placed on its sheet. */
export type TableChart = Omit<NativeChart, "sheet" | "anchor">;

/** What {@link tableChartRequest} needs to know of a table as written on the sheet. */
export interface TableChartSource {
  readonly kind: ChartKind;
  readonly title: string;
  readonly headerRow: number;
  /** The table's rows in order, with the sheet row each landed on. */
  readonly rows: readonly {
    readonly label: string;
    readonly isTotal: boolean;
    readonly sheetRow: number;
    readonly format: ValueFormat;
  }[];
  /** The value columns, in order, with the sheet column each landed on. */
  readonly columns: readonly {
    readonly header: string;
    readonly sheetColumn: number;
    readonly values: readonly (number | null)[];
  }[];
}

const TOTAL_HEADER = "Totaal";

/**
 * The chart of a table: the rows above the first total row are the categories (the total
 * would dwarf them), each value column a series — but a crosstab's "Totaal" column, and for a
 * pie only the last value column (the whole, where a crosstab has one). The value axis takes
 * the first category's format.
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
  const last = categories[categories.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const parts = source.columns.filter((c) => c.header !== TOTAL_HEADER);
  const chosen =
    source.kind === "pie" ? source.columns.slice(-1) : parts.length > 0 ? parts : source.columns;
  if (chosen.length === 0) return undefined;
  return {
    kind: source.kind,
    title: source.title,
    labelColumn: 1,
    firstRow: first.sheetRow,
    lastRow: last.sheetRow,
    labels: categories.map((row) => row.label),
    series: chosen.map((column) => ({
      name: column.header,
      headerRow: source.headerRow,
      column: column.sheetColumn,
      values: categories.map((_, k) => column.values[k] ?? null),
    })),
    numFmt: templateNumberFormat(first.format, "value"),
  };
}
