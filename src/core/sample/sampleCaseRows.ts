/**
 * Writes simulated cases as the rows of a registration system's export, with the handful
 * of dirty cells real exports have.
 *
 * @module
 */
import type { CellValue, Day } from "../types";
import type { Random } from "./createRandom";
import { dayFromParts, dayToParts } from "../dates/dayFromParts";
import type { SampleCase } from "./simulateSampleCases";
import { CASE_TYPE_LABELS, DUTCH_MONTHS, OLD_DOMAIN_SPELLING } from "./sampleVocabulary";

/** The header row of the sample case table, as the registration system names its columns. */
export const SAMPLE_CASE_HEADERS = [
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
  "Hoofddomein 3",
  "Afsluitreden",
  "Verwijzer",
  "Team",
  "Medewerker",
  "Geboortedatum",
  "Direct opgelost",
  "Klantoordeel",
  "Kan zelfstandig verder",
  "Complexiteit hulpvraag",
] as const;

type Header = (typeof SAMPLE_CASE_HEADERS)[number];
type TextDateStyle = "numeric" | "monthName" | "iso";

const col = (header: Header): number => SAMPLE_CASE_HEADERS.indexOf(header);

/** A team value that starts with '-': must be written as text, never as a formula. */
export const SAMPLE_NO_TEAM = "- geen team -";

/**
 * Turns cases into export rows (header first) and plants the dirty cells: dates as text,
 * an impossible date, an Excel error value, a duplicated row, an unknown domain, a planned
 * end date after the export, an end before the start, a team starting with '-', an empty
 * row and a "Totaal" row at the end.
 *
 * @param random - the seeded generator
 * @param cases - the simulated cases, sorted
 * @returns the table as a 2D array of cell values
 *
 * @example
 * sampleCaseRows(createRandom(2), simulateSampleCases(createRandom(1), 500)).at(-1)?.[0]; // 'Totaal'
 */
export function sampleCaseRows(random: Random, cases: readonly SampleCase[]): CellValue[][] {
  const rows = cases.map(caseToRow);
  const used = new Set<number>();
  // Each dirty cell goes to its own row, so that each row shows one problem. A small
  // export may have no candidate for some kinds: those are left out.
  const plant = (test: (c: SampleCase) => boolean, spoil: (row: CellValue[]) => void): number => {
    const candidates: number[] = [];
    cases.forEach((c, index) => {
      if (!used.has(index) && test(c)) candidates.push(index);
    });
    if (candidates.length === 0) return -1;
    const index = random.pick(candidates);
    used.add(index);
    spoil(rows[index] as CellValue[]);
    return index;
  };
  const set =
    (header: Header, value: CellValue) =>
    (row: CellValue[]): void => {
      row[col(header)] = value;
    };
  const asText =
    (header: Header, style: TextDateStyle) =>
    (row: CellValue[]): void => {
      row[col(header)] = textDate(Number(row[col(header)]), style);
    };
  const in2024 = (c: SampleCase): boolean => c.registeredOn >= dayFromParts(2024, 1, 1);
  const isClosedIt = (c: SampleCase): boolean =>
    c.type === "IT" && c.closedOn !== null && c.startedOn !== null;
  plant(in2024, asText("Aanmelddatum", "numeric"));
  plant((c) => in2024(c) && c.startedOn !== null, asText("Startdatum", "monthName"));
  plant((c) => c.intakeOn !== null && !in2024(c), asText("Intakedatum", "iso"));
  plant((c) => c.type === "IT" && c.intakeOn !== null, set("Intakedatum", "31-02-2024"));
  plant(isClosedIt, set("Einddatum", "#N/A"));
  // A planned end date typed into an open case: after the export date.
  plant(
    (c) => c.type === "IT" && c.closedOn === null && c.startedOn !== null,
    set("Einddatum", dayFromParts(2024, 12, 31))
  );
  // A typo in the year: closed before it started.
  plant(
    (c) => isClosedIt(c) && (c.startedOn ?? 0) >= dayFromParts(2023, 1, 1),
    (row) => set("Einddatum", Number(row[col("Startdatum")]) - 366)(row)
  );
  for (let i = 0; i < 2; i += 1)
    plant((c) => c.domains.length === 1, set("Hoofddomein 2", "Eenzaamheid"));
  for (let i = 0; i < 3; i += 1) plant((c) => c.type !== "IA", set("Team", SAMPLE_NO_TEAM));
  const duplicateAt = plant(
    (c) => c.type === "IT",
    () => undefined
  );
  const emptyAt = random.int(Math.floor(rows.length / 4), Math.floor((rows.length * 3) / 4));
  const duplicate = (): void => {
    if (duplicateAt >= 0) rows.splice(duplicateAt + 1, 0, [...(rows[duplicateAt] ?? [])]);
  };
  const empty = (): void =>
    void rows.splice(
      emptyAt,
      0,
      SAMPLE_CASE_HEADERS.map(() => "")
    );
  // Insert the later one first, so that the earlier position stays valid.
  if (emptyAt > duplicateAt) {
    empty();
    duplicate();
  } else {
    duplicate();
    empty();
  }
  const total: CellValue[] = SAMPLE_CASE_HEADERS.map(() => "");
  total[0] = "Totaal";
  total[1] = cases.length;
  return [[...SAMPLE_CASE_HEADERS], ...rows, total];
}

function caseToRow(c: SampleCase): CellValue[] {
  const oldSystem = c.registeredOn < dayFromParts(2022, 1, 1);
  const domains = c.domains.map((d) => (oldSystem ? (OLD_DOMAIN_SPELLING[d] ?? d) : d));
  return [
    c.caseId,
    c.client.id === "" ? "" : Number(c.client.id),
    CASE_TYPE_LABELS[c.type],
    c.product,
    c.registeredOn,
    c.intakeOn ?? "",
    c.startedOn ?? "",
    c.closedOn ?? "",
    domains[0] ?? "",
    domains[1] ?? "",
    domains.slice(2).join("; "),
    c.closeReason,
    c.referrer,
    c.team,
    c.staff,
    c.client.birthDate ?? "",
    c.resolvedDirectly,
    c.rating ?? "",
    c.canContinueAlone,
    c.complexity,
  ];
}

/** A day as text the way people type it: "3-1-2024", "15 maart 2024" or ISO with a time. */
function textDate(day: Day, style: TextDateStyle): string {
  const { year, month, day: dayOfMonth } = dayToParts(day);
  if (style === "numeric") return `${dayOfMonth}-${month}-${year}`;
  if (style === "monthName") return `${dayOfMonth} ${DUTCH_MONTHS[month - 1] ?? ""} ${year}`;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(dayOfMonth)} 00:00:00`;
}
