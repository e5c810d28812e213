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

/** How the rows after a cut are read: in a worker thread, or (tests) in this one. */
export type ReadCasePart = (input: CsvPartInput) => CasePartRead;

/** A worker thread started before its part is known: see {@link startCasePartWorker}. */
export interface CasePartWorker {
  /** Hands the worker its part to read (once). */
  readonly read: ReadCasePart;
  /** Ends the worker (when its part is not needed, or after it came). */
  stop(): void;
}

/**
 * Starts a worker thread (`casePartWorker`, next to this module) for the rows of a CSV case
 * table after a cut (`readCsvPart`), before the file, the cut, the delimiter and the mapping
 * are known: the thread starts and loads the core while this thread checks the file and
 * reads its first rows; {@link CasePartWorker.read} then sends what it reads (an open
 * file's descriptor, or bytes, which are copied). Until `read`, the worker does not keep
 * the process alive. Any failure (no compiled worker, an error in it, its exit without a
 * part) gives an undefined part.
 *
 * @returns The worker: how to give it its part, and how to stop it.
 * @example
 * const worker = startCasePartWorker();
 * // … check the file, read its first rows, make the mapping …
 * const part = await worker.read({ source: file, byteOffset, delimiter, mapping, options }).part;
 */
export function startCasePartWorker(): CasePartWorker {
  const early = prestarted;
  prestarted = undefined;
  return early ?? newCasePartWorker();
}

/** The worker {@link prestartCasePartWorker} started, until it is taken. */
let prestarted: CasePartWorker | undefined;

/**
 * Starts the worker of {@link startCasePartWorker} now, as soon as the command line knows it
 * will read a large CSV case table, before it loads the rest of its modules: the next
 * `startCasePartWorker` takes it. A thread takes some 20 ms to start and as long again to
 * load the core, and the main thread has its part's first rows ready sooner than that.
 * Until it is taken and given its part, the worker does not keep the process alive.
 *
 * @example
 * prestartCasePartWorker(); // … later, in readTableFile:
 * const worker = startCasePartWorker(); // the same worker
 */
export function prestartCasePartWorker(): void {
  prestarted ??= newCasePartWorker();
}

function newCasePartWorker(): CasePartWorker {
  let worker: Worker;
  try {
    worker = new Worker(join(__dirname, "casePartWorker.js"));
  } catch {
    const none: CasePartRead = { part: Promise.resolve(undefined), stop: () => undefined };
    return { read: () => none, stop: () => undefined };
  }
  // Listening from the start: an error event without a listener would end the process.
  const part = new Promise<CaseTablePart | undefined>((resolve) => {
    worker.once("message", (message: CaseTablePart) => resolve(message));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  // After the listeners: listening for messages refs the worker again.
  worker.unref();
  const stop = (): void => void worker.terminate();
  return {
    read(input) {
      worker.postMessage(input);
      // Only once the part is on its way: a message that cannot be sent leaves the worker
      // unable to keep the process alive.
      worker.ref();
      return { part, stop };
    },
    stop,
  };
}
