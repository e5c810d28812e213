import type { ValueFormat } from "../types";

/** Which cell of a comparison row a number format is for. */
export type NumberFormatKind = "value" | "delta" | "deltaPct";

// Invariant (en-US) codes: Excel and LibreOffice show the user's own separators, so a Dutch
// Excel shows 1.392 and 4,8%. Negative sections use a quoted real minus sign (U+2212) so the
// cell shows exactly what formatValueNl/formatDeltaNl print. A bare % scales by 100 wherever
// it stands, so a Δ of −0.016 in a rate shows "−1,6 %-punt".
const MINUS = '"\u2212"';
const VALUE_CODES: Readonly<Record<ValueFormat, string>> = {
  count: `#,##0;${MINUS}#,##0`,
  days: `#,##0;${MINUS}#,##0`,
  percent: `0.0%;${MINUS}0.0%`,
  decimal: `#,##0.0;${MINUS}#,##0.0`,
  score: `#,##0.0;${MINUS}#,##0.0`,
};
const POINTS = ' %"-punt"';
const DELTA_CODES: Readonly<Record<ValueFormat, string>> = {
  count: `+#,##0;${MINUS}#,##0;0`,
  days: `+#,##0;${MINUS}#,##0;0`,
  percent: `+0.0${POINTS};${MINUS}0.0${POINTS};0.0${POINTS}`,
  decimal: `+#,##0.0;${MINUS}#,##0.0;0.0`,
  score: `+#,##0.0;${MINUS}#,##0.0;0.0`,
};
const DELTA_PCT_CODE = `+0.0%;${MINUS}0.0%;0.0%`;

/**
 * The invariant Excel number format code for a report cell (SPEC §6), matching the Dutch
 * display text of {@link formatValueNl}, {@link formatDeltaNl} and {@link formatDeltaPctNl}.
 *
 * Values: count and days `#,##0`, percent `0.0%` (the cell holds a fraction), decimal and
 * score `#,##0.0`. Differences carry an explicit sign; a difference of percentages is shown
 * in percentage points from the same fraction (`+0.0 %"-punt"`). Δ% is `+0.0%`.
 *
 * @param format - the row's value format
 * @param kind - which cell: the value, the difference or the relative difference
 * @returns the format code for ExcelJS `numFmt` or Office.js `numberFormat`
 *
 * @example
 * numberFormatCode('count', 'value') // '#,##0;"−"#,##0'
 * numberFormatCode('percent', 'delta') // '+0.0 %"-punt";"−"0.0 %"-punt";0.0 %"-punt"'
 */
export function numberFormatCode(format: ValueFormat, kind: NumberFormatKind): string {
  if (kind === "deltaPct") return DELTA_PCT_CODE;
  return kind === "delta" ? DELTA_CODES[format] : VALUE_CODES[format];
}
