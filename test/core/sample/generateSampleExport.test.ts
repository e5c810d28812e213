import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { INDIVIDUAL_FILTER } from "../../../src/core/report/standardReportTables";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
  type SampleExport,
} from "../../../src/core/sample/generateSampleExport";
import { SAMPLE_ACTIVITY_HEADERS } from "../../../src/core/sample/sampleActivityRows";
import { SAMPLE_CASE_HEADERS, SAMPLE_NO_TEAM } from "../../../src/core/sample/sampleCaseRows";
import { SAMPLE_COMPLAINT_HEADERS } from "../../../src/core/sample/sampleComplaintRows";
import { SAMPLE_ZRM_HEADERS } from "../../../src/core/sample/sampleZrmRows";
import type { CellValue } from "../../../src/core/types";
import { engineOf } from "../../helpers/engineOf";

const sample: SampleExport = generateSampleExport();
const col = (header: (typeof SAMPLE_CASE_HEADERS)[number]): number =>
  SAMPLE_CASE_HEADERS.indexOf(header);
/** Data rows of the case table without the empty row and the "Totaal" row. */
const caseRows = sample.cases
  .slice(1)
  .filter((row) => row.some((cell) => cell !== "") && row[0] !== "Totaal");
const FIRST_DAY = 44200; // 2021-01-04
const EXPORT_DAY = 45572; // 2024-10-07

function share(rows: readonly CellValue[][], test: (row: readonly CellValue[]) => boolean): number {
  return rows.filter(test).length / rows.length;
}

describe("generateSampleExport", () => {
  it("returns the same export for the same seed", () => {
    expect(generateSampleExport({ seed: 7, cases: 300 })).toEqual(
      generateSampleExport({ seed: 7, cases: 300 })
    );
  });

  it("returns another export for another seed", () => {
    expect(generateSampleExport({ seed: 8, cases: 300 }).cases).not.toEqual(
      generateSampleExport({ seed: 7, cases: 300 }).cases
    );
  });

  it("never calls Math.random", () => {
    const spy = jest.spyOn(Math, "random");
    generateSampleExport({ cases: 200 });
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("starts every table with its Dutch header row", () => {
    expect(sample.cases[0]).toEqual([...SAMPLE_CASE_HEADERS]);
    expect(sample.zrm[0]).toEqual([...SAMPLE_ZRM_HEADERS]);
    expect(sample.activities[0]).toEqual([...SAMPLE_ACTIVITY_HEADERS]);
    expect(sample.complaints[0]).toEqual([...SAMPLE_COMPLAINT_HEADERS]);
  });

  it("writes the first case of the default sample as pinned", () => {
    // Pinned so that a change to the generator (and so to assets/voorbeeld-export.xlsx) is noticed.
    expect(sample.cases[1]).toEqual([
      10001,
      200636,
      "Individueel traject",
      "AMW",
      44200,
      44222,
      44222,
      44314,
      "Geestelijke gezondheid",
      "Huisvesting",
      "",
      "In overeenstemming voortijdig afgesloten",
      "Zelfmelder",
      "Team Centrum",
      "CvR",
      33991,
      "Nee",
      "",
      "Ja",
      "Redelijk complex, 2 of 3 problemen",
    ]);
  });

  it('has 5,000 cases plus one duplicated row, one empty row and a "Totaal" row', () => {
    expect(sample.cases).toHaveLength(1 + 5000 + 3);
    expect(caseRows).toHaveLength(5001);
    expect(sample.cases[sample.cases.length - 1]?.slice(0, 2)).toEqual(["Totaal", 5000]);
    expect(sample.cases.filter((row) => row.every((cell) => cell === ""))).toHaveLength(1);
    const ids = caseRows.map((row) => row[0]);
    expect(new Set(ids).size).toBe(5000);
  });

  it("mixes the three case types like a mid-sized organisation (IT ~45%, LS ~15%, IA ~40%)", () => {
    const type = col("Soort traject");
    expect(share(caseRows, (row) => row[type] === "Individueel traject")).toBeGreaterThan(0.38);
    expect(share(caseRows, (row) => row[type] === "Individueel traject")).toBeLessThan(0.48);
    expect(share(caseRows, (row) => row[type] === "Leun en steun")).toBeGreaterThan(0.11);
    expect(share(caseRows, (row) => row[type] === "Leun en steun")).toBeLessThan(0.18);
    expect(share(caseRows, (row) => row[type] === "Informatie en advies")).toBeGreaterThan(0.38);
    expect(share(caseRows, (row) => row[type] === "Informatie en advies")).toBeLessThan(0.48);
  });

  it("has 10–15% of clients with two or more cases", () => {
    const perClient = new Map<CellValue, number>();
    for (const row of caseRows)
      if (row[1] !== "") perClient.set(row[1], (perClient.get(row[1]) ?? 0) + 1);
    const returning = [...perClient.values()].filter((count) => count >= 2).length;
    expect(returning / perClient.size).toBeGreaterThanOrEqual(0.1);
    expect(returning / perClient.size).toBeLessThanOrEqual(0.15);
  });

  it("registers cases on workdays from January 2021 to the export date, some still open", () => {
    const registered = col("Aanmelddatum");
    const numeric = caseRows
      .map((row) => row[registered])
      .filter((cell): cell is number => typeof cell === "number");
    expect(numeric.length).toBe(caseRows.length - 1); // one registration date is text
    expect(Math.min(...numeric)).toBeGreaterThanOrEqual(FIRST_DAY);
    expect(Math.max(...numeric)).toBeLessThan(EXPORT_DAY);
    expect(numeric.every((day) => day % 7 !== 0 && day % 7 !== 1)).toBe(true); // day 0 was a Saturday
    const open = caseRows.filter((row) => row[col("Einddatum")] === "").length;
    expect(open).toBeGreaterThan(300);
  });

  it("plants the typical dirty cells", () => {
    const cells = caseRows.flat();
    expect(
      cells.some(
        (cell) =>
          typeof cell === "string" && /^\d{1,2}-\d{1,2}-20\d\d$/.test(cell) && cell !== "31-02-2024"
      )
    ).toBe(true);
    expect(
      cells.some(
        (cell) =>
          typeof cell === "string" &&
          /^\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) 2024$/.test(
            cell
          )
      )
    ).toBe(true);
    expect(
      cells.some((cell) => typeof cell === "string" && /^20\d\d-\d\d-\d\d 00:00:00$/.test(cell))
    ).toBe(true);
    expect(cells).toContain("31-02-2024");
    expect(cells).toContain("#N/A");
    expect(cells).toContain("Eenzaamheid");
    expect(caseRows.filter((row) => row[col("Team")] === SAMPLE_NO_TEAM)).toHaveLength(3);
    expect(caseRows.some((row) => row[col("Einddatum")] === 45657)).toBe(true); // 31-12-2024, after the export
  });

  it("spells domains the old way in 2021 only", () => {
    const old = caseRows.filter((row) => row.includes("Financien"));
    expect(old.length).toBeGreaterThan(0);
    expect(
      old.every(
        (row) =>
          typeof row[col("Aanmelddatum")] === "number" &&
          (row[col("Aanmelddatum")] as number) < 44562
      )
    ).toBe(true);
  });

  it("writes ZRM scores for individual cases only, 1–5 except one typo", () => {
    const itCases = new Set(
      caseRows
        .filter((row) => row[col("Soort traject")] === "Individueel traject")
        .map((row) => row[0])
    );
    const scores = sample.zrm.slice(1);
    expect(scores.length).toBeGreaterThan(3000);
    expect(scores.every((row) => itCases.has(row[0]))).toBe(true);
    const values = scores.flatMap((row) => [row[2], row[3], row[4]]).filter((cell) => cell !== "");
    expect(values.filter((value) => value === 6)).toHaveLength(1);
    expect(
      values.every(
        (value) => value === 6 || (typeof value === "number" && value >= 1 && value <= 5)
      )
    ).toBe(true);
  });

  it("writes fifteen collective activities with weekly meetings, one without participants", () => {
    const meetings = sample.activities.slice(1);
    expect(new Set(meetings.map((row) => row[0])).size).toBe(15);
    expect(meetings.length).toBeGreaterThan(1200);
    const dates = meetings.map((row) => row[3] as number);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    const support = meetings.filter((row) => row[2] === "Bewonersinitiatieven");
    expect(support.length).toBeGreaterThan(0);
    expect(support.every((row) => row[4] === "")).toBe(true);
    expect(meetings.some((row) => row[2] !== "Bewonersinitiatieven" && row[4] === "")).toBe(true);
  });

  it("writes a dozen complaints, three a year, sorted by date", () => {
    const complaints = sample.complaints.slice(1);
    expect(complaints).toHaveLength(12);
    const dates = complaints.map((row) => row[0] as number);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(dates.filter((day) => day >= 45292 && day <= 45565)).toHaveLength(3); // t/m Q3 2024
  });

  it("has recidive among the individual cases started in t/m Q3 2024 and t/m Q3 2023", () => {
    const dataset = loadDataset({ cases: { rows: sample.cases } });
    const options = { filters: [INDIVIDUAL_FILTER] };
    const current =
      computeKpi(engineOf(dataset), "recidive", parsePeriod("t/m Q3 2024"), options) ?? 0;
    const previous =
      computeKpi(engineOf(dataset), "recidive", parsePeriod("t/m Q3 2023"), options) ?? 0;
    expect(current).toBeGreaterThan(10);
    expect(previous).toBeGreaterThan(10);
    const started =
      computeKpi(engineOf(dataset), "started", parsePeriod("t/m Q3 2024"), options) ?? 0;
    // deBasis Veendam: 4,8%; a sample between 2% and 10% reads as realistic.
    expect(current / started).toBeGreaterThan(0.02);
    expect(current / started).toBeLessThan(0.1);
  });

  it("exports on the sample export date", () => {
    expect(SAMPLE_EXPORT_DATE).toBe("2024-10-07");
  });

  describe("edge cases", () => {
    it("generates a single case", () => {
      const tiny = generateSampleExport({ cases: 1 });
      expect(tiny.cases[0]).toEqual([...SAMPLE_CASE_HEADERS]);
      expect(tiny.cases[tiny.cases.length - 1]?.slice(0, 2)).toEqual(["Totaal", 1]);
    });

    it("throws a RangeError for zero or a fraction of cases", () => {
      expect(() => generateSampleExport({ cases: 0 })).toThrow(RangeError);
      expect(() => generateSampleExport({ cases: 2.5 })).toThrow(RangeError);
    });

    it("keeps small exports parseable with every kind of table", () => {
      const small = generateSampleExport({ seed: 3, cases: 60 });
      const dataset = loadDataset({
        cases: { rows: small.cases },
        zrm: { rows: small.zrm },
        activities: { rows: small.activities },
        complaints: { rows: small.complaints },
      });
      expect(dataset.cases.size).toBe(60);
    });
  });
});
