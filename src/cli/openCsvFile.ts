/**
 * @module
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { CsvFile } from "./csvSourcePieces";
import { detectUtf16 } from "./decodeText";
import { MAIN_THREAD_SHARE } from "./isTwoThreadCsv";

/** An open CSV file that may be read in two parts: see {@link openCsvFile}. */
export interface CutCsvFile extends CsvFile {
  /** Where the second part starts: just after the first line feed from the main thread's share on. */
  readonly cutAt: number;
}

/** Bytes read at a time when looking for the cut. */
const WINDOW_BYTES = 64 << 10;

/**
 * Opens a CSV file of `size` bytes to be read in two parts, reading only its first 4 KB
 * (UTF-16 is told from them, as one thread tells it) and the bytes from `MAIN_THREAD_SHARE`
 * of its size to the first line feed after that point (the cut). Whether every byte is
 * UTF-8 is checked as the parts are read, a piece at a time (`csvSourcePieces`): the file's
 * bytes are never all in memory, and no thread waits for a pass over the whole file.
 *
 * @param path - The file.
 * @param size - Its size when it was looked at.
 * @returns The open file (close its `fd` when done) and the cut; undefined (the file closed
 *   again) for a UTF-16 file or one without a line feed after the share: one thread reads it.
 * @throws The file system's error when the file cannot be opened or read.
 * @example
 * const file = openCsvFile("export.csv", (await stat("export.csv")).size);
 */
export function openCsvFile(path: string, size: number): CutCsvFile | undefined {
  const fd = openSync(path, "r");
  let isKept = false;
  try {
    const head = new Uint8Array(Math.min(size, 4096));
    if (readSync(fd, head, 0, head.length, 0) < head.length || detectUtf16(head) !== undefined)
      return undefined;
    const window = new Uint8Array(WINDOW_BYTES);
    for (let at = Math.floor(size * MAIN_THREAD_SHARE); at < size;) {
      const bytesRead = readSync(fd, window, 0, Math.min(window.length, size - at), at);
      if (bytesRead === 0) return undefined;
      const lineFeed = window.subarray(0, bytesRead).indexOf(0x0a);
      if (lineFeed >= 0) {
        const cutAt = at + lineFeed + 1;
        if (cutAt >= size) return undefined;
        isKept = true;
        return { fd, length: size, cutAt };
      }
      at += bytesRead;
    }
    return undefined;
  } finally {
    if (!isKept) closeSync(fd);
  }
}
