/**
 * A realistic export of a mid-sized welfare organisation, for the demo, the add-in's
 * sample workbook and tests.
 *
 * @module
 */
import type { CellValue } from "../types";
import { createRandom } from "./createRandom";
import { sampleActivityRows } from "./sampleActivityRows";
import { sampleCaseRows } from "./sampleCaseRows";
import { sampleComplaintRows } from "./sampleComplaintRows";
import { sampleZrmRows } from "./sampleZrmRows";
import { simulateSampleCases } from "./simulateSampleCases";

/** The four tables of a sample export, each a 2D array with its header row first. */
export interface SampleExport {
  readonly cases: CellValue[][];
  readonly zrm: CellValue[][];
  readonly activities: CellValue[][];
  readonly complaints: CellValue[][];
}

/** Options of {@link generateSampleExport}. */
export interface GenerateSampleExportOptions {
  /** Seed of the random generator (default 20241007); equal seeds give equal exports. */
  readonly seed?: number;
  /** Number of cases (default 5000). */
  readonly cases?: number;
}

/** The default seed: the sample's export date. */
export const SAMPLE_SEED = 20241007;

/** The date the sample was exported (for FUTURE_DATE checks): 7 October 2024. */
export const SAMPLE_EXPORT_DATE = "2024-10-07";

/**
 * Generates the sample export: about 5,000 cases registered from January 2021 to the
 * export on 7 October 2024 (individual cases ~45%, leun en steun ~15%, information and
 * advice ~40%; some still open), clients who come back (recidive and reopenings), ZRM
 * scores of the individual cases, fifteen collective activities with their weekly meetings,
 * and a dozen complaints. Dates are Excel serial numbers, as Office.js `range.values`
 * gives them, except a handful of typical dirty cells: dates as text, an impossible date,
 * `#N/A`, a duplicated row, an unknown domain, an end date after the export, an end before
 * the start, a team starting with '-', an empty row and a "Totaal" row.
 *
 * Pure and seeded: no clock, no `Math.random`.
 *
 * @param options - seed and number of cases
 * @returns the four tables
 *
 * @example
 * const sample = generateSampleExport({ seed: 1, cases: 500 });
 * sample.cases[0]; // ['Casusnummer', 'Cliëntnummer', 'Soort traject', ...]
 */
export function generateSampleExport(options: GenerateSampleExportOptions = {}): SampleExport {
  const seed = options.seed ?? SAMPLE_SEED;
  const count = options.cases ?? 5000;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`generateSampleExport: cases must be a positive integer, got ${count}`);
  // Separate streams per table, so that changing one table leaves the others as they were.
  const cases = simulateSampleCases(createRandom(seed), count);
  return {
    cases: sampleCaseRows(createRandom(seed + 1), cases),
    zrm: sampleZrmRows(createRandom(seed + 2), cases),
    activities: sampleActivityRows(createRandom(seed + 3)),
    complaints: sampleComplaintRows(createRandom(seed + 4)),
  };
}
