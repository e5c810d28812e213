/** Periods: parsing period texts, the previous-year comparison period, months of a period. */
export { parsePeriod } from "./parsePeriod";
export { previousYearPeriod } from "./previousYearPeriod";
export { monthsInPeriod } from "./monthsInPeriod";
export type { PeriodMonth } from "./monthsInPeriod";
export { PERIOD_EXAMPLES } from "./periodMessages";
