/**
 * @module
 */
import type { DatasetLoader, TableName } from "../core";
import { CsvNotSplittableError } from "./csvSourcePieces";
import type { OpenedTable } from "./OpenedTable";
import { startCasePartWorker, type ReadCasePart } from "./startCasePartWorker";

/**
 * Pushes the rest of an opened table into the loader. A CSV case table with a cut
 * (`OpenedTable.cut`) is read in two parts at once: the rows after the cut by `readPart` (a
 * worker thread), the rows before it here; then the part is appended
 * (`DatasetLoader.appendCases`). When the cut was not at a row boundary (the chunks then
 * hold every row), the part fails, or the loader refuses it (a case id in both halves),
 * the rows after the cut are read here: the result is always that of one thread. An open
 * file that turns out not to be plain UTF-8, or whose size changed, throws a
 * `CsvNotSplittableError` (`readTableFile` says what then).
 *
 * @param table - The table.
 * @param opened - Its first rows (already in the loader) and the rest.
 * @param loader - The loader.
 * @param readPart - How the part after a cut is read: by default the cut's worker thread
 *   (`CsvCut.worker`, started while the file was read), or a new one.
 * @throws {CsvNotSplittableError} See above.
 * @example
 * await pushTableChunks("cases", opened, loader);
 */
export async function pushTableChunks(
  table: TableName,
  opened: OpenedTable,
  loader: DatasetLoader,
  readPart?: ReadCasePart
): Promise<void> {
  const cut = table === "cases" ? opened.cut : undefined;
  const read: ReadCasePart =
    readPart ?? cut?.worker?.read ?? ((input) => startCasePartWorker().read(input));
  const other =
    cut?.claim() === true
      ? read({
          source: cut.source,
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
    if (cut === undefined) return;
    const rowIndex = cut.rowIndex;
    if (other !== undefined && rowIndex !== undefined) {
      // While the part may still be on its way.
      loader.prepareCases();
      const part = await other.part;
      if (part === undefined || !loader.appendCases(part, rowIndex))
        for (const rows of cut.rest()) loader.push(table, rows);
    }
    if (!cut.isUnchanged()) throw new CsvNotSplittableError("the file changed while it was read");
  } finally {
    other?.stop();
    cut?.worker?.stop();
    cut?.close();
  }
}
