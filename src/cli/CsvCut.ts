/**
 * The cut of a CSV file read in two parts.
 *
 * @module
 */
import type { CellRows } from "../core";
import type { CsvSource } from "./csvSourcePieces";
import type { CasePartWorker } from "./startCasePartWorker";

/**
 * Where a large CSV file is cut to be read in two parts at once: the rows before the cut
 * here (the table's chunks stop there), the rows after it by a parser in another thread,
 * whose part the dataset loader appends (`pushCaseTable`). The chunks stop only at a row
 * boundary: when the cut falls inside a quoted field, they go on to the end of the file.
 */
export interface CsvCut {
  /** The whole file: its bytes, or (for two threads) the open file (`openCsvFile`). */
  readonly source: CsvSource;
  /** The byte offset of the cut, just after a line feed. */
  readonly byteOffset: number;
  /** The field delimiter (known once the first chunk is read). */
  readonly delimiter: string;
  /**
   * Makes the table's chunks end at the cut.
   *
   * @returns false when they have passed it already (the cut was among the first rows), or
   *   the file cannot be cut (not valid UTF-8, or too few lines before the cut to decide the
   *   delimiter on)
   */
  claim(): boolean;
  /**
   * Once the chunks are exhausted: the index of the row at the cut (line − 1) when they
   * ended there, else undefined (the cut was not claimed, or not at a row boundary: the
   * chunks held every row).
   */
  readonly rowIndex: number | undefined;
  /** The chunks after the cut, read here: when the other part fails or is refused. */
  rest(): Iterable<CellRows>;
  /** Closes an open file (`source`) once neither thread reads it any more (again: nothing). */
  close(): void;
  /** Whether an open file (`source`) still has the size it was read to (bytes: true). */
  isUnchanged(): boolean;
  /**
   * The worker thread for the rows after the cut, started while the file was checked (so
   * that it has loaded the core by the time its part is known); `pushTableChunks` starts one
   * when there is none.
   */
  readonly worker?: CasePartWorker;
}
