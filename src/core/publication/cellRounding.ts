import { FORMAT_DECIMALS } from "../report/formatValueNl";
import type { ValueFormat } from "../types";

/**
 * Half the step a value of a format is shown to: the interval a shown mean or share stands for
 * (whole days 0.5, 0,1% 0.0005, a score with one decimal 0.05); undefined for a whole count.
 *
 * @param format - the value's format
 * @returns half a step, or undefined for a count
 *
 * @example
 * cellRounding("percent") //=> 0.0005
 */
export function cellRounding(format: ValueFormat): number | undefined {
  if (format === "count") return undefined;
  return 0.5 / 10 ** (FORMAT_DECIMALS[format] + (format === "percent" ? 2 : 0));
}
