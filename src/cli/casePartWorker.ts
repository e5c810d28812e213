/**
 * The worker thread that reads the second part of a large CSV case table
 * (`startCasePartWorker`): started with the file's bytes (shared memory) in its
 * `workerData`, it waits for the cut, the delimiter, the mapping and the options, runs
 * `readCsvPart` and posts the part back with its typed arrays transferred (those in shared
 * memory are shared, not copied).
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { readCsvPart, type CsvPartInput } from "./readCsvPart";

const { bytes } = workerData as { readonly bytes: Uint8Array };
parentPort?.once("message", (input: Omit<CsvPartInput, "bytes">) => {
  const part = readCsvPart({ ...input, bytes });
  parentPort?.postMessage(part, transferablesOf(part));
});

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
