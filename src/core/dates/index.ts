/** Calendar days: conversion from cells, text and Dates, and back. */
export { INVALID_DAY, MIN_DAY, MAX_DAY } from "./constants";
export { cellToDay, serialToDay, dateToDay } from "./cellToDay";
export { parseDateText } from "./parseDateText";
export { parseCommonDateText } from "./parseCommonDateText";
export { isValidDay } from "./isValidDay";
export { dayFromParts, dayToParts } from "./dayFromParts";
export type { DayParts } from "./dayFromParts";
export { dayToIso, dayToText, isoToDay } from "./dayToIso";
export { dayToDate, dayToUtcDate } from "./dayToDate";
export { subMonthsFromDay } from "./subMonthsFromDay";
export { daysInMonth, isLeapYear } from "./daysInMonth";
export { DUTCH_MONTH_NAMES, DUTCH_MONTH_ABBREVIATIONS, monthFromDutchName } from "./dutchMonths";
