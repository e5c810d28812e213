const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const DUTCH_THOUSANDS = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

/**
 * Reads a number written as text: `7`, `7,5`, `7.5`, `-2`, `1.392,5`. One separator
 * (`,` or `.`) is a decimal separator ("1,5" and "1.5" are both 1½); dots followed by a
 * comma are Dutch thousands separators. Surrounding spaces are ignored.
 *
 * @param text - The cell text (not empty).
 * @returns The number, or `NaN` when the text is not a number.
 * @example
 * parseNumberText(' 7,5 '); //=> 7.5
 * parseNumberText('1.392,5'); //=> 1392.5
 * parseNumberText('acht'); //=> NaN
 */
export function parseNumberText(text: string): number {
  const trimmed = text.trim();
  if (PLAIN.test(trimmed)) return Number(trimmed.replace(",", "."));
  if (DUTCH_THOUSANDS.test(trimmed)) return Number(trimmed.replace(/\./g, "").replace(",", "."));
  return NaN;
}
