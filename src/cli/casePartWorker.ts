/**
 * The worker thread that reads the second half of a large CSV case table
 * (`startCasePartWorker`): `readCsvPart` on the `workerData`, the part posted back with its
 * typed arrays transferred (those in shared memory are shared, not copied).
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { readCsvPart, type CsvPartInput } from "./readCsvPart";

const part = readCsvPart(workerData as CsvPartInput);
parentPort?.postMessage(part, transferablesOf(part));

/** The ArrayBuffers (not shared ones) of the typed arrays in a value, each once. */
function transferablesOf(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) if (typeof item === "object") transferablesOf(item, found);
  } else if (typeof value === "object" && value !== null) {
    for (const item of Object.values(value)) transferablesOf(item, found);
  }
  return [...found];
}
