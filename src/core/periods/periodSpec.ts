/**
 * The internal description of a period form, from which its range and Dutch label
 * follow. Kept separate so that `previousYearPeriod` can rebuild a label of the same
 * form one year earlier.
 *
 * @module
 */
import { dayFromParts } from "../dates/dayFromParts";
import { dayToText } from "../dates/dayToIso";
import { daysInMonth } from "../dates/daysInMonth";
import { DUTCH_MONTH_NAMES } from "../dates/dutchMonths";
import type { Day, Period } from "../types";

/** A period form: whole year, half year, quarter, month (each optionally "t/m": from 1 January), or a date range. */
export type PeriodSpec =
  | { readonly kind: "year"; readonly year: number }
  | {
      readonly kind: "half";
      readonly year: number;
      readonly index: number;
      readonly toDate: boolean;
    }
  | {
      readonly kind: "quarter";
      readonly year: number;
      readonly index: number;
      readonly toDate: boolean;
    }
  | {
      readonly kind: "month";
      readonly year: number;
      readonly index: number;
      readonly toDate: boolean;
    }
  | { readonly kind: "range"; readonly start: Day; readonly end: Day };

/** Number of months in one unit of each calendar form. */
const MONTHS_PER_UNIT = { half: 6, quarter: 3, month: 1 } as const;

function unitLabel(spec: Exclude<PeriodSpec, { kind: "year" | "range" }>): string {
  switch (spec.kind) {
    case "half":
      return `H${spec.index} ${spec.year}`;
    case "quarter":
      return `Q${spec.index} ${spec.year}`;
    case "month":
      return `${DUTCH_MONTH_NAMES[spec.index - 1] ?? ""} ${spec.year}`;
  }
}

/**
 * Builds the {@link Period} of a spec: its inclusive day range and normalised Dutch label.
 *
 * @param spec - A valid spec (years 1900–9999, index in range).
 * @returns The period.
 * @example
 * specToPeriod({ kind: 'quarter', year: 2024, index: 3, toDate: true }).label; //=> 't/m Q3 2024'
 */
export function specToPeriod(spec: PeriodSpec): Period {
  switch (spec.kind) {
    case "range":
      return {
        label: `${dayToText(spec.start)} t/m ${dayToText(spec.end)}`,
        start: spec.start,
        end: spec.end,
      };
    case "year":
      return {
        label: String(spec.year),
        start: dayFromParts(spec.year, 1, 1),
        end: dayFromParts(spec.year, 12, 31),
      };
    default: {
      const size = MONTHS_PER_UNIT[spec.kind];
      const lastMonth = spec.index * size;
      const firstMonth = spec.toDate ? 1 : lastMonth - size + 1;
      return {
        label: (spec.toDate ? "t/m " : "") + unitLabel(spec),
        start: dayFromParts(spec.year, firstMonth, 1),
        end: dayFromParts(spec.year, lastMonth, daysInMonth(spec.year, lastMonth)),
      };
    }
  }
}
