import type { Day } from "../types";

/** The value of an unusable date (present but not a date): `-Infinity`. Empty is `NaN`. */
export const INVALID_DAY: Day = -Infinity;

/** Day of 1 January 1900, the first supported date. */
export const MIN_DAY: Day = 2;

/** Day of 31 December 9999, the last date Excel knows (serial 2958465). */
export const MAX_DAY: Day = 2958465;

/** Day of 1 January 1970 (the Unix epoch): Day = Unix days + this. */
export const UNIX_EPOCH_DAY: Day = 25569;

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;
