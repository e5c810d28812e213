/**
 * A zeroed byte array for per-case flags, on a SharedArrayBuffer where there is one (Node;
 * not a browser page without cross-origin isolation), so that a shell's worker thread can
 * read the flags without a copy (`offerRecidiveTallies`).
 *
 * @param length - Entries.
 * @returns The array.
 * @example
 * sharedFlags(3); //=> Uint8Array [0, 0, 0]
 */
export function sharedFlags(length: number): Uint8Array {
  return typeof SharedArrayBuffer === "function"
    ? new Uint8Array(new SharedArrayBuffer(length))
    : new Uint8Array(length);
}
