import type { ReportRow } from "../reportTable";
import { formatDecimalNl, MISSING_TEXT } from "./formatDecimalNl";
import { FORMAT_DECIMALS } from "./formatValueNl";

/** Unit after a difference of percentages: percentage points (SPEC §6). */
export const PERCENT_POINT_SUFFIX = " %-punt";

/**
 * Formats a row's difference (Δ = current − previous) with an explicit sign (SPEC §6).
 *
 * Counts: "+12", "−3". Percentages: percentage points with one decimal, "−1,6 %-punt"
 * (the row's delta is a fraction, −0.016). Days: whole days without a unit, "−8" (the row's
 * label already says "in dagen"; a unit would read "+1 dagen"). Decimals and scores: one
 * decimal, "+0,3". A zero difference has no sign; a missing one is an en dash.
 * The sign follows the raw value, as Excel's format code does: 0.2 days shows "+0".
 *
 * @param row - the report row (its `delta` and `format` are used)
 * @returns the display text
 *
 * @example
 * formatDeltaNl({ ...row, format: 'count', delta: -3 }) // '−3'
 * formatDeltaNl({ ...row, format: 'percent', delta: -0.016 }) // '−1,6 %-punt'
 */
export function formatDeltaNl(row: Pick<ReportRow, "delta" | "format">): string {
  const { delta, format } = row;
  if (delta === null || !Number.isFinite(delta)) return MISSING_TEXT;
  if (format === "percent") {
    return formatDecimalNl(delta * 100, FORMAT_DECIMALS.percent, true) + PERCENT_POINT_SUFFIX;
  }
  return formatDecimalNl(delta, FORMAT_DECIMALS[format], true);
}

/**
 * Formats a row's relative difference (Δ% = Δ / |previous|) with an explicit sign and one
 * decimal: "+12,5%", "−3,2%". Rates and means (`deltaKind` 'points') have no Δ%: their
 * cell stays empty (''); an absolute row without a Δ% (previous 0 or missing) shows "–".
 *
 * @param row - the report row (its `deltaPct` and `deltaKind` are used)
 * @returns the display text, '' for 'points' rows
 *
 * @example
 * formatDeltaPctNl({ ...row, deltaKind: 'absolute', deltaPct: -0.032 }) // '−3,2%'
 * formatDeltaPctNl({ ...row, deltaKind: 'points', deltaPct: null }) // ''
 */
export function formatDeltaPctNl(row: Pick<ReportRow, "deltaPct" | "deltaKind">): string {
  if (row.deltaKind === "points") return "";
  const { deltaPct } = row;
  if (deltaPct === null || !Number.isFinite(deltaPct)) return MISSING_TEXT;
  return `${formatDecimalNl(deltaPct * 100, 1, true)}%`;
}
