/**
 * Reads a source chunk by chunk and keeps only its first rows: what the pane's mapping step
 * shows (header row, sample values), and where the data was. The rest of the rows pass by,
 * at most one chunk at a time; a column's distinct values can be counted on the way.
 *
 * @module
 */
import { HEADER_SEARCH_ROWS } from "../core";
import type { CellValue } from "../core";
import { ColumnValueCounts, type ColumnValues } from "./ColumnValueCounts";
import type { ExcelRun } from "./excelHost";
import {
  openSource,
  type OpenedSource,
  type ReadSourceOptions,
  type SourceSummary,
} from "./openSource";
import type { DataSource } from "./storedSettings";

/** Rows below the header row searched for a field's sample values (`sampleValues`). */
export const SAMPLE_ROWS = 500;

/** Rows a preview keeps: the rows searched for the header, then the sample rows below it. */
export const PREVIEW_ROWS = HEADER_SEARCH_ROWS + SAMPLE_ROWS;

/** Where a source's data was, and its first rows (at most {@link PREVIEW_ROWS}). */
export interface SourcePreview extends SourceSummary {
  readonly firstRows: readonly (readonly CellValue[])[];
}

/** Which column to count, decided from a source's first rows; undefined: none. */
export type CountColumn = (
  firstRows: readonly (readonly CellValue[])[]
) => { readonly headerRowIndex: number; readonly column: number } | undefined;

/**
 * Reads a source in chunks (`openSource`, one sync per chunk under the payload budget),
 * keeping its first {@link PREVIEW_ROWS} rows and, when `countColumn` names one, the distinct
 * values of a column below the header row; no other rows are kept.
 *
 * @param run - `Excel.run` (or a test double)
 * @param source - the table or range
 * @param options - budget, progress, owned sheets; `countColumn` picks a column to count
 * @returns the preview, and the column's values when one was counted
 * @throws UserFacingError (Dutch) as `locateSource`
 * @example
 * const { preview } = await previewSource(host.run, { kind: "table", name: "Casussen" });
 * proposeMapping(preview.firstRows, "cases");
 */
export async function previewSource(
  run: ExcelRun,
  source: DataSource,
  options: ReadSourceOptions & { readonly countColumn?: CountColumn } = {}
): Promise<{ preview: SourcePreview; counted: ColumnValues | null }> {
  const open = await openSource(run, source, options);
  const first = await firstChunksOf(open);
  const picked = options.countColumn?.(first);
  const counts = picked ? new ColumnValueCounts(picked.column) : null;
  counts?.add(first, picked!.headerRowIndex + 1);
  for (let rows = await open.next(); rows !== undefined; rows = await open.next())
    counts?.add(rows);
  return {
    preview: { ...open.summary(), firstRows: first.slice(0, PREVIEW_ROWS) },
    counted: counts ? counts.result() : null,
  };
}

/**
 * The first chunks of a source, until a preview's rows are there ({@link PREVIEW_ROWS}: the
 * header row and the sample rows below it) or the source ends: usually the first chunk alone.
 *
 * @param open - the source being read, before its first chunk
 * @returns the rows of those chunks
 * @example
 * const firstRows = await firstChunksOf(await openSource(host.run, source));
 */
export async function firstChunksOf(open: OpenedSource): Promise<CellValue[][]> {
  let rows: CellValue[][] = [];
  while (rows.length < PREVIEW_ROWS) {
    const chunk = await open.next();
    if (chunk === undefined) break;
    rows = rows.length === 0 ? chunk : [...rows, ...chunk];
  }
  return rows;
}
