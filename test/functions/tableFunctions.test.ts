import { dayFromParts } from "../../src/core/dates/dayFromParts";
import { GROUP_REGISTRY } from "../../src/core/kpis/groupRegistry";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { buildStandardReport } from "../../src/core/report/buildStandardReport";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import { GROUP_CHOICES, resolveGroup } from "../../src/functions/groupNames";
import { clearFunctionCaches, setSettingsReader } from "../../src/functions/loadFunctionData";
import { customFunction } from "./declaredFunctions";
import { caseTable, complaintTable, copyTable, errorOf, toPositional } from "./fixtureTables";
import { engineOf } from "../helpers/engineOf";

const PERIOD = "t/m Q3 2024";

describe("the spilled and text functions", () => {
  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  describe("WELZIJN.PERIODE", () => {
    it("returns the start and end date as Excel serials in one row", () => {
      expect(customFunction("PERIODE")(PERIOD)).toEqual([
        [dayFromParts(2024, 1, 1), dayFromParts(2024, 9, 30)],
      ]);
      expect(customFunction("PERIODE")("Q3 2024")).toEqual([[45474, 45565]]); // 1-7-2024 and 30-9-2024 in Excel
      expect(customFunction("PERIODE")(2024)).toEqual([[45292, 45657]]);
    });
  });

  describe("WELZIJN.VORIGJAAR", () => {
    it("returns the same period a year earlier as text", () => {
      expect(customFunction("VORIGJAAR")(PERIOD)).toBe("t/m Q3 2023");
      expect(customFunction("VORIGJAAR")("feb 2025")).toBe("februari 2024");
      expect(customFunction("VORIGJAAR")("1-3-2024 t/m 28-2-2025")).toBe("1-3-2023 t/m 29-2-2024");
    });
  });

  describe("WELZIJN.TOP", () => {
    // Active cases' main domains: Financiën C2 C5 C9, Huisvesting C2 C3 C7, Geestelijke gezondheid C5, Sociaal netwerk C6.
    it("returns the largest groups with their values, largest first, ties by name", () => {
      const top = customFunction("TOP");
      expect(top(caseTable(), PERIOD, "hoofddomein", 3)).toEqual([
        ["Financiën", 3],
        ["Huisvesting", 3],
        ["Geestelijke gezondheid", 1],
      ]);
      expect(top(toPositional(caseTable()), PERIOD, "Hoofddomein", 3)).toEqual(
        top(caseTable(), PERIOD, "hoofddomein", 3)
      );
    });

    it("adds the Overig and Totaal rows on request", () => {
      const rows = customFunction("TOP")(
        caseTable(),
        PERIOD,
        "hoofddomein",
        2,
        true
      ) as unknown[][];
      expect(rows.slice(0, 2)).toEqual([
        ["Financiën", 3],
        ["Huisvesting", 3],
      ]);
      expect(rows.at(-1)).toEqual(["Totaal hulpvragen", 8]);
      expect(rows.map((row) => row[0])).toContain("Overig");
    });

    it("gives each grouping the report’s value, and filters", () => {
      const top = customFunction("TOP");
      expect(top(caseTable(), PERIOD, "afsluitreden")).toEqual([
        ["Doel bereikt", 1], // C2, closed in P
        ["Informatie gegeven", 1], // C4
      ]);
      expect(
        top(caseTable(), PERIOD, "team", 5, false, null, [[["soort traject"]], [["IT"]]])
      ).toEqual([
        ["Noord", 3], // active IT cases C2, C5, C9
        ["Zuid", 2], // C6, C7
      ]);
    });

    // Hand-worked from fixtureTables.ts for every grouping TOP offers (t/m Q3 2024). Active in P:
    // C2, C3, C4, C5, C6, C7, C9; started: C2, C3, C4, C5, C7, C9; closed: C2, C4.
    it.each([
      [
        "soort traject",
        [
          ["IT", 5],
          ["IA", 1],
          ["LS", 1],
        ],
      ], // active IT: C2 C5 C6 C7 C9; IA C4; LS C3
      [
        "team",
        [
          ["Zuid", 4],
          ["Noord", 3],
        ],
      ], // Zuid C3 C4 C6 C7; Noord C2 C5 C9
      [
        "verwijzer",
        [
          ["Huisarts", 2],
          ["Wijkteam", 2],
          ["Zelf", 1],
          ["Zelfmelder", 1],
        ],
      ], // started: C5 C9; C3 C7; C4; C2
      [
        "afsluitreden",
        [
          ["Doel bereikt", 1],
          ["Informatie gegeven", 1],
        ],
      ], // closed: C2; C4
      [
        "klantoordeel",
        [
          ["7", 1],
          ["9", 1],
        ],
      ], // closed with a rating: C2 7, C4 9; in the order 1..10
      [
        "complexiteit",
        [
          ["Niet complex", 4],
          ["Redelijk complex", 2],
          ["Onbekend", 1],
        ],
      ], // 1 domain: C3 C6 C7 C9; 2: C2 C5; none: C4
      // started per month, in calendar order; March, June and August have active cases but no starts
      [
        "maand",
        [
          ["jan 2024", 1],
          ["feb 2024", 1],
          ["mrt 2024", 0],
          ["apr 2024", 1],
          ["mei 2024", 1],
          ["jun 2024", 0],
          ["jul 2024", 1],
          ["aug 2024", 0],
          ["sep 2024", 1],
        ],
      ],
    ])("gives the hand-worked groups for %s", (name, expected) => {
      expect(customFunction("TOP")(caseTable(), PERIOD, name, 10)).toEqual(expected);
      expect(customFunction("TOP")(toPositional(caseTable()), PERIOD, name, 10)).toEqual(expected);
    });

    it("shows another measure of the grouping on request, in the report's order of the groups", () => {
      const top = customFunction("TOP");
      // Closed in P: IT C2 (15-2 → 30-6-2024, 136 days), IA C4 (0 days), LS none.
      expect(top(caseTable(), PERIOD, "soort traject", 5, false, "doorlooptijd")).toEqual([
        ["IT", 136],
        ["IA", 0],
        ["LS", "–"],
      ]);
      // Intakes in P: Zuid C3 (10 days); Noord C2 (10), C5 (40), C9 (19): 23. Totaal 19,75.
      expect(top(caseTable(), PERIOD, "team", 5, true, "wachttijd")).toEqual([
        ["Zuid", 10],
        ["Noord", 23],
        ["Totaal", 19.75],
      ]);
      expect(top(caseTable(), PERIOD, "team", 5, false, "Opgestart")).toEqual([
        ["Zuid", 3], // C3 C4 C7
        ["Noord", 3], // C2 C5 C9
      ]);
      expect(top(caseTable(), PERIOD, "team", 5, false, "afgesloten")).toEqual([
        ["Zuid", 1], // C4
        ["Noord", 1], // C2
      ]);
      // Active per month: Jan C5 C6; Feb–Mar + C2; Apr + C3; May + C4; Jun without C4; Jul–Aug C3 C5 C6 C7; Sep + C9.
      expect(
        (top(caseTable(), PERIOD, "maand", 12, false, "behandeld") as unknown[][]).map(
          (row) => row[1]
        )
      ).toEqual([2, 3, 3, 4, 5, 4, 4, 4, 5]);
    });

    it("refuses a measure the grouping does not have, listing those it has", () => {
      expect(
        errorOf(() =>
          customFunction("TOP")(caseTable(), PERIOD, "hoofddomein", 5, false, "wachttijd")
        )
      ).toEqual({
        code: "#VALUE!",
        message: 'Onbekende maat "wachttijd" bij hoofddomein. Kies uit: behandeld.',
      });
      expect(
        errorOf(() =>
          customFunction("TOP")(caseTable(), PERIOD, "soort traject", 5, false, "soort traject")
        ).message
      ).toBe('Onbekende maat "soort traject" bij type traject. Kies uit: behandeld, doorlooptijd.');
    });

    it("offers every grouping of the registry that reads the case table only", () => {
      const offered = GROUP_CHOICES.map((name) => resolveGroup(name).id).sort();
      expect(offered).toEqual(
        GROUP_REGISTRY.filter((group) => group.requires === undefined)
          .map((group) => group.id)
          .sort()
      );
    });
  });

  describe("WELZIJN.KPIS", () => {
    it('returns the report’s "Inzicht meetbare resultaten" table with a header row', () => {
      const sample = generateSampleExport({ cases: 800 });
      const period = parsePeriod(PERIOD);
      const dataset = loadDataset({
        cases: { rows: sample.cases },
        complaints: { rows: sample.complaints },
      });
      const table = buildStandardReport(engineOf(dataset), period).tables.find(
        (t) => t.id === "kpis"
      );
      if (table === undefined) throw new Error("the standard report has no kpis table");
      const spilled = customFunction("KPIS")(
        copyTable(sample.cases),
        PERIOD,
        copyTable(sample.complaints)
      ) as unknown[][];
      expect(spilled[0]).toEqual([...table.headers]);
      expect(spilled.slice(1).map((row) => row[0])).toEqual(table.rows.map((row) => row.label));
      spilled.slice(1).forEach((row, k) => {
        const expected = table.rows[k];
        expect(row[1]).toBe(expected?.previous ?? "–");
        expect(row[2]).toBe(expected?.current ?? "–");
        expect(row[3]).toBe(expected?.delta ?? "–");
        expect(row[4]).toBe(expected?.deltaPct ?? (expected?.deltaKind === "points" ? "" : "–"));
      });
    });

    it("in publication mode shows what the published report shows, twins in other tables included", () => {
      setSettingsReader(() => ({ version: 1, reports: [], publication: { threshold: 10 } }));
      const sample = generateSampleExport({ cases: 800 });
      const dataset = loadDataset({
        cases: { rows: sample.cases },
        complaints: { rows: sample.complaints },
      });
      const published = buildStandardReport(engineOf(dataset), parsePeriod(PERIOD), {
        publication: { threshold: 10 },
      }).tables.find((t) => t.id === "kpis");
      if (published === undefined) throw new Error("the standard report has no kpis table");
      const spilled = customFunction("KPIS")(
        copyTable(sample.cases),
        PERIOD,
        copyTable(sample.complaints),
        true
      ) as unknown[][];
      const hidden = (text: unknown): boolean => text === "<10" || text === "–*";
      // Every row hidden in the report is hidden in the function, and the other way round.
      const hiddenInReport = published.rows.map((row) => [
        row.suppressed?.previous !== undefined,
        row.suppressed?.current !== undefined,
      ]);
      const hiddenInFunction = spilled
        .slice(1, 1 + published.rows.length)
        .map((row) => [hidden(row[1]), hidden(row[2])]);
      expect(hiddenInFunction).toEqual(hiddenInReport);
      expect(hiddenInFunction.flat().some(Boolean)).toBe(true);
    });

    // Hand-worked from fixtureTables.ts. t/m Q3 2023 = 1-1-2023 t/m 30-9-2023: registered C1, C6,
    // C8; started C1, C6, C8; active C1, C6, C8; closed C1; open on 30-9-2023 C6, C8; clients K1,
    // K5, K6; help questions 1 + 1 + 1. Recidive over IT and LS: in 2024 C2 of the five started IT/LS
    // cases C2, C3, C5, C7, C9 (C4 is IA).
    const HAND_WORKED: (string | number)[][] = [
      ["Soort KPI", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
      ["Aantal aanmeldingen", 3, 5, 2, 2 / 3],
      ["Aantal informatie en advies (opgestart of direct opgelost)", 0, 1, 1, "–"], // no Δ% from 0
      // (10 + 31 + 5) / 3 and 19,75 days, whole days as the report shows them; a mean has no Δ%.
      ["Gemiddelde wachttijd in dagen", 15, 20, 5, ""],
      ["Opgestart", 3, 6, 3, 1],
      ["Behandeld (in behandeling)", 3, 7, 4, 4 / 3],
      ["Afgesloten", 1, 2, 1, 1],
      ["Lopend per einddatum", 2, 5, 3, 1.5],
      ["Aantal unieke cliënten", 3, 5, 2, 2 / 3],
      ["Aantal hulpvragen", 3, 8, 5, 5 / 3],
      ["Aantal recidive trajecten, zelfde hoofddomein (IT+LS)", 0, 1, 1, "–"],
      ["Aantal recidivisten, zelfde hoofddomein (IT+LS)", 0, 1, 1, "–"],
      ["Percentage recidive, zelfde hoofddomein (IT+LS)", 0, 1 / 5, 1 / 5, ""],
      ["Klachten", 1, 2, 1, 1],
    ];

    function expectTable(actual: unknown[][], expected: (string | number)[][]): void {
      expect(actual.map((row) => row[0])).toEqual(expected.map((row) => row[0]));
      actual.forEach((row, i) =>
        row.forEach((cell, j) => {
          const want = expected[i]?.[j];
          if (typeof want === "number") expect(cell).toBeCloseTo(want, 12);
          else expect(cell).toBe(want);
        })
      );
    }

    it("gives the hand-worked table, Δ and Δ% included, for the table with its header row", () => {
      expectTable(
        customFunction("KPIS")(caseTable(), PERIOD, complaintTable()) as unknown[][],
        HAND_WORKED
      );
    });

    it("gives the same table for columns without a header row and a complaints column without one", () => {
      const dates = complaintTable()
        .slice(1)
        .map((row) => [row[0] as string | number]);
      expectTable(
        customFunction("KPIS")(toPositional(caseTable()), PERIOD, dates) as unknown[][],
        HAND_WORKED
      );
    });

    it("gives hand-worked numbers on the fixture and Dutch text when asked", () => {
      const spilled = customFunction("KPIS")(caseTable(), PERIOD, complaintTable()) as unknown[][];
      expect(spilled[0]).toEqual([
        "Soort KPI",
        "t/m Q3 2023",
        "t/m Q3 2024",
        "Verschil",
        "Verschil %",
      ]);
      expect(spilled[1]).toEqual(["Aantal aanmeldingen", 3, 5, 2, 2 / 3]); // 2023: C1, C6, C8
      expect(spilled.at(-1)).toEqual(["Klachten", 1, 2, 1, 1]);
      const text = customFunction("KPIS")(
        caseTable(),
        PERIOD,
        complaintTable(),
        true
      ) as unknown[][];
      expect(text[1]).toEqual(["Aantal aanmeldingen", "3", "5", "+2", "+66,7%"]);
      const wait = text.find((row) => row[0] === "Gemiddelde wachttijd in dagen");
      expect(wait).toEqual(["Gemiddelde wachttijd in dagen", "15", "20", "+5", ""]); // (10 + 31 + 5) / 3 and 19,75, shown as whole days
    });

    it("uses the recidive options the task pane stored", () => {
      // A gap of 12 months: C2 started 15-2-2024, 11 months after K1's C1 closed (10-3-2023).
      setSettingsReader(() => ({ version: 1, reports: [], recidive: { minGapMonths: 12 } }));
      const spilled = customFunction("KPIS")(caseTable(), PERIOD) as unknown[][];
      expect(
        spilled.find((row) => row[0] === "Aantal recidive trajecten, zelfde hoofddomein (IT+LS)")
      ).toEqual(["Aantal recidive trajecten, zelfde hoofddomein (IT+LS)", 0, 0, 0, "–"]);
      setSettingsReader(() => ({
        version: 1,
        reports: [],
        recidive: { startField: "registeredOn", minGapMonths: 11 },
      }));
      // From the registration (1-2-2024) C1's closing is less than 11 months back.
      expect(
        (customFunction("KPIS")(caseTable(), PERIOD) as unknown[][]).find(
          (row) => row[0] === "Aantal recidive trajecten, zelfde hoofddomein (IT+LS)"
        )?.[2]
      ).toBe(0);
      setSettingsReader(() => ({ version: 1, reports: [], recidive: { minGapMonths: 11 } }));
      expect(
        (customFunction("KPIS")(caseTable(), PERIOD) as unknown[][]).find(
          (row) => row[0] === "Aantal recidive trajecten, zelfde hoofddomein (IT+LS)"
        )?.[2]
      ).toBe(1);
    });

    it("applies the stored publication mode: small person counts <5, rates over few cases hidden, a legend", () => {
      setSettingsReader(() => ({ version: 1, reports: [], publication: { threshold: 5 } }));
      const spilled = customFunction("KPIS")(caseTable(), PERIOD, complaintTable()) as unknown[][];
      const row = (label: string): unknown[] | undefined => spilled.find((r) => r[0] === label);
      expect(row("Aantal aanmeldingen")).toEqual(["Aantal aanmeldingen", "<5", 5, "–*", "–*"]);
      expect(row("Afgesloten")).toEqual(["Afgesloten", "<5", "<5", "–*", "–*"]);
      // A mean over 3 and 4 intakes is hidden; 0 is not a small number.
      expect(row("Gemiddelde wachttijd in dagen")).toEqual([
        "Gemiddelde wachttijd in dagen",
        "–*",
        "–*",
        "–*",
        "",
      ]);
      expect(row("Aantal recidive trajecten, zelfde hoofddomein (IT+LS)")).toEqual([
        "Aantal recidive trajecten, zelfde hoofddomein (IT+LS)",
        0,
        "<5",
        "–*",
        "–*",
      ]);
      // Klachten are not person counts and stay visible.
      expect(row("Klachten")).toEqual(["Klachten", 1, 2, 1, 1]);
      const legend = spilled.slice(HAND_WORKED.length);
      expect(legend.map((r) => String(r[0]).slice(0, 3))).toEqual(["<5:", "–*:"]);
      expect(legend.every((r) => r.length === 5 && r.slice(1).every((c) => c === ""))).toBe(true);
      const text = customFunction("KPIS")(
        caseTable(),
        PERIOD,
        complaintTable(),
        true
      ) as unknown[][];
      // As in the published report: 3 help questions in 2023 is the Totaal of the domain table,
      // whose domain rows (person counts below 5) it would give away, so it is hidden there too.
      expect(text.find((r) => r[0] === "Aantal hulpvragen")).toEqual([
        "Aantal hulpvragen",
        "<5",
        "8",
        "–*",
        "–*",
      ]);
    });

    it("leaves out the Klachten row without a complaints table", () => {
      const spilled = customFunction("KPIS")(caseTable(), PERIOD) as unknown[][];
      expect(spilled.map((row) => row[0])).not.toContain("Klachten");
    });
  });

  describe("edge cases", () => {
    it("answers #N/A from TOP when no group has cases in the period", () => {
      expect(errorOf(() => customFunction("TOP")(caseTable(), "jan 2020", "team"))).toEqual({
        code: "#N/A",
        message: "Geen team met casussen in januari 2020.",
      });
    });

    it("names the column TOP needs and the table lacks", () => {
      expect(errorOf(() => customFunction("TOP")(caseTable(), PERIOD, "product")).message).toBe(
        'De groepering "product" kan niet berekend worden: de tabel mist Product.'
      );
    });

    it("refuses a top N that is not a whole number of 1 or more", () => {
      expect(errorOf(() => customFunction("TOP")(caseTable(), PERIOD, "team", 0)).message).toBe(
        'aantal moet een geheel getal van 1 of meer zijn, niet "0".'
      );
    });
  });
});
