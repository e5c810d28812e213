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
 * some 5 ms per MB; below this size it does not pay (docs/input.md, "Reading a CSV file in
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
 * moment (the main thread reads its first rows after the worker's part is sent) and read it
 * from the file at about the same speed; the worker also derives its cases' start and posts
 * its part, the main thread derives its own while it waits. At 0.51 both end within a few
 * tens of milliseconds of each other on the 1M-row bench file on a quiet machine (at 0.49
 * the worker came ~80 ms after the main thread, at 0.53 up to 65 ms before it; see
 * docs/input.md, "Reading a CSV file in two threads").
 */
export const MAIN_THREAD_SHARE = 0.51;
