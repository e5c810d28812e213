/**
 * Helpers for building input rows in tests and golden fixtures, shaped like Office.js
 * `range.values`: a header row followed by data rows; dates may be given as serial
 * numbers (see {@link serial}), text or Date objects.
 */
import { dayFromParts, isoToDay } from "../../src/core/dates";
import { loadDataset } from "../../src/core/parse";
import type { DatasetInput, LoadedDataset } from "../../src/core/parse";
import type { CellValue, Day } from "../../src/core/types";

/** A header row and data rows as one 2D array (copies, so fixtures cannot be mutated). */
export function casesRows(
  header: readonly string[],
  ...rows: readonly (readonly CellValue[])[]
): CellValue[][] {
  return [header.slice(), ...rows.map((row) => row.slice())];
}

/** The same as {@link casesRows}, for the ZRM, activities and complaints tables. */
export const tableRows = casesRows;

/** The Excel serial number (= Day) of a calendar date; throws on an impossible date. */
export function serial(year: number, month: number, day: number): Day {
  const result = dayFromParts(year, month, day);
  if (!Number.isFinite(result)) throw new Error(`No such date: ${year}-${month}-${day}`);
  return result;
}

/** The Day of an ISO date 'yyyy-mm-dd'; throws on anything else. */
export function day(iso: string): Day {
  const result = isoToDay(iso);
  if (!Number.isFinite(result)) throw new Error(`Not an ISO date: ${iso}`);
  return result;
}

/** Loads a dataset from a case table given as header + rows (auto-mapped), plus optional other inputs. */
export function loadCases(
  header: readonly string[],
  rows: readonly (readonly CellValue[])[],
  extra: Omit<DatasetInput, "cases"> = {}
): LoadedDataset {
  return loadDataset({ ...extra, cases: { rows: casesRows(header, ...rows) } });
}
