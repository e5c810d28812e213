/**
 * Collective activities of the sample: one row per meeting (bijeenkomst), with the number
 * of participants when someone registered it.
 *
 * @module
 */
import type { CellValue, Day } from "../types";
import type { Random } from "./createRandom";
import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import { SAMPLE_FIRST_DAY, SAMPLE_LAST_DAY, weekdayOf } from "./sampleDays";

/** Header row of the sample activity table. */
export const SAMPLE_ACTIVITY_HEADERS = [
  "Activiteitnummer",
  "Activiteit",
  "Categorie",
  "Datum",
  "Aantal deelnemers",
] as const;

interface ActivityPlan {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** How often it meets: every week, every other week, the first week of a month, or 8-week courses. */
  readonly rhythm: "week" | "twoWeeks" | "month" | "course";
  /** Day of the week, 1 = Monday. */
  readonly weekday: number;
  /** Mean participants per meeting; null when participants are never registered. */
  readonly participants: number | null;
  /** Continues through the summer holiday. */
  readonly summer?: boolean;
  readonly from?: Day;
}

const PLANS: readonly ActivityPlan[] = [
  {
    id: "A01",
    name: "Thuiskamer Noord",
    category: "Ontmoeting",
    rhythm: "week",
    weekday: 2,
    participants: 14,
    summer: true,
  },
  {
    id: "A02",
    name: "Koffieochtend Centrum",
    category: "Ontmoeting",
    rhythm: "week",
    weekday: 4,
    participants: 9,
  },
  {
    id: "A03",
    name: "Buurtmaaltijd Oost",
    category: "Ontmoeting",
    rhythm: "twoWeeks",
    weekday: 5,
    participants: 22,
  },
  {
    id: "A04",
    name: "Ouderen in beweging",
    category: "Bewegen",
    rhythm: "week",
    weekday: 1,
    participants: 11,
  },
  {
    id: "A05",
    name: "Wandelgroep West",
    category: "Bewegen",
    rhythm: "week",
    weekday: 3,
    participants: 7,
    summer: true,
  },
  { id: "A06", name: "Taalcafé", category: "Taal", rhythm: "week", weekday: 3, participants: 10 },
  {
    id: "A07",
    name: "Voorleesochtend",
    category: "Taal",
    rhythm: "week",
    weekday: 5,
    participants: 6,
  },
  {
    id: "A08",
    name: "Formulierenspreekuur",
    category: "Financiën",
    rhythm: "week",
    weekday: 1,
    participants: 8,
    summer: true,
  },
  {
    id: "A09",
    name: "Cursus Grip op je geld",
    category: "Financiën",
    rhythm: "course",
    weekday: 2,
    participants: 10,
  },
  {
    id: "A10",
    name: "Opvoedcafé",
    category: "Opvoeding",
    rhythm: "month",
    weekday: 4,
    participants: 12,
  },
  {
    id: "A11",
    name: "Weerbaarheidstraining",
    category: "Opvoeding",
    rhythm: "course",
    weekday: 3,
    participants: 12,
  },
  {
    id: "A12",
    name: "Jeugdsoos",
    category: "Jongeren",
    rhythm: "week",
    weekday: 5,
    participants: 18,
  },
  {
    id: "A13",
    name: "Mantelzorgcafé",
    category: "Mantelzorg",
    rhythm: "month",
    weekday: 2,
    participants: 15,
  },
  {
    id: "A14",
    name: "Rouwgroep",
    category: "Lotgenoten",
    rhythm: "twoWeeks",
    weekday: 1,
    participants: 6,
    from: dayFromParts(2022, 3, 1),
  },
  {
    id: "A15",
    name: "Ondersteuning bewonersgroep",
    category: "Bewonersinitiatieven",
    rhythm: "month",
    weekday: 1,
    participants: null,
  },
];

/** Participation grew after the 2021 lockdowns. */
const YEAR_FACTOR: Readonly<Record<number, number>> = {
  2021: 0.8,
  2022: 0.95,
  2023: 1.0,
  2024: 1.12,
};
/** Meetings resumed after the lockdown of early 2021, except the (online) money help. */
const REOPENING: Day = dayFromParts(2021, 5, 17);

/**
 * Writes the activity table of the sample (header first), sorted by date.
 *
 * @param random - the seeded generator
 * @returns the table as a 2D array of cell values
 *
 * @example
 * sampleActivityRows(createRandom(4))[1]; // ['A08', 'Formulierenspreekuur', 'Financiën', 44207, 5]
 */
export function sampleActivityRows(random: Random): CellValue[][] {
  const rows: { day: Day; row: CellValue[] }[] = [];
  for (const plan of PLANS) {
    let first = plan.from ?? SAMPLE_FIRST_DAY;
    while (weekdayOf(first) !== plan.weekday) first += 1;
    for (let day = first, week = 0; day <= SAMPLE_LAST_DAY; day += 7, week += 1) {
      if (!meetsOn(plan, day, week) || isHoliday(day, plan.summer === true)) continue;
      if (day < REOPENING && plan.category !== "Financiën") continue;
      rows.push({
        day,
        row: [plan.id, plan.name, plan.category, day, participantsOf(random, plan, day)],
      });
    }
  }
  rows.sort((a, b) => a.day - b.day || String(a.row[0]).localeCompare(String(b.row[0])));
  return [[...SAMPLE_ACTIVITY_HEADERS], ...rows.map(({ row }) => row)];
}

function meetsOn(plan: ActivityPlan, day: Day, week: number): boolean {
  const { year, day: dayOfMonth } = dayToParts(day);
  switch (plan.rhythm) {
    case "week":
      return true;
    case "twoWeeks":
      return week % 2 === 0;
    case "month":
      return dayOfMonth <= 7;
    case "course": {
      // Eight weekly meetings from the second week of February and of September.
      return [dayFromParts(year, 2, 8), dayFromParts(year, 9, 8)].some(
        (start) => day >= start && day < start + 56
      );
    }
  }
}

function isHoliday(day: Day, runsInSummer: boolean): boolean {
  const { month, day: dayOfMonth } = dayToParts(day);
  if ((month === 12 && dayOfMonth >= 22) || (month === 1 && dayOfMonth <= 4)) return true;
  if (runsInSummer) return false;
  return (month === 7 && dayOfMonth >= 15) || (month === 8 && dayOfMonth <= 25);
}

function participantsOf(random: Random, plan: ActivityPlan, day: Day): CellValue {
  if (plan.participants === null || random.chance(0.04)) return "";
  const mean = plan.participants * (YEAR_FACTOR[dayToParts(day).year] ?? 1);
  return Math.max(1, Math.round(mean + random.normal() * mean * 0.25));
}
