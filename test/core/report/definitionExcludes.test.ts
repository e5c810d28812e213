// The "Wat niet meetelt" texts of the registry (docs/definities.md, the Toelichting sheet)
// checked against the engine, from an export as a controller would have it: each test reads
// rows through loadDataset (so the parser's own checks run) and pins what the text claims.
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { getKpi } from "../../../src/core/kpis/kpiRegistry";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import type { CellValue } from "../../../src/core/types";
import { engineOf } from "../../helpers/engineOf";

const HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Verwijzer",
  "Klantoordeel",
] as const;
type Column = (typeof HEADER)[number];

const Q1 = parsePeriod("Q1 2024");

/** Loads cases given as { header: value } (missing columns empty), as of 7-10-2024. */
function load(cases: readonly Partial<Record<Column, CellValue>>[]) {
  const rows: CellValue[][] = [[...HEADER], ...cases.map((c) => HEADER.map((h) => c[h] ?? ""))];
  return loadDataset({ cases: { rows }, asOf: isoToDay("2024-10-07") });
}

function codes(dataset: ReturnType<typeof load>): string[] {
  return dataset.issues.map((i) => i.code);
}

describe("what the registry says a bad value leaves out", () => {
  it("wachttijd: an intake before the registration, an unreadable or a missing date", () => {
    expect(getKpi("meanWaitDays").excludes).toContain("intakedatum vóór de aanmelddatum");
    const dataset = load([
      { Casusnummer: "W1", Aanmelddatum: "1-1-2024", Intakedatum: "11-1-2024" },
      { Casusnummer: "W2", Aanmelddatum: "20-1-2024", Intakedatum: "10-1-2024" },
      { Casusnummer: "W3", Aanmelddatum: "31-02-2024", Intakedatum: "15-1-2024" },
      { Casusnummer: "W4", Startdatum: "1-1-2024", Intakedatum: "20-1-2024" },
    ]);
    // Only W1 counts: 10 days (with W2 the mean would be 0).
    expect(computeKpi(engineOf(dataset), "meanWaitDays", Q1)).toBe(10);
    expect(codes(dataset).sort()).toEqual(["INTAKE_BEFORE_REGISTRATION", "INVALID_DATE"]);
  });

  it("behandeld and afgesloten: an end date before the start; a closed case without a start", () => {
    expect(getKpi("active").excludes).toContain("einddatum vóór de start");
    expect(getKpi("closed").excludes).toContain(
      "zonder start met een einddatum in de periode telt wel"
    );
    const dataset = load([
      { Casusnummer: "A1", Startdatum: "1-1-2024", Einddatum: "1-12-2023" },
      { Casusnummer: "A2", Einddatum: "1-2-2024" },
      { Casusnummer: "A3", Startdatum: "1-1-2024" },
    ]);
    expect(computeKpi(engineOf(dataset), "active", Q1)).toBe(1); // A3
    expect(computeKpi(engineOf(dataset), "closed", Q1)).toBe(1); // A2
    expect(codes(dataset)).toEqual(["CLOSED_BEFORE_START", "MISSING_VALUE"]);
  });

  it("opgestart: an unreadable start date is not replaced by the registration date", () => {
    expect(getKpi("started").excludes).toContain(
      "dan telt de aanmelddatum niet in de plaats daarvan"
    );
    const dataset = load([
      { Casusnummer: "S1", Aanmelddatum: "5-1-2024", Startdatum: "#N/A" },
      { Casusnummer: "S2", Aanmelddatum: "5-1-2024" },
    ]);
    expect(computeKpi(engineOf(dataset), "started", Q1)).toBe(1); // S2
  });

  it("klantoordeel: a rating outside 1–10 or no number", () => {
    const dataset = load([
      { Casusnummer: "R1", Startdatum: "1-1-2024", Einddatum: "1-2-2024", Klantoordeel: 8 },
      { Casusnummer: "R2", Startdatum: "1-1-2024", Einddatum: "1-2-2024", Klantoordeel: 11 },
      { Casusnummer: "R3", Startdatum: "1-1-2024", Einddatum: "1-2-2024", Klantoordeel: "goed" },
    ]);
    expect(computeKpi(engineOf(dataset), "meanRating", Q1)).toBe(8);
    expect(codes(dataset)).toEqual(["RATING_OUT_OF_RANGE", "INVALID_NUMBER"]);
  });

  it("zelfmelders and nieuwe cliënten: no referrer, no client number is out of the base too", () => {
    const dataset = load([
      { Casusnummer: "N0", Cliëntnummer: "K2", Startdatum: "1-1-2023", Einddatum: "1-3-2023" },
      { Casusnummer: "N1", Cliëntnummer: "K1", Startdatum: "1-1-2024", Verwijzer: "Zelfmelder" },
      { Casusnummer: "N2", Startdatum: "1-1-2024", Verwijzer: "Huisarts" },
      { Casusnummer: "N3", Cliëntnummer: "K2", Startdatum: "1-2-2024" },
    ]);
    expect(computeKpi(engineOf(dataset), "selfReferralPct", Q1)).toBe(0.5); // N1 of N1, N2
    expect(computeKpi(engineOf(dataset), "newClientPct", Q1)).toBe(0.5); // N1 of N1, N3
  });

  it("recidive: an earlier case with an unreadable end date is still open (heropening)", () => {
    expect(getKpi("recidive").excludes).toContain("geldt als nog lopend");
    const rows = (closedOn: string) => [
      {
        Casusnummer: "E1",
        Cliëntnummer: "K9",
        Startdatum: "1-1-2022",
        Einddatum: closedOn,
        Hoofddomeinen: "Financiën",
      },
      { Casusnummer: "E2", Cliëntnummer: "K9", Startdatum: "1-2-2024", Hoofddomeinen: "Financiën" },
    ];
    expect(computeKpi(engineOf(load(rows("1-1-2023"))), "recidive", Q1)).toBe(1);
    expect(computeKpi(engineOf(load(rows("1-13-2023"))), "recidive", Q1)).toBe(0);
  });
});
