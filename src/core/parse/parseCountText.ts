const PLAIN = /^[+-]?\d+(?:,\d+)?$/;
const DUTCH_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * Reads a count written as text, the Dutch way: a dot separates thousands ("1.200" is
 * 1200, "1.234.567" is 1234567) and a comma is the decimal separator ("2,5"). Unlike
 * `parseNumberText`, a dot is never a decimal point: "1.5" and "12.34" are not counts. The
 * result may be a fraction or negative; the caller reports those. Surrounding spaces are
 * ignored.
 *
 * @param text - The cell text (not empty).
 * @returns The number, or `NaN` when the text is not written as a count.
 * @example
 * parseCountText('1.200'); //=> 1200
 * parseCountText('2,5'); //=> 2.5
 * parseCountText('1.5'); //=> NaN
 */
export function parseCountText(text: string): number {
  const trimmed = text.trim();
  if (PLAIN.test(trimmed)) return Number(trimmed.replace(",", "."));
  if (DUTCH_THOUSANDS.test(trimmed)) return Number(trimmed.replace(/\./g, "").replace(",", "."));
  return NaN;
}
