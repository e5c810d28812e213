/**
 * What the file readers hand back.
 *
 * @module
 */
import type { CellReadIssue, CellValue } from "../core";

/** The rows of a table as read from a file, with the problems found while reading them. */
export interface TableRead {
  /** The rows, sheet row 1 (or line 1) first. */
  readonly rows: CellValue[][];
  /** Cells the reader had to repair (bad bytes), for `loadDataset` to report. */
  readonly readIssues: CellReadIssue[];
}
