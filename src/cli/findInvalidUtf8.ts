/**
 * Validation of UTF-8 bytes.
 *
 * @module
 */

/** The result of {@link findInvalidUtf8}. */
export interface Utf8Check {
  /** Offsets of the bytes that do not belong to a valid UTF-8 sequence, ascending. */
  readonly invalid: number[];
  /** Number of valid sequences of two to four bytes (non-ASCII characters, the BOM). */
  readonly multiByte: number;
  /**
   * Offset and length of each valid sequence, listed only while there are at most as many as
   * {@link MAX_LISTED_SEQUENCES} (a file read as Windows-1252 reports them; a mostly-UTF-8
   * file has many and does not need them).
   */
  readonly sequences: (readonly [number, number])[];
}

/** How many valid sequences {@link findInvalidUtf8} lists at most. */
export const MAX_LISTED_SEQUENCES = 10_000;

/**
 * Finds the bytes that are not valid UTF-8 (as the WHATWG decoder does: a byte that cannot
 * start a sequence, or starts one that is cut short, is invalid on its own, and reading goes
 * on at the next byte), and counts the valid multi-byte sequences: a Windows-1252 file has
 * none, a UTF-8 file with one character typed in another program has many and one bad byte.
 *
 * @param bytes - the bytes
 * @returns the invalid offsets and the number of valid multi-byte sequences
 *
 * @example
 * findInvalidUtf8(new Uint8Array([0x42, 0xc3, 0xab, 0x4e, 0xe9, 0x72]));
 * // { invalid: [4], multiByte: 1 }  ('Bë' valid, 0xE9 before 'r' is not)
 */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Check {
  const invalid: number[] = [];
  const sequences: (readonly [number, number])[] = [];
  let multiByte = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      invalid.push(i);
      i++;
    } else {
      multiByte++;
      if (sequences.length < MAX_LISTED_SEQUENCES) sequences.push([i, length]);
      i += length;
    }
  }
  return { invalid, multiByte, sequences };
}

/** The length of the valid sequence starting at `i` (2–4), or 0 when there is none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  // The allowed range of the second byte excludes overlong forms and surrogates.
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
  } else return 0;
  const second = bytes[i + 1];
  if (second === undefined || second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
