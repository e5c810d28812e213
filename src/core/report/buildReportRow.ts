import type { ReportRow } from "../reportTable";
import type { Polarity, ValueFormat } from "../types";
import { FORMAT_DECIMALS } from "./formatValueNl";

/** What a report row is made of before Δ and Δ% are worked out. */
export interface ReportRowInput {
  readonly label: string;
  readonly key: string;
  readonly previous: number | null;
  readonly current: number | null;
  readonly format: ValueFormat;
  readonly polarity: Polarity;
  readonly deltaKind: "absolute" | "points";
  readonly isTotal?: boolean;
  /** Text for a null value instead of "–" ("n.v.t."). */
  readonly missingText?: string;
}

/**
 * Builds a comparison row (SPEC §6): the values rounded to the precision shown
 * ({@link roundForDisplay}); Δ = current − previous (null when either is missing);
 * Δ% = Δ / |previous|, null when previous is 0 or missing and for rates and means
 * (`deltaKind` 'points', whose Δ is in percentage points or days).
 *
 * @param input - label, key, the two values, format, polarity and delta kind
 * @returns the row, not suppressed
 *
 * @example
 * buildReportRow({ label: 'Aantal aanmeldingen', key: 'registrations', previous: 479, current: 452,
 *   format: 'count', polarity: 'neutral', deltaKind: 'absolute' })
 * // { ..., delta: -27, deltaPct: -0.0563..., isTotal: false }
 */
export function buildReportRow(input: ReportRowInput): ReportRow {
  const previous = roundForDisplay(input.previous, input.format);
  const current = roundForDisplay(input.current, input.format);
  const delta =
    previous === null || current === null
      ? null
      : roundForDisplay(current - previous, input.format);
  const deltaPct =
    delta === null || previous === null || previous === 0 || input.deltaKind === "points"
      ? null
      : delta / Math.abs(previous);
  return {
    label: input.label,
    key: input.key,
    previous,
    current,
    delta,
    deltaPct,
    format: input.format,
    polarity: input.polarity,
    deltaKind: input.deltaKind,
    isTotal: input.isTotal ?? false,
    ...(input.missingText === undefined ? {} : { missingText: input.missingText }),
  };
}

/**
 * Rounds a value to the precision the report shows (whole days, 0,1% as a fraction to three
 * decimals, one decimal for scores), half away from zero as Excel displays. The report then
 * holds the numbers its reader sees, and Δ is always the difference of the shown values
 * (17 and 17 days give Δ 0, never "−0"). Whole counts are unchanged. NaN and ±Infinity
 * become null.
 *
 * @param value - the value, or null
 * @param format - the value's format
 * @returns the rounded value, or null
 *
 * @example
 * roundForDisplay(16.73, 'days') // 17
 * roundForDisplay(1 / 3, 'percent') // 0.333
 */
export function roundForDisplay(value: number | null, format: ValueFormat): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** (FORMAT_DECIMALS[format] + (format === "percent" ? 2 : 0));
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(isNearHalf(scaled) ? Number(scaled.toPrecision(15)) : scaled) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * Whether rounding `scaled` could depend on the binary error of the multiplication (1.005 ×
 * 100 = 100.49999999999999): its fraction within 1e-6 of a half, or too large a number to
 * tell. Only then is it rounded to 15 significant digits first, as the decimal it stands for;
 * below 1e9 that rounding moves the fraction by less than 1e-6, so elsewhere it cannot change
 * the result and the string conversion is skipped.
 */
function isNearHalf(scaled: number): boolean {
  return !(scaled < 1e9) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6;
}
