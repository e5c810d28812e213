/**
 * @module
 */
import { statSync } from "node:fs";
import { extname } from "node:path";
import { isTwoThreadCsv } from "./isTwoThreadCsv";
import { prestartCasePartWorker } from "./startCasePartWorker";

/**
 * Starts the worker thread for the second part of the case table now when `readTableFile`
 * will read it in two parts (a .csv or .txt file of `isTwoThreadCsv`'s size): the command
 * line calls it as soon as its arguments are parsed, before it loads the report's modules,
 * so that the worker has loaded the core by the time its part is known
 * (`prestartCasePartWorker`). Anything else (another file, a file that cannot be looked at)
 * starts nothing; `readTableFile` decides again and says what is wrong.
 *
 * @param path - The case table's file (`--casussen`).
 * @example
 * prestartCaseRead(args.cases);
 */
export function prestartCaseRead(path: string): void {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".txt") return;
  let size: number | undefined;
  try {
    const stats = statSync(path);
    size = stats.isFile() ? stats.size : undefined;
  } catch {
    return;
  }
  if (isTwoThreadCsv(size)) prestartCasePartWorker();
}
