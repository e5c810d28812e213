import fc from "fast-check";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateGroup } from "../../../src/core/engine/evaluateGroup";
import { getGroup, GROUP_REGISTRY } from "../../../src/core/kpis/groupRegistry";
import type { GroupComparisonRow, GroupOptions } from "../../../src/core/kpis/groupTypes";
import type { ReferenceGroupRow } from "../../../src/core/measures/reference/groups";
import { referenceData } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";
import type { CaseFilter, Period } from "../../../src/core/types";
import { buildDataset } from "../../helpers/caseTable";
import { datasetArbitrary, PERIODS } from "../../helpers/referenceArbitraries";

/** One side of a comparison's rows, in the reference's shape. */
function sideRows(
  rows: readonly GroupComparisonRow[],
  side: "current" | "previous"
): ReferenceGroupRow[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    kind: r.kind,
    values: side === "current" ? r.current : r.previous,
    n: side === "current" ? r.currentN : r.previousN,
  }));
}

const FILTERS: readonly (readonly CaseFilter[] | undefined)[] = [
  undefined,
  [{ field: "caseType", values: ["IT", "ls"] }],
  [{ field: "team", values: ["noord", "onbekend"] }],
  [
    { field: "product", values: ["Schuldhulp", "Maatje", ""] },
    { field: "closeReason", values: ["", "doel bereikt"] },
  ],
];
const AGE_BANDS: readonly (readonly number[] | undefined)[] = [undefined, [0, 30, 65], [10, 20]];

const optionsArbitrary = fc.record({
  filters: fc.constantFrom(...FILTERS),
  topN: fc.constantFrom(undefined, 1, 2, 3),
  ageBands: fc.constantFrom(...AGE_BANDS),
});

/** Every period kind of the reports (29 February start included), or its previous year. */
const periodArbitrary = fc
  .tuple(fc.constantFrom(...PERIODS), fc.boolean())
  .map(([p, previous]): Period => (previous ? previousYearPeriod(p) : p));

const GROUP_IDS = GROUP_REGISTRY.map((g) => g.id);

describe("group tables from the kernel", () => {
  it("have a rule for every group and every column of the registry", () => {
    for (const group of GROUP_REGISTRY) {
      expect(Object.keys(group.rule.measures)).toEqual(group.measures.map((m) => m.id));
    }
  });

  it.each(GROUP_IDS)(
    "%s equals the reference on random datasets (filters, top N, age bands)",
    (id) => {
      const group = GROUP_REGISTRY.find((g) => g.id === id)!;
      const { reference } = group;
      fc.assert(
        fc.property(datasetArbitrary, periodArbitrary, optionsArbitrary, (d, p, o) => {
          const options = group.filterable ? o : { ...o, filters: undefined };
          const dataset = buildDataset(d.rows, d.parts);
          const rows = evaluateGroup(new Engine(dataset), id, p, options).rows;
          expect(sideRows(rows, "current")).toEqual(reference(referenceData(dataset), p, options));
          expect(rows.every((r) => Object.values(r.previous).every((v) => v === null))).toBe(true);
        }),
        { numRuns: 200 }
      );
    }
  );

  it.each(GROUP_IDS.filter((id) => id !== "byMonth"))(
    "%s with a comparison period: each side's values equal the reference's for its period",
    (id) => {
      const group = GROUP_REGISTRY.find((g) => g.id === id)!;
      const { reference } = group;
      fc.assert(
        fc.property(datasetArbitrary, periodArbitrary, optionsArbitrary, (d, p, o) => {
          // Without a top N: the rows of both periods united, each side's groups as the reference's.
          const options = {
            ...(group.filterable ? o : { ...o, filters: undefined }),
            topN: undefined,
          };
          const dataset = buildDataset(d.rows, d.parts);
          const previous = previousYearPeriod(p);
          const rows = evaluateGroup(new Engine(dataset), id, p, { ...options, previous }).rows;
          const data = referenceData(dataset);
          for (const [side, period] of [
            ["current", p],
            ["previous", previous],
          ] as const) {
            const expected = reference(data, period, options).filter((r) => r.kind === "group");
            const byKey = new Map(sideRows(rows, side).map((r) => [r.key, r]));
            for (const row of expected) expect(byKey.get(row.key)).toEqual(row);
          }
        }),
        { numRuns: 100 }
      );
    }
  );

  it("byMonth's comparison side equals the reference's same months a year earlier", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, optionsArbitrary, (d, p, o) => {
        const dataset = buildDataset(d.rows, d.parts);
        const rows = evaluateGroup(new Engine(dataset), "byMonth", p, {
          ...o,
          previous: previousYearPeriod(p),
        }).rows;
        expect(sideRows(rows, "previous")).toEqual(
          getGroup("byMonth").reference(referenceData(dataset), p, { ...o, yearEarlier: true })
        );
      }),
      { numRuns: 200 }
    );
  });

  describe("on the sample export", () => {
    const sample = generateSampleExport({ seed: 7, cases: 3000 });
    // The sample has no column Zwaarte hulpvraag: one is added (a few cells empty or an error value).
    const weights = [
      "Licht, 1 gesprek",
      "Gemiddeld, 2-5 gesprekken",
      "Zwaar, meer dan 5 gesprekken",
    ];
    const weight = (i: number) => (i % 11 === 0 ? "" : i % 101 === 0 ? "#N/A" : weights[i % 3]);
    const cases = sample.cases.map((row, i) => [...row, i === 0 ? "Zwaarte hulpvraag" : weight(i)]);
    const dataset = loadDataset({
      cases: { rows: cases },
      zrm: { rows: sample.zrm },
      activities: { rows: sample.activities },
    });
    const engine = new Engine(dataset);
    const periods = ["t/m Q3 2024", "Q2 2023", "feb 2024", "2023"].map(parsePeriod);
    const variants: GroupOptions[] = [
      {},
      { topN: 3 },
      { filters: [{ field: "team", values: ["Noord"] }] },
    ];

    it.each(GROUP_IDS)("%s equals the reference", (id) => {
      const data = referenceData(dataset);
      const group = GROUP_REGISTRY.find((g) => g.id === id)!;
      const { reference } = group;
      for (const period of periods) {
        for (const variant of variants) {
          const options = group.filterable ? variant : { ...variant, filters: undefined };
          const rows = evaluateGroup(engine, id, period, options).rows;
          expect(sideRows(rows, "current")).toEqual(reference(data, period, options));
        }
      }
      // Pins that the sample exercises the table at all.
      expect(evaluateGroup(engine, id, periods[0]!).rows.length).toBeGreaterThan(1);
    });
  });
});
