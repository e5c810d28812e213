/**
 * The complaints list of the sample: a dozen dated rows.
 *
 * @module
 */
import type { CellValue } from "../types";
import type { Random } from "./createRandom";
import { dayFromParts } from "../dates/dayFromParts";
import { nextWorkday, SAMPLE_FIRST_DAY, SAMPLE_LAST_DAY } from "./sampleDays";
import { TEAMS } from "./sampleVocabulary";

/** Header row of the sample complaints table. */
export const SAMPLE_COMPLAINT_HEADERS = ["Datum", "Onderwerp", "Team", "Afhandeling"] as const;

const SUBJECTS = [
  "Bejegening",
  "Wachttijd",
  "Bereikbaarheid",
  "Communicatie",
  "Privacy",
  "Kwaliteit ondersteuning",
];
const OUTCOMES = ["Gegrond", "Ongegrond", "Deels gegrond", "Ingetrokken"];
const FIRST_YEAR = 2021;
const LAST_YEAR = 2024;

/**
 * Writes the complaints table of the sample (header first), sorted by date: a few
 * complaints a year, a dozen in all.
 *
 * @param random - the seeded generator
 * @param perYear - complaints per year (default 3)
 * @returns the table as a 2D array of cell values
 *
 * @example
 * sampleComplaintRows(createRandom(5)).length; // 13 (header and 12 complaints)
 */
export function sampleComplaintRows(random: Random, perYear = 3): CellValue[][] {
  const days: number[] = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1) {
    const from = Math.max(SAMPLE_FIRST_DAY, dayFromParts(year, 1, 1));
    const to = Math.min(SAMPLE_LAST_DAY, dayFromParts(year, 12, 31));
    for (let i = 0; i < perYear; i += 1) days.push(nextWorkday(random.int(from, to - 2)));
  }
  days.sort((a, b) => a - b);
  const rows = days.map((day): CellValue[] => [
    day,
    random.pick(SUBJECTS),
    random.weighted(TEAMS),
    random.pick(OUTCOMES),
  ]);
  return [[...SAMPLE_COMPLAINT_HEADERS], ...rows];
}
