/**
 * ZRM scores of the sample: one row per individual case (IT) × main domain, with the
 * score at the start, the goal, and the score at the end once the case is closed.
 *
 * @module
 */
import type { CellValue } from "../types";
import type { Random } from "./createRandom";
import { dayFromParts } from "../dates/dayFromParts";
import type { SampleCase } from "./simulateSampleCases";
import { OLD_DOMAIN_SPELLING, type WeightTable } from "./sampleVocabulary";

/** Header row of the sample ZRM table. */
export const SAMPLE_ZRM_HEADERS = [
  "Casusnummer",
  "Domein",
  "Beginscore",
  "Eindscore",
  "Doelscore",
] as const;

const BEGIN_SCORES: WeightTable<number> = [
  [1, 25],
  [2, 45],
  [3, 30],
];

const GROWTH: WeightTable<number> = [
  [-1, 4],
  [0, 18],
  [1, 42],
  [2, 28],
  [3, 8],
];

/** Domains where people gain more or less than average (seed: Huisvesting and Financiën grow most). */
const GROWTH_BIAS: Readonly<Record<string, number>> = {
  Huisvesting: 0.3,
  Financiën: 0.2,
  "Geestelijke gezondheid": -0.2,
  "Sociaal netwerk": -0.15,
};

/**
 * Writes the ZRM table of the sample (header first). One end score is out of range (6),
 * as a typo would make it.
 *
 * @param random - the seeded generator
 * @param cases - the simulated cases
 * @returns the table as a 2D array of cell values
 *
 * @example
 * sampleZrmRows(createRandom(3), cases)[1]; // [10001, 'Geestelijke gezondheid', 3, 3, 4]
 */
export function sampleZrmRows(random: Random, cases: readonly SampleCase[]): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const c of cases) {
    if (c.type !== "IT" || c.startedOn === null) continue;
    const oldSystem = c.registeredOn < dayFromParts(2022, 1, 1);
    for (const domain of c.domains) {
      const begin = random.weighted(BEGIN_SCORES);
      const goal = Math.min(5, begin + (random.chance(0.6) ? 1 : 2));
      let end: CellValue = "";
      if (c.closedOn !== null && random.chance(0.92)) {
        const bias = GROWTH_BIAS[domain] ?? 0;
        const nudge = random.chance(Math.abs(bias)) ? Math.sign(bias) : 0;
        end = Math.min(5, Math.max(1, begin + random.weighted(GROWTH) + nudge));
      }
      rows.push([
        c.caseId,
        oldSystem ? (OLD_DOMAIN_SPELLING[domain] ?? domain) : domain,
        begin,
        end,
        goal,
      ]);
    }
  }
  const withEnd = rows.filter((row) => row[3] !== "");
  if (withEnd.length > 0) random.pick(withEnd)[3] = 6;
  return [[...SAMPLE_ZRM_HEADERS], ...rows];
}
