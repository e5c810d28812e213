/**
 * @module
 */
import type { CellReadIssue, CellRows } from "../core";
import { csvRowChunks } from "./csvRowChunks";
import type { TableChunks } from "./TableChunks";

/** Bytes per row of a typical export, to guess the number of rows from the file's size. */
const BYTES_PER_ROW = 100;

/**
 * A CSV file's rows as the dataset loader takes them: the chunks of {@link csvRowChunks} as
 * they are split, the cells with bad bytes collected on the way (complete once the chunks are
 * read), and a guess of the number of rows from the file's size to size the columns.
 *
 * @param bytes - The file's content.
 * @returns The chunks.
 * @example
 * const table = csvTableChunks(await readFile("export.csv"));
 * for (const rows of table.chunks) loader.push("cases", rows);
 */
export function csvTableChunks(bytes: Uint8Array): TableChunks {
  const issues: CellReadIssue[] = [];
  return {
    chunks: (function* rows(): Generator<CellRows> {
      for (const chunk of csvRowChunks(bytes)) {
        for (const issue of chunk.readIssues) issues.push(issue);
        yield chunk.rows;
      }
    })(),
    readIssues: () => issues,
    expectedRows: Math.ceil(bytes.length / BYTES_PER_ROW),
  };
}
