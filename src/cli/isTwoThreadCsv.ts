/**
 * When a CSV case table is read in two threads, and where it is cut.
 *
 * @module
 */
import { availableParallelism } from "node:os";

/**
 * The smallest CSV file read in two threads (about 300,000 rows of a typical export): the
 * worker costs about 0.15 s before it reads a row (a thread, the core loaded and compiled
 * again) and 0.25–0.3 s of CPU in all, while the second core saves about half of the reading,
 * some 5 ms per MB; below this size it does not pay (docs/engine.md, "Reading a CSV file in
 * two threads": measured at 100,000 rows, 16 MB, it cost 29% more CPU).
 */
export const TWO_THREAD_MIN_BYTES = 48 << 20;

/**
 * Whether a CSV case table of this size is read in two threads (`pushTableChunks`): from
 * {@link TWO_THREAD_MIN_BYTES} on, on a machine with two cores or more.
 * `WELZIJN_CSV_THREADS=1` reads every file in one thread, `WELZIJN_CSV_THREADS=2` every file
 * in two (for tests, also a small one on one core).
 *
 * @param size - The file's size in bytes (undefined: not a file).
 * @param env - The environment.
 * @returns Whether to read it in two threads.
 * @example
 * isTwoThreadCsv(160_000_000); //=> true on a two-core machine
 */
export function isTwoThreadCsv(
  size: number | undefined,
  env: NodeJS.ProcessEnv = process.env
): boolean {
  if (size === undefined) return false;
  const setting = env.WELZIJN_CSV_THREADS;
  if (setting === "1") return false;
  if (setting === "2") return true;
  return size >= TWO_THREAD_MIN_BYTES && availableParallelism() >= 2;
}

/**
 * The share of a file's bytes the main thread reads. Both threads get their part at the same
 * moment now (the main thread's first rows are read after the worker's part is sent) and
 * read it from the file at about the same speed, so an even cut lets both end together on
 * the 1M-row bench file (at 0.53 the worker was done ~0.1 s first; docs/engine.md, "Reading
 * a CSV file in two threads").
 */
export const MAIN_THREAD_SHARE = 0.5;

/**
 * Where to cut a file in two: just after the first line feed from {@link MAIN_THREAD_SHARE}
 * of its bytes on.
 *
 * @param bytes - The file.
 * @returns The offset, or undefined when no line feed follows that point.
 * @example
 * cutNearMiddle(Buffer.from("a\nb\nc\nd\n")); //=> 6
 */
export function cutNearMiddle(bytes: Uint8Array): number | undefined {
  const lineFeed = bytes.indexOf(0x0a, Math.floor(bytes.length * MAIN_THREAD_SHARE));
  return lineFeed < 0 || lineFeed + 1 >= bytes.length ? undefined : lineFeed + 1;
}
