/** The real minus sign (U+2212) that Dutch typography uses for negative numbers. */
export const MINUS_SIGN = "\u2212";

/** The en dash shown for a missing value (SPEC §6: "A null value shows as –"). */
export const MISSING_TEXT = "\u2013";

/**
 * Formats a number the Dutch way: thousands with a dot, decimals with a comma, a real
 * minus sign. Rounds half away from zero after a 15-digit normalisation, as Excel does
 * for display, so that the text equals what Excel shows for the same value.
 *
 * @param value - a finite number
 * @param decimals - number of decimals (0 or more)
 * @param signed - prefix '+' to positive values (for differences)
 * @returns the formatted text, e.g. "1.392" or "4,8"
 *
 * @example
 * formatDecimalNl(1392.46, 1) // '1.392,5'
 * formatDecimalNl(-3, 0, true) // '−3'
 */
export function formatDecimalNl(value: number, decimals: number, signed = false): string {
  const factor = 10 ** decimals;
  // Normalise to 15 significant digits first (4.8500000000000005 → 4.85) like Excel.
  const scaled = Math.round(Number((Math.abs(value) * factor).toPrecision(15)));
  const digits = String(scaled).padStart(decimals + 1, "0");
  const intPart = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? digits.slice(digits.length - decimals) : "";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const body = fraction ? `${grouped},${fraction}` : grouped;
  // The sign follows the raw value, as an Excel three-section format code does.
  if (value < 0) return MINUS_SIGN + body;
  if (value > 0 && signed) return `+${body}`;
  return body;
}
