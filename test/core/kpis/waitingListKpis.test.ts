/**
 * The measures of issue 14 that the seed reports need (docs/adding-a-kpi.md): De Badde's
 * aanmeldlijst (waitingList, waitingAtEnd), Sociaal Utrecht's "% onvoldoende"
 * (insufficientRatingPct) and Welstad's "zonder doorverwijzing" (withoutReferralPct), on a
 * hand-made export, worked out by hand (peildatum 31-12-2024):
 *
 * case type reg         start        closed      rating  referred to
 * W1   IT   15-1-2024   10-4-2024    –           –       –
 * W2   IT   31-1-2024   31-3-2024    30-6-2024   5,5     –
 * W3   IT   1-3-2024    –            15-5-2024   6       GGZ
 * W4   LS   20-8-2024   –            –           –       –
 * W5   LS   10-9-2024   1-10-2024    –           –       –
 * W6   IT   1-2-2024    31-02-2024   –           –       –      (unusable start: left out)
 * W7   IT   1-1-2024    2-1-2024     31-7-2024   8       #N/A   (unusable referral: left out)
 * W8   IT   1-12-2023   5-12-2023    30-9-2024   4       Schuldhulp
 * W9   IT   1-1-2024    1-1-2024     1-2-2024    –       –
 *
 * Waiting at the end of each month of 2024 (registered on or before it, no start date on or
 * before it, not closed on or before it):
 * jan W1 W2 (W2 registered that day) = 2; feb W1 W2 = 2; mar W1 W3 (W2 started that day) = 2;
 * apr W3 = 1; may–jul 0 (W3 closed 15-5); aug W4 = 1; sep W4 W5 = 2; oct, nov, dec W4 = 1.
 */
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import { getKpi, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { proposeMapping } from "../../../src/core/mapping/proposeMapping";
import { referenceData } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../../src/core/sample/generateSampleExport";
import type { CaseFilter, CellValue, Dataset } from "../../../src/core/types";
import { dayFromParts } from "../../../src/core/dates/dayFromParts";
import { engineOf } from "../../helpers/engineOf";

const HEADER = [
  "Casusnummer",
  "Soort traject",
  "Aanmelddatum",
  "Startdatum",
  "Einddatum",
  "Klantoordeel",
  "Doorverwezen naar",
];
// prettier-ignore
const ROWS: CellValue[][] = [
  ["W1", "Individueel traject", "15-1-2024", "10-4-2024", "", "", ""],
  ["W2", "Individueel traject", "31-1-2024", "31-3-2024", "30-6-2024", "5,5", ""],
  ["W3", "Individueel traject", "1-3-2024", "", "15-5-2024", 6, "GGZ"],
  ["W4", "Leun en steun", "20-8-2024", "", "", "", ""],
  ["W5", "Leun en steun", "10-9-2024", "1-10-2024", "", "", ""],
  ["W6", "Individueel traject", "1-2-2024", "31-02-2024", "", "", ""],
  ["W7", "Individueel traject", "1-1-2024", "2-1-2024", "31-7-2024", 8, "#N/A"],
  ["W8", "Individueel traject", "1-12-2023", "5-12-2023", "30-9-2024", 4, "Schuldhulp"],
  ["W9", "Individueel traject", "1-1-2024", "1-1-2024", "1-2-2024", "", ""],
];

function load(header: readonly string[], rows: readonly CellValue[][]): Dataset {
  const table = [header as CellValue[], ...rows];
  return loadDataset({
    cases: { rows: table, mapping: proposeMapping(table, "cases") },
    asOf: dayFromParts(2024, 12, 31),
  });
}

const dataset = load(HEADER, ROWS);
/** The same export without the column Doorverwezen naar. */
const withoutReferredTo = load(
  HEADER.slice(0, -1),
  ROWS.map((row) => row.slice(0, -1))
);
/** The same export without the column Startdatum. */
const withoutStart = load(
  HEADER.filter((h) => h !== "Startdatum"),
  ROWS.map((row) => row.filter((_, k) => k !== 3))
);

function result(data: Dataset, id: KpiId, period: string, filters?: readonly CaseFilter[]) {
  return computeKpiResult(engineOf(data), id, parsePeriod(period), filters && { filters });
}

describe("the waiting list (De Badde's aanmeldlijst)", () => {
  it("reads the export as described above", () => {
    const issues = dataset.issues.map((i) => [i.row, i.column, i.code]);
    expect(issues).toEqual([
      [7, "Startdatum", "INVALID_DATE"],
      [8, "Doorverwezen naar", "ERROR_VALUE"],
    ]);
  });

  it.each([
    // jan..sep: 2 + 2 + 2 + 1 + 0 + 0 + 0 + 1 + 2 = 10 over 9 months; at 30-9: W4 W5.
    ["t/m Q3 2024", { value: 10 / 9, n: 10 }, { value: 2, n: 2 }],
    // oct, nov, dec: W4 each (W5 started 1-10).
    ["Q4 2024", { value: 1, n: 3 }, { value: 1, n: 1 }],
    // A month ending after the period's end counts at the period's end: 31-3 W1 W3, and 14-4
    // W3 (W1 started 10-4).
    ["1-3-2024 t/m 14-4-2024", { value: 1.5, n: 3 }, { value: 1, n: 1 }],
    // One month: the mean is the number at its end.
    ["feb 2024", { value: 2, n: 2 }, { value: 2, n: 2 }],
    // Nobody waiting in 2023 (W8 started 4 days after registering): 0, not "no value".
    ["2023", { value: 0, n: 0 }, { value: 0, n: 0 }],
  ])("%s: waiting list %j, waiting at the end %j", (period, mean, atEnd) => {
    expect(result(dataset, "waitingList", period)).toEqual(mean);
    expect(result(dataset, "waitingAtEnd", period)).toEqual(atEnd);
  });

  it("takes a filter like every case KPI", () => {
    // Leun en steun: aug W4, sep W4 W5 → 3 over 9 months.
    const ls = [{ field: "caseType", values: ["LS"] }] as const;
    expect(result(dataset, "waitingList", "t/m Q3 2024", ls)).toEqual({ value: 3 / 9, n: 3 });
    expect(result(dataset, "waitingAtEnd", "t/m Q3 2024", ls)).toEqual({ value: 2, n: 2 });
  });

  it("has no value without the column Startdatum (the registration date is no start here)", () => {
    expect(result(withoutStart, "waitingList", "t/m Q3 2024").value).toBeNull();
    expect(result(withoutStart, "waitingAtEnd", "t/m Q3 2024").value).toBeNull();
  });
});

describe("% onvoldoende (Sociaal Utrecht) and zonder doorverwijzing (Welstad)", () => {
  it("counts a rating below 6 as onvoldoende: 5,5 is, 6 is not", () => {
    // Closed 1-1 .. 30-9-2024 with a rating: W2 5,5, W3 6, W7 8, W8 4 (W9 has none).
    expect(result(dataset, "insufficientRatingPct", "t/m Q3 2024")).toEqual({ value: 0.5, n: 4 });
    // Closed in Q2 2024: W2 5,5 and W3 6.
    expect(result(dataset, "insufficientRatingPct", "Q2 2024")).toEqual({ value: 0.5, n: 2 });
    // Nothing closed in Q4 2024: no value.
    expect(result(dataset, "insufficientRatingPct", "Q4 2024")).toEqual({ value: null, n: 0 });
  });

  it("shares the closed cases without Doorverwezen naar, an unusable cell left out", () => {
    // Closed 1-1 .. 30-9-2024: W2 and W9 empty, W3 GGZ, W8 Schuldhulp (W7's #N/A left out).
    expect(result(dataset, "withoutReferralPct", "t/m Q3 2024")).toEqual({ value: 0.5, n: 4 });
    // Closed in Q1 2024: W9.
    expect(result(dataset, "withoutReferralPct", "Q1 2024")).toEqual({ value: 1, n: 1 });
    expect(result(withoutReferredTo, "withoutReferralPct", "t/m Q3 2024").value).toBeNull();
    expect(getKpi("withoutReferralPct").polarity).toBe("neutral");
  });
});

describe("on the shipped sample export", () => {
  const sample = generateSampleExport();
  const data = loadDataset({
    cases: { rows: sample.cases },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
  const period = parsePeriod("t/m Q3 2024");
  const options = { recidive: resolveRecidiveOptions() };

  it.each([
    // 435 waiting at the nine month ends together; 51 on 30-9-2024.
    ["waitingList", { value: 435 / 9, n: 435 }],
    ["waitingAtEnd", { value: 51, n: 51 }],
    // 9 of the 329 closed cases with a rating are rated below 6 (the sample's ratings are 5–10).
    ["insufficientRatingPct", { value: 9 / 329, n: 329 }],
    // The sample has no column Doorverwezen naar.
    ["withoutReferralPct", { value: null, n: 0 }],
  ] as const)("%s: %j, as its reference", (id, expected) => {
    expect(computeKpiResult(engineOf(data), id, period)).toEqual(expected);
    // The reference states the rule; whether the columns are there is the registry's (inputs).
    if (expected.value !== null)
      expect(getKpi(id).reference(referenceData(data), period, options)).toEqual(expected);
  });
});
