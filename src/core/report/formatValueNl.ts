import type { ValueFormat } from "../types";
import { formatDecimalNl, MISSING_TEXT } from "./formatDecimalNl";

/** Decimals shown per value format (SPEC §6): counts and days whole, the rest one decimal. */
export const FORMAT_DECIMALS: Readonly<Record<ValueFormat, number>> = {
  count: 0,
  days: 0,
  percent: 1,
  decimal: 1,
  score: 1,
};

/**
 * Formats a KPI value for a Dutch reader (SPEC §6).
 *
 * Counts and day counts are whole numbers with a thousands dot, percentages (given as a
 * fraction) have one decimal and a '%', decimals and scores one decimal. A missing value
 * (null, NaN, ±Infinity) is shown as an en dash.
 *
 * @param value - the value; a percentage as a fraction (0.048 for 4,8%)
 * @param format - how the value is shown
 * @returns the display text
 *
 * @example
 * formatValueNl(1392, 'count') // '1.392'
 * formatValueNl(0.048, 'percent') // '4,8%'
 * formatValueNl(null, 'days') // '–'
 */
export function formatValueNl(value: number | null, format: ValueFormat): string {
  if (value === null || !Number.isFinite(value)) return MISSING_TEXT;
  if (format === "percent") return `${formatDecimalNl(value * 100, FORMAT_DECIMALS.percent)}%`;
  return formatDecimalNl(value, FORMAT_DECIMALS[format]);
}
