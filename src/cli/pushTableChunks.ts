/**
 * @module
 */
import type { DatasetLoader, TableName } from "../core";
import type { OpenedTable } from "./OpenedTable";
import type { CsvPartInput } from "./readCsvPart";
import { startCasePartWorker, type CasePartRead } from "./startCasePartWorker";

/** How the rows after a cut are read: in a worker thread, or (tests) in this one. */
export type ReadCasePart = (input: CsvPartInput) => CasePartRead;

/**
 * Pushes the rest of an opened table into the loader. A CSV case table with a cut
 * (`OpenedTable.cut`) is read in two parts at once: the rows after the cut by `readPart` (a
 * worker thread), the rows before it here; then the part is appended
 * (`DatasetLoader.appendCases`). When the cut was not at a row boundary (the chunks then
 * hold every row), the part fails, or the loader refuses it (a case id in both halves),
 * the rows after the cut are read here: the result is always that of one thread.
 *
 * @param table - The table.
 * @param opened - Its first rows (already in the loader) and the rest.
 * @param loader - The loader.
 * @param readPart - How the part after a cut is read.
 * @example
 * await pushTableChunks("cases", opened, loader);
 */
export async function pushTableChunks(
  table: TableName,
  opened: OpenedTable,
  loader: DatasetLoader,
  readPart: ReadCasePart = startCasePartWorker
): Promise<void> {
  const cut = table === "cases" ? opened.cut : undefined;
  const other =
    cut?.claim() === true
      ? readPart({
          bytes: cut.bytes,
          byteOffset: cut.byteOffset,
          delimiter: cut.delimiter,
          mapping: loader.mappings.cases,
          options: loader.casePartOptions,
        })
      : undefined;
  try {
    const { rest } = opened;
    for (let next = await rest.next(); next.done !== true; next = await rest.next())
      loader.push(table, next.value);
    if (cut === undefined || other === undefined) return;
    const rowIndex = cut.rowIndex;
    if (rowIndex === undefined) return;
    const part = await other.part;
    if (part !== undefined && loader.appendCases(part, rowIndex)) return;
    for (const rows of cut.rest()) loader.push(table, rows);
  } finally {
    other?.stop();
  }
}
