/**
 * The worker thread that reads the second part of a large CSV case table
 * (`startCasePartWorker`): started before its part is known (it loads the core meanwhile),
 * it waits for the file (its descriptor: the process's open file), the cut, the delimiter,
 * the mapping and the options, runs `readCsvPart` and posts the part back with its typed
 * arrays transferred (those in shared memory are shared, not copied).
 *
 * @module
 */
import { parentPort } from "node:worker_threads";
import { readCsvPart, type CsvPartInput } from "./readCsvPart";

parentPort?.once("message", (input: CsvPartInput) => {
  const part = readCsvPart(input);
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
