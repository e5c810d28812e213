/**
 * @module
 */
import type { CellReadIssue, CellRows } from "../core";
import type { CsvCut } from "./CsvCut";
import { closeSync } from "node:fs";
import type { CasePartWorker } from "./startCasePartWorker";
import { csvFileRowChunks, csvRowChunks, type CsvRowChunk } from "./csvRowChunks";
import { isUnchangedCsvFile, type CsvSource } from "./csvSourcePieces";
import type { TableChunks } from "./TableChunks";

/** Bytes per row of a typical export, to guess the number of rows from the file's size. */
export const BYTES_PER_ROW = 100;

/**
 * A CSV file's rows as the dataset loader takes them: the chunks of {@link csvRowChunks} as
 * they are split, the cells with bad bytes collected on the way (complete once the chunks are
 * read), and a guess of the number of rows from the file's size to size the columns. With a
 * cut (`cutAt`, see `CsvRowChunksOptions.cutAt`), a {@link CsvCut} through which the chunks
 * can be made to end there, for the rows after it to be read in another thread.
 *
 * @param source - The file's content, or the open file (`openCsvFile`), read a piece at a
 *   time by `csvFileRowChunks` (then `cutAt` is required, `CsvCut.close` closes the file,
 *   and a piece that is not UTF-8 throws a `CsvNotSplittableError`: see `readTableFile`).
 * @param cutAt - A byte offset just after a line feed near the middle, or undefined.
 * @param worker - The worker thread started for the rows after the cut (`CsvCut.worker`).
 * @returns The chunks.
 * @example
 * const table = csvTableChunks(await readFile("export.csv"));
 * for (const rows of table.chunks) loader.push("cases", rows);
 */
export function csvTableChunks(
  source: CsvSource,
  cutAt?: number,
  worker?: CasePartWorker
): TableChunks & { readonly cut?: CsvCut } {
  const issues: CellReadIssue[] = [];
  const isFile = !(source instanceof Uint8Array);
  if (isFile && cutAt === undefined) throw new Error("csvTableChunks: a file without a cut");
  const rowChunks = isFile
    ? csvFileRowChunks(source, cutAt ?? 0)
    : csvRowChunks(source, cutAt === undefined ? {} : { cutAt });
  let delimiter = "";
  let hasCut = false;
  let isClaimed = false;
  let isPassed = false;
  let rowIndex: number | undefined;
  let isClosed = false;
  const take = (chunk: CsvRowChunk): CellRows => {
    delimiter = chunk.delimiter;
    hasCut = chunk.hasCut;
    for (const issue of chunk.readIssues) issues.push(issue);
    return chunk.rows;
  };
  // `next` by hand, not `for … of`: leaving the loop at the cut must not close `source`.
  const chunks = (function* rows(): Generator<CellRows> {
    for (let next = rowChunks.next(); next.done !== true; next = rowChunks.next()) {
      if (next.value.atCut !== true) yield take(next.value);
      else if (isClaimed) {
        rowIndex = next.value.firstRowIndex;
        return;
      } else isPassed = true;
    }
    isPassed = true;
  })();
  const table = {
    chunks,
    readIssues: () => issues,
    expectedRows: Math.ceil(source.length / BYTES_PER_ROW),
  };
  if (cutAt === undefined) return table;
  const cut: CsvCut = {
    source,
    byteOffset: cutAt,
    get delimiter() {
      return delimiter;
    },
    claim() {
      isClaimed = hasCut && !isPassed;
      return isClaimed;
    },
    get rowIndex() {
      return rowIndex;
    },
    ...(worker === undefined ? {} : { worker }),
    *rest() {
      for (let next = rowChunks.next(); next.done !== true; next = rowChunks.next())
        if (next.value.atCut !== true) yield take(next.value);
    },
    close() {
      if (isFile && !isClosed) closeSync(source.fd);
      isClosed = true;
    },
    isUnchanged() {
      return !isFile || isUnchangedCsvFile(source);
    },
  };
  return { ...table, cut };
}
