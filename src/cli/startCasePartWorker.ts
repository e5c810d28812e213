/**
 * @module
 */
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CaseTablePart } from "../core";
import type { CsvPartInput } from "./readCsvPart";

/** A part being read elsewhere: see {@link startCasePartWorker}. */
export interface CasePartRead {
  /** The part; undefined when it could not be read (the caller reads the rows itself). */
  readonly part: Promise<CaseTablePart | undefined>;
  /** Ends the reading (when the part is not needed, or after it came). */
  stop(): void;
}

/**
 * Starts a worker thread (`casePartWorker`, next to this module) that reads the rows of a
 * CSV case table after the cut (`readCsvPart`). The file's bytes are handed over as they
 * are (shared memory is shared, not copied). Any failure (no compiled worker, an error in
 * it, its exit without a part) gives an undefined part.
 *
 * @param input - What the worker reads.
 * @returns The part to come, and how to stop the worker.
 * @example
 * const other = startCasePartWorker({ bytes, byteOffset, delimiter, mapping, options });
 * const part = await other.part;
 */
export function startCasePartWorker(input: CsvPartInput): CasePartRead {
  let worker: Worker;
  try {
    worker = new Worker(join(__dirname, "casePartWorker.js"), { workerData: input });
  } catch {
    return { part: Promise.resolve(undefined), stop: () => undefined };
  }
  const part = new Promise<CaseTablePart | undefined>((resolve) => {
    worker.once("message", (message: CaseTablePart) => resolve(message));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return { part, stop: () => void worker.terminate() };
}
