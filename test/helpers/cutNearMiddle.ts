/**
 * The cut `openCsvFile` makes in a file, made in bytes in memory: the tests' reference.
 */
import { MAIN_THREAD_SHARE } from "../../src/cli/isTwoThreadCsv";

/**
 * Where `openCsvFile` cuts a file in two: just after the first line feed from
 * `MAIN_THREAD_SHARE` of its bytes on.
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
