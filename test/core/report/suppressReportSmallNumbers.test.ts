import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { dayToIso } from "../../../src/core/dates/dayToIso";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { buildReportRow } from "../../../src/core/report/buildReportRow";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { publicationQuantity } from "../../../src/core/report/publicationQuantity";
import { suppressReportSmallNumbers } from "../../../src/core/report/suppressReportSmallNumbers";
import type { ReportRow, ReportTable } from "../../../src/core/reportTable";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../../src/core/sample/generateSampleExport";
import { buildDataset, type CaseRow } from "../../helpers/caseTable";
import { findPublicationLeaks, reportSums, tableById } from "./reportPublicationInvariants";
import { engineOf } from "../../helpers/engineOf";

function countRow(label: string, previous: number, current: number, isTotal = false): ReportRow {
  return buildReportRow({
    label,
    key: label,
    previous,
    current,
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    isTotal,
  });
}

function table(id: string, rows: ReportRow[]): ReportTable {
  return { id, title: id, headers: ["Soort", "a", "b", "Verschil", "Verschil %"], rows };
}

describe("publicationQuantity", () => {
  it("names a quantity by measure and sorted filters", () => {
    expect(publicationQuantity("started")).toBe("started");
    expect(publicationQuantity("active", [{ field: "caseType", values: ["LS", " IT"] }])).toBe(
      "active|caseType=IT,LS"
    );
  });
});

describe("suppressReportSmallNumbers", () => {
  // Table 1 shows Behandeld 40 (current); table 2 splits it: Noord 37, Zuid 3, Totaal 40.
  const first = table("kpis", [countRow("Behandeld", 50, 40)]);
  const second = table("types", [
    countRow("Noord", 45, 37),
    countRow("Zuid", 5, 3),
    countRow("Totaal", 50, 40, true),
  ]);
  const persons = { countsPersons: true };

  it("hides a cell in every table that shows the same quantity", () => {
    const [kpis, types] = suppressReportSmallNumbers(
      [
        { table: first, rows: [{ ...persons, quantity: "active" }] },
        {
          table: second,
          rows: [persons, persons, { ...persons, quantity: "active" }],
          sums: [{ total: 2, parts: [0, 1] }],
        },
      ],
      { threshold: 5 }
    );
    // Zuid 3 is <5; Noord 37 would give it away (40 − 37), so it is hidden. Hidden, Noord would
    // be 40 − (1..4) = 36..39, four values where a "–*" keeps five: the Totaal goes too, and with
    // it Behandeld 40 in the first table, the same quantity.
    expect(types?.rows.map((r) => r.suppressed?.current ?? null)).toEqual([
      "hidden",
      "small",
      "hidden",
    ]);
    expect(kpis?.rows[0]?.suppressed).toEqual({ current: "hidden", delta: true });
  });

  it("hides the twin of a Totaal that had to be hidden, and what that Totaal then exposes elsewhere", () => {
    // Types: IT 5, IA 1 (<5), LS 0, Totaal 6: with the Totaal visible IA = 6 − 5 − 0, so the
    // Totaal goes ("–*": at least 5, so IA is anything from 1 to 4). The KPI table shows the same
    // Totaal as Behandeld 6; an age table splits it as 6 Onbekend, which then goes too.
    const types = table("types", [
      countRow("IT", 20, 5),
      countRow("IA", 20, 1),
      countRow("LS", 20, 0),
      countRow("Totaal", 60, 6, true),
    ]);
    const ages = table("ages", [
      countRow("0–17", 0, 0),
      countRow("Onbekend", 60, 6),
      countRow("Totaal", 60, 6, true),
    ]);
    const active = { ...persons, quantity: "active" };
    const [kpis, outTypes, outAges] = suppressReportSmallNumbers(
      [
        { table: table("kpis", [countRow("Behandeld", 60, 6)]), rows: [active] },
        {
          table: types,
          rows: [persons, persons, persons, active],
          sums: [{ total: 3, parts: [0, 1, 2] }],
        },
        { table: ages, rows: [persons, persons, active], sums: [{ total: 2, parts: [0, 1] }] },
      ],
      { threshold: 5 }
    );
    // The Totaal hidden alone would be 5 + (1..4) + 0 = 6..9: IT goes too.
    expect(outTypes?.rows.map((r) => r.suppressed?.current ?? null)).toEqual([
      "hidden",
      "small",
      null,
      "hidden",
    ]);
    expect(kpis?.rows[0]?.suppressed).toEqual({ current: "hidden", delta: true });
    // Totaal 6 hidden alone would be Σ parts = 0 + 6: Onbekend goes too.
    expect(outAges?.rows.map((r) => r.suppressed?.current ?? null)).toEqual([
      null,
      "hidden",
      "hidden",
    ]);
    expect(outAges?.notes).toEqual([expect.stringMatching(/^–\*: afgeschermd/)]);
    expect(outTypes?.rows.every((r) => r.suppressed?.previous === undefined)).toBe(true);
  });

  it("treats a sum across tables like one within a table", () => {
    const breakdown = table("recidive", [countRow("Opgestart", 30, 30)]);
    const split = table("individual", [countRow("IT", 27, 27), countRow("LS", 3, 3)]);
    const [b, s] = suppressReportSmallNumbers(
      [
        { table: breakdown, rows: [{ ...persons, quantity: "started|caseType=IT,LS" }] },
        {
          table: split,
          rows: [
            { ...persons, quantity: "started|caseType=IT" },
            { ...persons, quantity: "started|caseType=LS" },
          ],
        },
      ],
      { threshold: 5 }
    );
    // LS 3 is <5 and 30 − 27 = 3: IT is hidden too, and then the 30 (IT would be 26..29).
    expect(s?.rows.map((r) => r.suppressed?.current)).toEqual(["hidden", "small"]);
    expect(b?.rows[0]?.suppressed).toEqual({ previous: "hidden", current: "hidden", delta: true });
  });

  it("hides the cheaper cell of a sum first, and a rate with its numerator", () => {
    const rate = buildReportRow({
      label: "Percentage",
      key: "pct",
      previous: 0.1,
      current: 0.1,
      format: "percent",
      polarity: "down",
      deltaKind: "points",
    });
    const [out, breakdown] = suppressReportSmallNumbers(
      [
        {
          table: table("kpis", [
            countRow("Recidive", 10, 10),
            countRow("Opgestart", 100, 100),
            rate,
          ]),
          rows: [
            { ...persons, quantity: "recidive" },
            { ...persons, quantity: "started" },
            {
              countsPersons: false,
              n: { previous: 100, current: 100 },
              hiddenWith: ["recidive", "started"],
            },
          ],
        },
        {
          // Opgestart 12 = recidive 10 + nieuw 2: the 2 is small, so one of the others hides: the
          // 12 (shown once) rather than the recidive 10 (shown twice) first.
          table: table("recidive", [
            countRow("Opgestart", 12, 12),
            countRow("Recidive", 10, 10),
            countRow("nieuw", 2, 2),
          ]),
          rows: [persons, { ...persons, quantity: "recidive" }, persons],
          sums: [{ total: 0, parts: [1, 2] }],
        },
      ],
      { threshold: 5 }
    );
    // Opgestart 12 hidden alone would be 10 + (1..4) = 11..14: the recidive 10 goes too, in
    // both tables, and the rate with its numerator.
    expect(out?.rows.map((r) => r.suppressed?.current ?? null)).toEqual(["hidden", null, "hidden"]);
    expect(breakdown?.rows.map((r) => r.suppressed?.current ?? null)).toEqual([
      "hidden",
      "hidden",
      "small",
    ]);
  });
});

describe("publication mode over the whole report", () => {
  describe("the sample export at threshold 10", () => {
    const sample = generateSampleExport();
    const dataset = loadDataset({
      cases: { rows: sample.cases },
      zrm: { rows: sample.zrm },
      activities: { rows: sample.activities },
      complaints: { rows: sample.complaints },
      asOf: isoToDay(SAMPLE_EXPORT_DATE),
    });
    const report = buildStandardReport(engineOf(dataset), parsePeriod("t/m Q3 2024"), {
      publication: { threshold: 10 },
    });
    const row = (id: string, key: string) => tableById(report, id).rows.find((r) => r.key === key);

    it("hides “Aantal recidive trajecten” with “waarvan gelijke vraag”, so “alleen nieuwe vragen” stays hidden", () => {
      // t/m Q3 2023: recidive 36, of which gelijke vraag 29 and alleen nieuwe vragen 7 (<10).
      expect([
        row("recidive", "recidive")?.previous,
        row("recidive", "sameQuestion")?.previous,
      ]).toEqual([36, 29]);
      expect(row("recidive", "onlyNewQuestions")?.suppressed?.previous).toBe("small");
      expect(row("recidive", "sameQuestion")?.suppressed?.previous).toBe("hidden");
      expect(row("kpis", "recidive")?.previous).toBe(29);
      expect(row("kpis", "recidive")?.suppressed?.previous).toBe("hidden");
      // 29 recidivists (at most the recidive count) would give the 29 back, and the rate too.
      expect(row("kpis", "recidivists")?.previous).toBe(29);
      expect(row("kpis", "recidivists")?.suppressed?.previous).toBe("hidden");
      expect(row("kpis", "recidivePct")?.suppressed?.previous).toBe("hidden");
      // t/m Q3 2024 has nothing to hide there: 35 of which 17 alleen nieuwe vragen.
      expect(row("kpis", "recidive")?.suppressed?.current).toBeUndefined();
      expect(row("kpis", "recidivists")?.suppressed?.current).toBeUndefined();
    });

    it("finds no cell a reader could work out, and keeps meetings visible", () => {
      expect(findPublicationLeaks(report)).toEqual([]);
      expect(reportSums(report).length).toBeGreaterThan(15);
      expect(tableById(report, "activities.bijeenkomsten").rows.some((r) => r.suppressed)).toBe(
        false
      );
      expect(tableById(report, "activities").rows.some((r) => r.suppressed)).toBe(false);
    });
  });

  it("never leaves exactly one hidden cell in a sum, in or across tables, on random small exports", () => {
    const day = (offset: number) => dayToIso(isoToDay("2022-01-01") + offset);
    const caseArb = fc.record({
      client: fc.constantFrom("A", "B", "C", "D", "E", "F", undefined),
      caseType: fc.constantFrom("IT", "IT", "LS", "IA", undefined),
      team: fc.constantFrom("Noord", "Zuid", "West", undefined),
      referrer: fc.constantFrom("Zelfmelder", "Huisarts", "Wijkagent", undefined),
      closeReason: fc.constantFrom("Doel bereikt", "Verhuisd", undefined),
      domains: fc.subarray(["Financiën", "Huisvesting", "Sociaal netwerk", "Justitie"]),
      start: fc.integer({ min: 0, max: 910 }),
      duration: fc.option(fc.integer({ min: 0, max: 400 })),
      age: fc.option(fc.integer({ min: 10, max: 80 })),
    });
    fc.assert(
      fc.property(
        fc.array(caseArb, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(5 as const, 10 as const),
        (cases, threshold) => {
          const rows: CaseRow[] = cases.map((c, i) => ({
            caseId: `c${i}`,
            ...(c.client === undefined ? {} : { clientId: c.client }),
            ...(c.caseType === undefined ? {} : { caseType: c.caseType }),
            ...(c.team === undefined ? {} : { team: c.team }),
            ...(c.referrer === undefined ? {} : { referrer: c.referrer }),
            ...(c.closeReason === undefined ? {} : { closeReason: c.closeReason }),
            ...(c.age === null ? {} : { age: c.age }),
            domains: c.domains,
            registeredOn: day(c.start),
            startedOn: day(c.start),
            ...(c.duration === null ? {} : { closedOn: day(c.start + c.duration) }),
          }));
          const report = buildStandardReport(engineOf(buildDataset(rows)), parsePeriod("H1 2024"), {
            publication: { threshold },
          });
          expect(findPublicationLeaks(report)).toEqual([]);
        }
      ),
      { numRuns: 25 }
    );
  });
});
