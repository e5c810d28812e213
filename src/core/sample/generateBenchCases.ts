/**
 * Large synthetic case tables for the benchmark, shaped like Office.js `range.values`.
 *
 * @module
 */
import { dayFromParts } from "../dates/dayFromParts";
import type { CellValue } from "../types";
import { createRandom } from "./createRandom";
import { CLOSE_REASONS, DOMAINS, REFERRERS, TEAMS } from "./sampleVocabulary";

/** Header row of the benchmark case table (16 columns). */
export const BENCH_CASE_HEADERS = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Product",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomein 1",
  "Hoofddomein 2",
  "Afsluitreden",
  "Verwijzer",
  "Team",
  "Geboortedatum",
  "Direct opgelost",
  "Klantoordeel",
] as const;

const PRODUCTS = [
  "AMW",
  "SMW",
  "Huiselijk geweld",
  "OCO",
  "Schoolmaatschappelijk werk",
  "Jongerenwerk",
];
const DOMAIN_NAMES = DOMAINS.map(([name]) => name);
const REASONS = CLOSE_REASONS.map(([name]) => name);
const REFERRER_NAMES = REFERRERS.map(([name]) => name);
const TEAM_NAMES = TEAMS.map(([name]) => name);
const FIRST_DAY = dayFromParts(2022, 1, 1);
const LAST_DAY = dayFromParts(2024, 12, 31);

/**
 * Generates a seeded case table for the benchmark: a header row and `rows` cases registered
 * over 2022–2024 (so that "t/m Q3 2024" and its previous year both have data), with dates as
 * Excel serials, text categories and '' for empty cells, as Office.js `range.values` delivers
 * them. Clients return (the client pool is 80% of the rows), so recidive has work to do.
 * About a second per million rows; no dirty cells.
 *
 * @param rows - number of cases (data rows)
 * @param seed - seed of the random generator
 * @returns the table, header row first
 *
 * @example
 * const table = generateBenchCases(10_000, 1);
 * table.length; // 10001
 */
export function generateBenchCases(rows: number, seed: number): CellValue[][] {
  const random = createRandom(seed);
  const next = random.next;
  const pick = (items: readonly string[]): string =>
    items[Math.floor(next() * items.length)] as string;
  const clients = Math.max(1, Math.floor(rows * 0.8));
  const span = LAST_DAY - FIRST_DAY + 1;
  const table: CellValue[][] = new Array(rows + 1);
  table[0] = [...BENCH_CASE_HEADERS];
  for (let i = 1; i <= rows; i += 1) {
    const u = next();
    const type =
      u < 0.45 ? "Individueel traject" : u < 0.6 ? "Leun en steun" : "Informatie en advies";
    const registered = FIRST_DAY + Math.floor(next() * span);
    let intake: CellValue = "";
    let start: CellValue = "";
    let closed: CellValue = "";
    if (type === "Informatie en advies") {
      closed = registered + Math.floor(next() * 4);
    } else {
      const intakeDay = registered + 1 + Math.floor(next() * 40);
      const startDay = intakeDay + Math.floor(next() * 8);
      intake = intakeDay;
      start = startDay;
      if (next() < 0.9) closed = startDay + 14 + Math.floor(next() * 600);
    }
    if (typeof closed === "number" && closed > LAST_DAY) closed = "";
    const isClosed = closed !== "";
    table[i] = [
      1_000_000 + i,
      next() < 0.03 ? "" : 1 + Math.floor(next() * clients),
      type,
      pick(PRODUCTS),
      registered,
      intake,
      start,
      closed,
      pick(DOMAIN_NAMES),
      next() < 0.45 ? pick(DOMAIN_NAMES) : "",
      isClosed ? pick(REASONS) : "",
      pick(REFERRER_NAMES),
      pick(TEAM_NAMES),
      registered - 4380 - Math.floor(next() * 28_000),
      type === "Informatie en advies" && next() < 0.35 ? "Ja" : "Nee",
      isClosed && next() < 0.4 ? 5 + Math.floor(next() * 6) : "",
    ];
  }
  return table;
}
