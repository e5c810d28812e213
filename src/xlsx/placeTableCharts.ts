import type { NativeChart } from "./nativeChartXml";

/** A chart to place beside its table: the chart without its place, and the table's rows. */
export type TableChartRequest = Omit<NativeChart, "sheet" | "anchor"> & {
  /** The table's title row: the chart's top. */
  readonly titleRow: number;
  /** The table's last row, its notes included. */
  readonly blockLastRow: number;
};

/** Width of a chart in (default-width) columns, and its least height in rows. */
export const CHART_COLUMNS = 8;
export const CHART_MIN_ROWS = 16;

/**
 * Places each table's chart beside its table: from the table's title row, one blank column
 * right of the tables, as tall as the table block or at least {@link CHART_MIN_ROWS} rows, but
 * ending a row above the next chart, so that charts of short tables do not overlap and no row
 * of the tables moves.
 *
 * @param sheet - the sheet's name
 * @param requests - the charted tables, in sheet order
 * @param lastTableColumn - the last column any table uses
 * @returns the charts with their anchors
 *
 * @example
 * placeTableCharts('Rapport', [{ titleRow: 5, blockLastRow: 12, ... }], 5)[0].anchor
 * // { fromColumn: 7, fromRow: 5, toColumn: 15, toRow: 21 }
 */
export function placeTableCharts(
  sheet: string,
  requests: readonly TableChartRequest[],
  lastTableColumn: number
): NativeChart[] {
  const fromColumn = lastTableColumn + 2;
  return requests.map((request, i) => {
    const { titleRow, blockLastRow, ...chart } = request;
    const next = requests[i + 1];
    const wanted = Math.max(blockLastRow + 1, titleRow + CHART_MIN_ROWS);
    const toRow = next === undefined ? wanted : Math.min(wanted, next.titleRow - 1);
    return {
      ...chart,
      sheet,
      anchor: { fromColumn, fromRow: titleRow, toColumn: fromColumn + CHART_COLUMNS, toRow },
    };
  });
}
