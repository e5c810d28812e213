import { isoToDay } from "../../../src/core/dates/dayToIso";
import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import { judgeRecidive, referenceRecidive } from "../../../src/core/measures/reference";
import { referenceData } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import type { CellValue, RecidiveOptions } from "../../../src/core/types";
import { engineOf } from "../../helpers/engineOf";

const HEADER = ["Casusnummer", "Cliëntnummer", "Startdatum", "Einddatum", "Hoofddomeinen"];

/** Loads cases [caseId, client, start, end, domains] as of 30-6-2025. */
function load(rows: readonly (readonly CellValue[])[]) {
  return loadDataset({
    cases: { rows: [HEADER, ...rows.map((row) => [...row])] },
    asOf: isoToDay("2025-06-30"),
  });
}

/** The standing of the last case, by the reference, and the recidive count by reference and engine. */
function judgeLast(
  rows: readonly (readonly CellValue[])[],
  options: Partial<RecidiveOptions> = {}
) {
  const dataset = load(rows);
  const data = referenceData(dataset);
  const recidive = resolveRecidiveOptions(options);
  const last = data.cases[data.cases.length - 1];
  if (last === undefined) throw new Error("no cases");
  const verdict = judgeRecidive(last, data.cases, recidive);
  const period = parsePeriod("2024");
  return {
    standing: verdict.standing,
    reference: referenceRecidive(data, period, { recidive }).value,
    engine: computeKpiResult(engineOf(dataset), "recidive", period, { recidive }).value,
  };
}

describe("judgeRecidive", () => {
  it("counts a case whose previous case closed exactly six months before its start", () => {
    // 31 August 2024 − 6 months = 29 February 2024 (the last day of the shorter month).
    const rows = [
      ["1", "A", "1-1-2023", "29-2-2024", "Financiën"],
      ["2", "A", "31-8-2024", "", "Financiën"],
    ];
    expect(judgeLast(rows)).toEqual({ standing: "returning", reference: 1, engine: 1 });
    rows[0] = ["1", "A", "1-1-2023", "1-3-2024", "Financiën"];
    expect(judgeLast(rows)).toEqual({ standing: "reopened", reference: 0, engine: 0 });
  });

  it("treats an earlier case closed on the start day as still open, even without a gap", () => {
    const rows = [
      ["1", "A", "1-1-2023", "1-5-2024", "Financiën"],
      ["2", "A", "1-5-2024", "", "Financiën"],
    ];
    expect(judgeLast(rows, { minGapMonths: 0 })).toEqual({
      standing: "reopened",
      reference: 0,
      engine: 0,
    });
  });

  it("breaks a tie of end and start dates by the greater case number, compared as text", () => {
    // "9" > "10" as text: case 9 (Huisvesting) is the previous case, so no shared domain.
    const rows = [
      ["10", "A", "1-1-2023", "1-2-2023", "Financiën"],
      ["9", "A", "1-1-2023", "1-2-2023", "Huisvesting"],
      ["11", "A", "1-3-2024", "", "Financiën"],
    ];
    expect(judgeLast(rows)).toEqual({ standing: "returning", reference: 0, engine: 0 });
    expect(judgeLast(rows, { sameDomain: false })).toEqual({
      standing: "returning",
      reference: 1,
      engine: 1,
    });
  });

  it("leaves out a case with an unusable main-domain cell when a shared domain is required", () => {
    const rows = [
      ["1", "A", "1-1-2023", "1-2-2023", "Financiën"],
      ["2", "A", "1-3-2024", "", "#N/A"],
    ];
    expect(judgeLast(rows)).toEqual({ standing: "returning", reference: 0, engine: 0 });
    expect(judgeLast(rows, { sameDomain: false })).toEqual({
      standing: "returning",
      reference: 1,
      engine: 1,
    });
  });

  it("calls a case without a usable client number noClient and an unknown end date still open", () => {
    expect(judgeLast([["1", "#N/A", "1-3-2024", "", "Financiën"]]).standing).toBe("noClient");
    const rows = [
      ["1", "A", "1-1-2023", "31-02-2023", "Financiën"],
      ["2", "A", "1-3-2024", "", "Financiën"],
    ];
    expect(judgeLast(rows)).toEqual({ standing: "reopened", reference: 0, engine: 0 });
  });
});
