/**
 * Small hand-made tables for the custom-function tests. The numbers in the tests are worked out
 * by hand from these rows (see the comments there); dates mix text and Excel serials on purpose.
 */
import { dayFromParts } from "../../src/core/dates/dayFromParts";
import { proposeMapping } from "../../src/core/mapping/proposeMapping";
import type { CellValue } from "../../src/core/types";
import { POSITIONAL_FIELDS } from "../../src/functions/tableLayout";

/** Excel serial of a calendar date. */
export const serial = (y: number, m: number, d: number): number => dayFromParts(y, m, d);

export const CASE_HEADERS = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Afsluitreden",
  "Verwijzer",
  "Team",
  "Klantoordeel",
  "Kan zelfstandig verder",
];

/** Nine cases around "t/m Q3 2024" (1-1-2024 t/m 30-9-2024) and the same period of 2023. */
export const CASE_ROWS: (string | number)[][] = [
  [
    "C1",
    "K1",
    "Individueel traject",
    "5-1-2023",
    "15-1-2023",
    serial(2023, 1, 20),
    "10-3-2023",
    "Financiën",
    "Doel bereikt",
    "Huisarts",
    "Noord",
    8,
    "ja",
  ],
  [
    "C2",
    "K1",
    "Individueel traject",
    "1-2-2024",
    "11-2-2024",
    serial(2024, 2, 15),
    "30-6-2024",
    "Financiën; Huisvesting",
    "Doel bereikt",
    "Zelfmelder",
    "Noord",
    7,
    "nee",
  ],
  [
    "C3",
    "K2",
    "Leun en steun",
    "10-3-2024",
    "20-3-2024",
    "1-4-2024",
    "",
    "Huisvesting",
    "",
    "Wijkteam",
    "Zuid",
    "",
    "",
  ],
  [
    "C4",
    "K3",
    "Informatie en advies",
    "5-5-2024",
    "",
    "",
    "5-5-2024",
    "",
    "Informatie gegeven",
    "Zelf",
    "Zuid",
    9,
    "ja",
  ],
  [
    "C5",
    "K4",
    "Individueel traject",
    "1-12-2023",
    "10-1-2024",
    "15-1-2024",
    "15-10-2024",
    "Geestelijke gezondheid, Financiën",
    "",
    "Huisarts",
    "Noord",
    "",
    "",
  ],
  [
    "C6",
    "K5",
    "Individueel traject",
    "1-3-2023",
    "1-4-2023",
    "1-4-2023",
    "",
    "Sociaal netwerk",
    "",
    "Huisarts",
    "Zuid",
    "",
    "",
  ],
  [
    "C7",
    "K2",
    "Individueel traject",
    "1-7-2024",
    "",
    "10-7-2024",
    "",
    "Huisvesting",
    "",
    "Wijkteam",
    "Zuid",
    "",
    "",
  ],
  [
    "C8",
    "K6",
    "Leun en steun",
    "15-8-2023",
    "20-8-2023",
    "1-9-2023",
    "1-12-2023",
    "Financiën",
    "Verhuisd",
    "Zelfmelder",
    "Noord",
    6,
    "nee",
  ],
  [
    "C9",
    "",
    "Individueel traject",
    serial(2024, 9, 1),
    serial(2024, 9, 20),
    serial(2024, 9, 25),
    "",
    "Financiën",
    "",
    "Huisarts",
    "Noord",
    "",
    "",
  ],
];

/** The case table with its header row (a fresh copy each call, as Excel passes it). */
export function caseTable(): (string | number)[][] {
  return [[...CASE_HEADERS], ...CASE_ROWS.map((row) => [...row])];
}

const HEADER_FIELDS: Record<string, string> = {
  Casusnummer: "caseId",
  Cliëntnummer: "clientId",
  "Soort traject": "caseType",
  Aanmelddatum: "registeredOn",
  Intakedatum: "intakeOn",
  Startdatum: "startedOn",
  Einddatum: "closedOn",
  Hoofddomeinen: "mainDomains",
  Afsluitreden: "closeReason",
  Verwijzer: "referrer",
  Team: "team",
  Klantoordeel: "rating",
  "Kan zelfstandig verder": "canContinueAlone",
};

/**
 * A table with a header row rewritten as header-less columns in the fixed order of
 * POSITIONAL_FIELDS.cases (fields the table lacks become empty columns; trailing ones are cut).
 */
export function toPositional(
  table: readonly (readonly (string | number)[])[]
): (string | number)[][] {
  const [headers, ...rows] = table;
  const order = POSITIONAL_FIELDS.cases;
  const source = order.map((field) =>
    (headers ?? []).findIndex((header) => HEADER_FIELDS[String(header)] === field)
  );
  let width = order.length;
  while (width > 0 && source[width - 1] === -1) width--;
  return rows.map((row) =>
    source.slice(0, width).map((column) => (column >= 0 ? (row[column] ?? "") : ""))
  );
}

/**
 * ZRM scores: C2 (closed in P) on both main domains and Justitie (not a main domain), C1 (closed
 * in 2023) on Financiën, C5 (closed 15-10-2024, after P but in 2024) on both main domains and
 * Sociaal netwerk (not a main domain).
 */
export function zrmTable(): (string | number)[][] {
  return [
    ["Casusnummer", "Domein", "Beginscore", "Eindscore", "Doelscore"],
    ["C1", "Financiën", 2, 4, 3],
    ["C2", "Financiën", 1, 3, 4],
    ["C2", "Huisvesting", 2, 4, 3],
    ["C2", "Justitie", 2, 2, 2],
    ["C5", "Financiën", 3, 4, 4],
    ["C5", "Geestelijke gezondheid", 2, 5, 4],
    ["C5", "Sociaal netwerk", 1, 5, 3],
  ];
}

/**
 * Meetings of collective activities: in t/m Q3 2024 Open inloop A1 twice (12 + 8), Taal A2
 * twice (6, one without a number) and A5 once (4), Bewegen A3 once (no number); A3 again after
 * the period, A4 in 2023.
 */
export function activityTable(): (string | number)[][] {
  return [
    ["Activiteitnummer", "Naam activiteit", "Categorie", "Datum", "Aantal deelnemers"],
    ["A1", "Inloop Noord", "Open inloop", "10-1-2024", 12],
    ["A1", "Inloop Noord", "Open inloop", serial(2024, 2, 7), 8],
    ["A2", "Taalcafé", "Taal", "15-3-2024", 6],
    ["A2", "Taalcafé", "Taal", "12-9-2024", ""],
    ["A5", "Leesclub", "Taal", "20-6-2024", 4],
    ["A3", "Wandelgroep", "Bewegen", "1-4-2024", ""],
    ["A3", "Wandelgroep", "Bewegen", "1-10-2024", 9],
    ["A4", "Inloop Zuid", "Open inloop", "5-5-2023", 10],
  ];
}

/** Complaints: two in t/m Q3 2024, one in 2023, one after the period. */
export function complaintTable(): (string | number)[][] {
  return [
    ["Datum klacht", "Omschrijving"],
    ["3-2-2024", "Wachttijd"],
    [serial(2024, 9, 30), "Bejegening"],
    ["1-6-2023", "Bereikbaarheid"],
    ["1-10-2024", "Later"],
  ];
}

/**
 * Any table with a header row rewritten as header-less columns in POSITIONAL_FIELDS order, by the
 * core's own auto-mapping; the main-domain columns are joined into one cell ("A; B").
 */
export function toPositionalByMapping(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const mapping = proposeMapping(rows, "cases");
  const order = POSITIONAL_FIELDS.cases;
  let width = order.length;
  const has = (field: string): boolean =>
    field === "mainDomains"
      ? mapping.domainColumns.length > 0
      : mapping.fields[field] !== undefined;
  while (width > 0 && !has(order[width - 1] as string)) width--;
  return rows.slice(mapping.headerRowIndex + 1).map((row) =>
    order.slice(0, width).map((field) => {
      if (field === "mainDomains") {
        return mapping.domainColumns
          .map((column) => row[column.column])
          .filter((cell) => cell !== "" && cell !== null && cell !== undefined)
          .join("; ");
      }
      const column = mapping.fields[field]?.column;
      return column === undefined ? "" : (row[column] ?? "");
    })
  );
}

/** A fresh deep copy of a table, as Excel passes a new array to every call. */
export function copyTable<T>(rows: readonly (readonly T[])[]): T[][] {
  return rows.map((row) => [...row]);
}

/** What a custom function threw: its Excel error code and message. */
export function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error("expected the function to return an Excel error");
}
