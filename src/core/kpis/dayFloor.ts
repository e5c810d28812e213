/**
 * Every real day number is above this; NaN (an empty date) and -Infinity (an unusable one)
 * are not. So `day >= DAY_FLOOR` tests "a usable day" in one comparison in the hot loops.
 *
 * @example
 * if (start[i] >= DAY_FLOOR) count++;
 */
export const DAY_FLOOR = -1e7;
