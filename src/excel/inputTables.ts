/**
 * The input tables a report reads, and the progress of reading them.
 *
 * @module
 */
import type { TableName } from "../core";

/** The input tables in reading order. */
export const INPUT_TABLES: readonly TableName[] = ["cases", "zrm", "activities", "complaints"];

/** Progress of reading: which table, how many rows of how many. */
export interface ReadProgress {
  readonly table: TableName;
  readonly rowsRead: number;
  readonly totalRows: number;
}
