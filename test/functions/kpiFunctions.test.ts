import { computeKpi } from "../../src/core/kpis/computeKpi";
import { KPI_REGISTRY, type KpiDefinition } from "../../src/core/kpis/kpiRegistry";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import {
  generateSampleExport,
  type SampleExport,
} from "../../src/core/sample/generateSampleExport";
import type { CaseFilter, CellValue, Dataset, RecidiveOptions } from "../../src/core/types";
import { clearFunctionCaches, setSettingsReader } from "../../src/functions/loadFunctionData";
import { customFunction, declaredFunctionNames } from "./declaredFunctions";
import {
  caseTable,
  complaintTable,
  copyTable,
  errorOf,
  toPositional,
  toPositionalByMapping,
  zrmTable,
} from "./fixtureTables";
import { engineOf } from "../helpers/engineOf";

const PERIOD = "t/m Q3 2024";
type Table = readonly (readonly CellValue[])[];

/** Calls the function of a KPI with the arguments its kind takes (tables, period, options, filters). */
function callKpi(
  kpi: KpiDefinition,
  tables: { cases: Table; zrm?: Table; activities?: Table; complaints?: Table },
  filters?: unknown[][][],
  recidive?: [unknown, unknown]
): unknown {
  const fn = customFunction(kpi.functionName);
  const cases = copyTable(tables.cases);
  if (kpi.requires === "complaints") return fn(copyTable(tables.complaints ?? []), PERIOD);
  if (kpi.requires === "activities") return fn(copyTable(tables.activities ?? []), PERIOD);
  if (kpi.requires === "zrm") return fn(cases, copyTable(tables.zrm ?? []), PERIOD, filters);
  if (takesRecidiveOptions(kpi)) {
    // minMaanden and zelfdeDomein as given, startveld empty: each where the function takes it.
    const given = { minGapMonths: recidive?.[0] ?? null, sameDomain: recidive?.[1] ?? null };
    const options = (kpi.functionHelp.arguments ?? []).map((id) =>
      id === "minGapMonths" || id === "sameDomain" ? given[id] : null
    );
    return fn(cases, PERIOD, ...options, filters);
  }
  return fn(cases, PERIOD, filters);
}

/** The KPIs whose function takes recidive options: minMaanden, and zelfdeDomein where it reads it. */
function takesRecidiveOptions(kpi: KpiDefinition): boolean {
  return (kpi.functionHelp.arguments ?? []).length > 0;
}

/**
 * The sample export with the columns "Aantal contactmomenten" and "Doorverwezen naar" (which the
 * sample does not have), so that the contact-moment and referral functions have a value to
 * give: 0–15 contact moments, some empty, some unusable; a referral for about a third of the
 * cases, some error values.
 */
function withContacts(sample: SampleExport): SampleExport {
  const contacts = (i: number): CellValue =>
    i % 9 === 0 ? "" : i % 97 === 0 ? "veel" : (i * 7) % 16;
  const referredTo = (i: number): CellValue =>
    i % 89 === 0 ? "#N/A" : i % 3 === 0 ? (i % 2 === 0 ? "GGZ" : "Schuldhulpverlening") : "";
  const cases = sample.cases.map((row, i) => [
    ...row,
    i === 0 ? "Aantal contactmomenten" : contacts(i),
    i === 0 ? "Doorverwezen naar" : referredTo(i),
  ]);
  return { ...sample, cases };
}

const datasets = new WeakMap<SampleExport, Dataset>();

/** The engine's own answer, or 'n/a' where the function answers #N/A (no case qualifies). */
function engineValue(
  sample: SampleExport,
  kpi: KpiDefinition,
  filters?: CaseFilter[],
  recidive?: Partial<RecidiveOptions>
): number | "n/a" {
  let dataset = datasets.get(sample);
  if (dataset === undefined) {
    dataset = loadDataset({
      cases: { rows: sample.cases },
      zrm: { rows: sample.zrm },
      activities: { rows: sample.activities },
      complaints: { rows: sample.complaints },
    });
    datasets.set(sample, dataset);
  }
  const value = computeKpi(engineOf(dataset), kpi.id, parsePeriod(PERIOD), {
    ...(filters ? { filters } : {}),
    ...(recidive ? { recidive } : {}),
  });
  return value ?? "n/a";
}

function answer(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if ((error as { code?: string }).code === "#N/A") return "n/a";
    throw error;
  }
}

describe("the KPI functions", () => {
  let sample: SampleExport;
  let positional: CellValue[][];

  beforeAll(() => {
    sample = withContacts(generateSampleExport({ cases: 1500 }));
    positional = toPositionalByMapping(sample.cases);
  });

  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  it("declares a function for every KPI of the registry, under its Dutch name", () => {
    const declared = declaredFunctionNames();
    for (const kpi of KPI_REGISTRY) {
      expect(kpi.functionName).toMatch(/^[A-Z]+$/);
      expect(declared.has(kpi.functionName)).toBe(true);
    }
    const names = KPI_REGISTRY.map((kpi) => kpi.functionName);
    expect(new Set(names).size).toBe(names.length);
  });

  describe.each(KPI_REGISTRY.map((kpi) => [kpi.functionName, kpi] as const))(
    "WELZIJN.%s",
    (_name, kpi) => {
      it("returns the engine value for the sample export given with its header row", () => {
        const expected = engineValue(sample, kpi);
        expect(typeof expected === "number" || kpi.format !== "count").toBe(true);
        expect(answer(() => callKpi(kpi, sample))).toBe(expected);
      });

      it("returns the same value for the columns given without a header row in the fixed order", () => {
        if (kpi.requires === "complaints") {
          const dates = sample.complaints.slice(1).map((row) => [row[0] as CellValue]);
          expect(answer(() => callKpi(kpi, { cases: positional, complaints: dates }))).toBe(
            engineValue(sample, kpi)
          );
          return;
        }
        if (kpi.requires === "activities") {
          // The fixed order: Activiteitnummer, Naam activiteit, Categorie, Datum, Aantal deelnemers.
          const rows = sample.activities.slice(1);
          expect(answer(() => callKpi(kpi, { cases: positional, activities: rows }))).toBe(
            engineValue(sample, kpi)
          );
          return;
        }
        expect(answer(() => callKpi(kpi, { ...sample, cases: positional }))).toBe(
          engineValue(sample, kpi)
        );
      });
    }
  );

  it.each(
    KPI_REGISTRY.filter((kpi) => kpi.filterable).map((kpi) => [kpi.functionName, kpi] as const)
  )(
    "WELZIJN.%s returns the engine value under a filter on soort traject, in both argument styles",
    (_name, kpi) => {
      const filters = [{ field: "caseType" as const, values: ["IT"] }];
      expect(answer(() => callKpi(kpi, sample, [[["soort traject"]], [["IT"]]]))).toBe(
        engineValue(sample, kpi, filters)
      );
      expect(
        answer(() =>
          callKpi(kpi, { ...sample, cases: positional }, [[["Soort traject"]], [["it"]]])
        )
      ).toBe(engineValue(sample, kpi, filters));
    }
  );

  it("passes the recidive options to the engine", () => {
    const options: Partial<RecidiveOptions> = { minGapMonths: 0, sameDomain: false };
    const ids = KPI_REGISTRY.filter(takesRecidiveOptions).map((kpi) => kpi.id);
    expect(ids).toEqual([
      "recidive",
      "recidivePct",
      "recidivists",
      "recidiveAnyDomain",
      "recidivistsAnyDomain",
      "recidiveSeveralEarlier",
      "recidiveSameQuestion",
      "recidiveNewQuestions",
    ]);
    for (const kpi of KPI_REGISTRY.filter(takesRecidiveOptions)) {
      const expected = engineValue(sample, kpi, undefined, options);
      expect(answer(() => callKpi(kpi, sample, undefined, [0, false]))).toBe(expected);
      expect(expected).not.toBe(engineValue(sample, kpi));
    }
  });

  it("combines several filter pairs with AND and the values of one filter with OR", () => {
    const kpi = KPI_REGISTRY.find((k) => k.id === "active") as KpiDefinition;
    const teams = [...new Set(sample.cases.slice(1).map((row) => row[13]))].slice(0, 2) as string[];
    const filters: CaseFilter[] = [
      { field: "caseType", values: ["IT", "LS"] },
      { field: "team", values: teams },
    ];
    const args = [[["Soort traject"]], [["IT"], ["LS"]], [["Team"]], [teams]];
    expect(callKpi(kpi, sample, args)).toBe(engineValue(sample, kpi, filters));
  });

  describe("on the hand-worked fixture (t/m Q3 2024 = 1-1-2024 t/m 30-9-2024)", () => {
    // Worked out row by row in fixtureTables.ts; see the notes per number.
    const expected: [string, number][] = [
      ["AANMELDINGEN", 5], // C2, C3, C4, C7, C9
      ["INFOADVIES", 1], // C4 (IA, start = aanmelddatum 5-5-2024)
      ["WACHTTIJD", 19.75], // (10 + 10 + 40 + 19) / 4: C2, C3, C5, C9
      ["OPGESTART", 6], // C2, C3, C4, C5, C7, C9
      ["BEHANDELD", 7], // all but C1 and C8 (closed in 2023)
      ["AFGESLOTEN", 2], // C2, C4
      ["LOPEND", 5], // C3, C5 (closes 15-10), C6, C7, C9
      ["DOORLOOPTIJD", 68], // (136 + 0) / 2
      ["DOORLOOPTIJDBEHANDELD", 1212 / 7], // 136 + 182 + 0 + 259 + 548 + 82 + 5
      ["UNIEKECLIENTEN", 5], // K1..K5 (C9 has no client)
      ["HULPVRAGEN", 8], // 2 + 1 + 0 + 2 + 1 + 1 + 1
      ["RECIDIVE", 1], // C2: K1's C1 closed 10-3-2023, ≥ 6 months before 15-2-2024, shares Financiën
      ["RECIDIVEPERCENTAGE", 1 / 6],
      ["RECIDIVISTEN", 1],
      ["RECIDIVEELKDOMEIN", 1], // C2 (C7: K2's C3 is still open, a heropening)
      ["RECIDIVISTENELKDOMEIN", 1], // K1, by C2
      ["RECIDIVEMEERDERE", 0], // C2's client K1 had one earlier case
      ["RECIDIVEGELIJKEVRAAG", 1], // C2 shares Financiën with C1
      ["RECIDIVENIEUWEVRAGEN", 0],
      ["ZELFMELDERS", 2 / 6], // C2 Zelfmelder, C4 Zelf of six started with a referrer
      ["NIEUWECLIENTEN", 3 / 5], // C3, C4, C5 of the five started with a client
      ["KLANTOORDEEL", 8], // (7 + 9) / 2
      ["ZELFSTANDIG", 0.5], // C2 nee, C4 ja
      ["AANMELDLIJST", 1 / 9], // C3 waiting on 31-3 (starts 1-4), nobody at the other month ends
      ["WACHTEND", 0], // C9 started 25-9
      ["ONVOLDOENDE", 0], // C2 7, C4 9
    ];

    it.each(expected)(
      "%s gives %d for the table with its header row and without it",
      (name, value) => {
        const kpi = KPI_REGISTRY.find((k) => k.functionName === name) as KpiDefinition;
        expect(callKpi(kpi, { cases: caseTable() })).toBeCloseTo(value, 12);
        expect(callKpi(kpi, { cases: toPositional(caseTable()) })).toBeCloseTo(value, 12);
      }
    );

    it("DOELSCORE gives 0.5: of C2’s main domains Huisvesting reached its goal, Financiën did not", () => {
      expect(customFunction("DOELSCORE")(caseTable(), zrmTable(), PERIOD)).toBe(0.5);
    });

    it("DOELSCORE follows its filter on rows where the filter changes the value", () => {
      // Closed in 2024 with scores: C2 Financiën 3 < 4 (not reached), Huisvesting 4 ≥ 3; C5 Financiën
      // 4 ≥ 4, Geestelijke gezondheid 5 ≥ 4 (Sociaal netwerk is no main domain of C5).
      const doelscore = customFunction("DOELSCORE");
      expect(doelscore(caseTable(), zrmTable(), "2024")).toBe(3 / 4);
      expect(
        doelscore(caseTable(), zrmTable(), "2024", [[["Afsluitreden"]], [["Doel bereikt"]]])
      ).toBe(1 / 2); // C2 only
      expect(
        doelscore(caseTable(), zrmTable(), "2024", [
          [["hoofddomein"]],
          [["Geestelijke gezondheid"]],
        ])
      ).toBe(1); // C5 only: both its main domains reached their goal
    });

    it("gives the ZRMEINDSCORE and ZRMGROEITOTAAL examples of docs/functies.md", () => {
      const endScore = customFunction("ZRMEINDSCORE");
      const growth = customFunction("ZRMGROEITOTAAL");
      // t/m Q3 2024: C2 Financiën 1 → 3, Huisvesting 2 → 4 (Justitie is no main domain of C2).
      expect(endScore(caseTable(), zrmTable(), PERIOD)).toBe(3.5);
      expect(growth(caseTable(), zrmTable(), PERIOD)).toBe(2);
      // 2024: also C5 Financiën 3 → 4, Geestelijke gezondheid 2 → 5 (Sociaal netwerk is none).
      expect(endScore(caseTable(), zrmTable(), "2024")).toBe((3 + 4 + 4 + 5) / 4);
      // Over the four pairs, not over the three domains of ZRMGROEI ((3 + 2 + 1.5) / 3).
      expect(growth(caseTable(), zrmTable(), "2024")).toBe((2 + 2 + 1 + 3) / 4);
      expect(
        endScore(caseTable(), zrmTable(), "2024", [[["Afsluitreden"]], [["Doel bereikt"]]])
      ).toBe(3.5); // C2 only
      expect(
        endScore(caseTable(), zrmTable(), "2024", [[["hoofddomein"]], [["Geestelijke gezondheid"]]])
      ).toBe(4.5); // C5 only: Financiën 4, Geestelijke gezondheid 5
    });

    it("gives the waiting-list, onvoldoende and referral examples of docs/functies.md", () => {
      // 2023: C6 waiting on 31-3 (starts 1-4), C8 on 31-8 (starts 1-9), C5 on 31-12 (starts
      // 15-1-2024): 3 over 12 months; C5 at the year's end.
      expect(customFunction("AANMELDLIJST")(caseTable(), "2023")).toBe(0.25);
      expect(customFunction("WACHTEND")(caseTable(), "2023")).toBe(1);
      // Closed in 2023 with a rating: C1 8, C8 6 (voldoende).
      expect(customFunction("ONVOLDOENDE")(caseTable(), "2023")).toBe(0);
      // A column Doorverwezen naar with GGZ at C2: of C2 and C4 (closed in the period), C4.
      const table = caseTable().map((row, i) => [
        ...row,
        i === 0 ? "Doorverwezen naar" : row[0] === "C2" ? "GGZ" : "",
      ]);
      expect(customFunction("ZONDERDOORVERWIJZING")(table, PERIOD)).toBe(0.5);
    });

    it("INFOADVIES follows a filter on soort traject on rows where it changes the value", () => {
      // A Direct opgelost column: C3 (LS, registered 10-3-2024) and C7 (IT, 1-7-2024) were resolved
      // directly, C6 (IT, registered 2023) too but outside the period. With C4 (IA) that makes 3.
      const resolved: Record<string, string> = { C3: "ja", C6: "ja", C7: "ja" };
      const table = caseTable().map((row, i) => [
        ...row,
        i === 0 ? "Direct opgelost" : (resolved[String(row[0])] ?? "nee"),
      ]);
      const infoAdvies = customFunction("INFOADVIES");
      expect(infoAdvies(table, PERIOD)).toBe(3);
      expect(infoAdvies(copyTable(table), PERIOD, [[["soort traject"]], [["IT"]]])).toBe(1); // C7
      expect(infoAdvies(copyTable(table), PERIOD, [[["soort traject"]], [["IA"]]])).toBe(1); // C4
      expect(infoAdvies(copyTable(table), PERIOD, [[["soort traject"]], [["LS"]]])).toBe(1); // C3
    });

    it("KLACHTEN counts the complaints dated in the period, with and without a header row", () => {
      expect(customFunction("KLACHTEN")(complaintTable(), PERIOD)).toBe(2);
      expect(
        customFunction("KLACHTEN")(
          complaintTable()
            .slice(1)
            .map((row) => [row[0]]),
          PERIOD
        )
      ).toBe(2);
      expect(customFunction("KLACHTEN")(complaintTable(), "2023")).toBe(1);
    });

    it("filters like COUNTIFS: OPGESTART for IT is 4 (C2, C5, C7, C9)", () => {
      const opgestart = customFunction("OPGESTART");
      expect(opgestart(caseTable(), PERIOD, [[["soort traject"]], [["IT"]]])).toBe(4);
      expect(opgestart(caseTable(), PERIOD, [[["Team"]], [["Zuid"]]])).toBe(3); // C3, C4, C7
      expect(
        opgestart(caseTable(), PERIOD, [[["Team"]], [["Zuid"]], [["soort traject"]], [["IT"]]])
      ).toBe(1); // C7
      expect(opgestart(caseTable(), PERIOD, [[["hoofddomein"]], [["Huisvesting"]]])).toBe(3); // C2, C3, C7
      expect(opgestart(caseTable(), PERIOD, [[["Kan zelfstandig verder"]], [[true]]])).toBe(1); // C4
    });

    it("gives 6 for the STAPELH example of docs/functies.md (columns 1, 5 and 7, empty ones between)", () => {
      const table = caseTable().slice(1);
      const empty = "";
      // STAPELH(A2:A10; Z; Z; Z; D2:D10; Z; F2:F10): casusnummer, aanmelddatum, startdatum.
      const stacked = table.map((row) => [row[0], empty, empty, empty, row[3], empty, row[5]]);
      expect(customFunction("OPGESTART")(stacked, PERIOD)).toBe(6);
      // STAPELH(A2:A10; B2:B10; C2:C10; Z; D2:D10; E2:E10)
      const wait = table.map((row) => [row[0], row[1], row[2], empty, row[3], row[4]]);
      expect(customFunction("WACHTTIJD")(wait, PERIOD)).toBe(19.75);
    });

    it("gives the same numbers when a column headed with the number 2024 is added to the table", () => {
      const table = caseTable().map((row, i) => [...row, i === 0 ? 2024 : i]);
      expect(customFunction("OPGESTART")(table, PERIOD)).toBe(6);
      expect(customFunction("AFGESLOTEN")(copyTable(table), PERIOD)).toBe(2);
      expect(customFunction("BEHANDELD")(copyTable(table), PERIOD)).toBe(7);
    });

    it('RECIDIVE counts from the registration date with startveld "aanmelding"', () => {
      // From aanmelddatum: C2 registered 1-2-2024, K1's C1 closed 10-3-2023 (≥ 6 months): recidive.
      // With a 11-month gap: 10-3-2023 is after 1-2-2024 − 11 months = 1-3-2023, so no longer;
      // from the start date (15-2-2024 − 11 months = 15-3-2023) it still is.
      const recidive = customFunction("RECIDIVE");
      expect(recidive(caseTable(), PERIOD, 11, null, "aanmelding")).toBe(0);
      expect(recidive(caseTable(), PERIOD, 11, null, "start")).toBe(1);
      expect(recidive(caseTable(), PERIOD, 11, null, null)).toBe(1);
      expect(errorOf(() => recidive(caseTable(), PERIOD, null, null, "intake")).message).toBe(
        'startveld moet "start" (startdatum, of anders aanmelddatum) of "aanmelding" (aanmelddatum) zijn, niet "intake".'
      );
    });

    it("RECIDIVE counts C2 also without the shared-domain rule and with a gap of 0 months", () => {
      expect(customFunction("RECIDIVE")(caseTable(), PERIOD, 0, false)).toBe(1);
      expect(customFunction("RECIDIVE")(caseTable(), PERIOD, 12, true)).toBe(0); // closed 10-3-2023 is < 12 months before 15-2-2024
    });
  });

  describe("edge cases", () => {
    it("returns #N/A with a message when no case qualifies for a mean", () => {
      const error = errorOf(() => customFunction("WACHTTIJD")(caseTable(), "jan 2020"));
      expect(error.code).toBe("#N/A");
      expect(error.message).toBe(
        "Geen waarde voor gemiddelde wachttijd in dagen in januari 2020: er zijn geen casussen die meetellen (n = 0)."
      );
    });

    it("returns 0, not an error, for a count over an empty period", () => {
      expect(customFunction("AANMELDINGEN")(caseTable(), "jan 2020")).toBe(0);
    });

    it("accepts the period as a number (a year) and in other forms", () => {
      expect(customFunction("AANMELDINGEN")(caseTable(), 2023)).toBe(4); // C1, C5, C6, C8
      expect(customFunction("AANMELDINGEN")(caseTable(), "1-1-2024 t/m 30-9-2024")).toBe(5);
      expect(customFunction("AANMELDINGEN")(caseTable(), [["Q1 2024"]])).toBe(2); // C2, C3
    });

    it('selects the cases with an empty team by the value "", in the last filter pair too', () => {
      // C3 (LS) and C7 (IT) without a team; both started in the period.
      const table = (): unknown[][] =>
        caseTable().map((row) =>
          row[0] === "C3" || row[0] === "C7" ? [...row.slice(0, 10), "", ...row.slice(11)] : row
        );
      const opgestart = customFunction("OPGESTART");
      expect(opgestart(table(), PERIOD, [[["team"]], [[""]]])).toBe(2);
      expect(opgestart(table(), PERIOD, [[["team"]], [[""]], [[null]]])).toBe(2); // an omitted argument after it
      expect(opgestart(table(), PERIOD, [[["team"]], [[""]], [["soort traject"]], [["IT"]]])).toBe(
        1
      );
      expect(opgestart(table(), PERIOD, [[["soort traject"]], [["IT"]], [["team"]], [[""]]])).toBe(
        1
      );
      // A field with its value left out is still an error, not a filter on empty cells.
      expect(errorOf(() => opgestart(table(), PERIOD, [[["team"]], [[null]]])).message).toMatch(
        /^Filters gaan in paren: /
      );
    });

    it("ignores an omitted repeating argument and empty trailing filter pairs", () => {
      expect(customFunction("OPGESTART")(caseTable(), PERIOD, [])).toBe(6);
      expect(customFunction("OPGESTART")(caseTable(), PERIOD, [[[null]]])).toBe(6);
      expect(
        customFunction("OPGESTART")(caseTable(), PERIOD, [
          [["soort traject"]],
          [["IT"]],
          [[null]],
          [[""]],
        ])
      ).toBe(4);
    });
  });
});
