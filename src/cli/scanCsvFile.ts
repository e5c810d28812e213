/**
 * @module
 */
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readSync } from "node:fs";
import type { CsvFile } from "./csvSourcePieces";
import { detectUtf16 } from "./decodeText";
import { MAIN_THREAD_SHARE } from "./isTwoThreadCsv";

/** An open CSV file that can be read in two parts: see {@link scanCsvFile}. */
export interface ScannedCsvFile extends CsvFile {
  /** Where the second part starts: just after the first line feed from the main thread's share on. */
  readonly cutAt: number;
}

/** Bytes read at a time by {@link scanCsvFile}: also the longest line it accepts. */
const SCAN_BYTES = 4 << 20;

/**
 * Opens a CSV file of `size` bytes and reads it through once, a few megabytes at a time
 * into one buffer (so that its bytes are never all in memory): whether one thread would read
 * it as plain UTF-8 (no UTF-16 by `detectUtf16`, every byte valid UTF-8 by `isUtf8`), and
 * where to cut it (after the first line feed from `MAIN_THREAD_SHARE` of the bytes on).
 * Only then can both parts be decoded on their own with the result of one thread; for any
 * other file (not UTF-8, no line feed past the share, a line longer than the buffer, a size
 * that is no longer `size`) it is closed and undefined is returned, and the caller reads it
 * in one thread.
 *
 * @param path - The file.
 * @param size - Its size when it was looked at.
 * @returns The open file (close its `fd` when done) and the cut, or undefined.
 * @throws The file system's error when the file cannot be opened or read.
 * @example
 * const file = scanCsvFile("export.csv", (await stat("export.csv")).size);
 */
export function scanCsvFile(path: string, size: number): ScannedCsvFile | undefined {
  const fd = openSync(path, "r");
  let isKept = false;
  try {
    const cutFrom = Math.floor(size * MAIN_THREAD_SHARE);
    const buffer = new Uint8Array(Math.min(SCAN_BYTES, size + 1));
    let cutAt: number | undefined;
    // buffer[0, held) are read and not yet checked; `at` is the file offset after them.
    let held = 0;
    let at = 0;
    for (;;) {
      const bytesRead = readSync(fd, buffer, held, buffer.length - held, at);
      // UTF-16 is told by the first 4 KB, as one thread tells it.
      if (
        at === 0 &&
        (bytesRead < Math.min(size, 4096) ||
          detectUtf16(buffer.subarray(0, bytesRead)) !== undefined)
      )
        return undefined;
      at += bytesRead;
      held += bytesRead;
      if (bytesRead === 0 || at > size) break;
      // Checked up to the last line feed: a character never spans it.
      const end = buffer.lastIndexOf(0x0a, held - 1) + 1;
      if (end === 0) {
        if (held === buffer.length) return undefined;
        continue;
      }
      if (!isUtf8(buffer.subarray(0, end))) return undefined;
      const start = at - held;
      if (cutAt === undefined && start + end > cutFrom)
        cutAt = buffer.indexOf(0x0a, Math.max(cutFrom - start, 0)) + start + 1;
      buffer.copyWithin(0, end, held);
      held -= end;
    }
    if (at !== size || !isUtf8(buffer.subarray(0, held))) return undefined;
    if (cutAt === undefined || cutAt >= size) return undefined;
    isKept = true;
    return { fd, length: size, cutAt };
  } finally {
    if (!isKept) closeSync(fd);
  }
}
