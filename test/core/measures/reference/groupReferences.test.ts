import fc from "fast-check";
import { compareGroup, computeGroup } from "../../../../src/core/kpis/compareGroup";
import { getGroup, GROUP_REGISTRY } from "../../../../src/core/kpis/groupRegistry";
import type { GroupComparisonRow } from "../../../../src/core/kpis/groupTypes";
import type { ReferenceGroupRow } from "../../../../src/core/measures/reference/groups";
import { referenceData } from "../../../../src/core/measures/referenceData";
import {
  BY_CASE_TYPE_LAYOUT,
  BY_CLOSE_REASON_LAYOUT,
  BY_PRODUCT_LAYOUT,
  BY_REFERRER_LAYOUT,
  BY_TEAM_LAYOUT,
  BY_WEIGHT_LAYOUT,
} from "../../../../src/core/measures/reference/groups/categoryGroupReferences";
import {
  BY_COMPLEXITY_LAYOUT,
  BY_DOMAIN_LAYOUT,
  ZRM_GROWTH_LAYOUT,
} from "../../../../src/core/measures/reference/groups/domainGroupReferences";
import { ACTIVITIES_LAYOUT } from "../../../../src/core/measures/reference/groups/referenceActivities";
import { BY_AGE_BAND_LAYOUT } from "../../../../src/core/measures/reference/groups/referenceByAgeBand";
import { BY_MONTH_LAYOUT } from "../../../../src/core/measures/reference/groups/referenceByMonth";
import { BY_RATING_LAYOUT } from "../../../../src/core/measures/reference/groups/referenceByRating";
import { previousYearPeriod } from "../../../../src/core/periods/previousYearPeriod";
import type { CaseFilter, Period } from "../../../../src/core/types";
import { buildDataset } from "../../../helpers/caseTable";
import { datasetArbitrary, PERIODS } from "../../../helpers/referenceArbitraries";
import { engineOf } from "../../../helpers/engineOf";

/** Today's engine's rows for one period, in the reference's shape. */
function engineRows(rows: readonly GroupComparisonRow[]): ReferenceGroupRow[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    kind: r.kind,
    values: r.current,
    n: r.currentN,
  }));
}

/** The comparison side of today's engine's rows, in the reference's shape. */
function previousRows(rows: readonly GroupComparisonRow[]): ReferenceGroupRow[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    kind: r.kind,
    values: r.previous,
    n: r.previousN,
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

/** Periods: one of the report kinds, or its previous-year period. */
const periodArbitrary = fc
  .tuple(fc.constantFrom(...PERIODS), fc.boolean())
  .map(([p, previous]): Period => (previous ? previousYearPeriod(p) : p));

describe("grouped reference computations", () => {
  it("declare the registry's columns, order and Totaal for every group", () => {
    const layouts = [
      BY_CASE_TYPE_LAYOUT,
      BY_PRODUCT_LAYOUT,
      BY_DOMAIN_LAYOUT,
      ZRM_GROWTH_LAYOUT,
      BY_COMPLEXITY_LAYOUT,
      BY_WEIGHT_LAYOUT,
      BY_CLOSE_REASON_LAYOUT,
      BY_RATING_LAYOUT,
      BY_REFERRER_LAYOUT,
      BY_AGE_BAND_LAYOUT,
      BY_TEAM_LAYOUT,
      BY_MONTH_LAYOUT,
      ACTIVITIES_LAYOUT,
    ];
    expect(layouts).toEqual(
      GROUP_REGISTRY.map((g) => ({
        id: g.id,
        measures: g.measures.map((m) => ({ id: m.id, kind: m.kind })),
        mainMeasure: g.mainMeasure,
        order: g.order,
        hasTotal: g.hasTotal,
        totalLabel: g.totalLabel,
      }))
    );
  });

  it.each(GROUP_REGISTRY.map((g) => g.id))(
    "%s equals today's engine on random datasets (rows, order, Overig, Totaal, n)",
    (id) => {
      const group = GROUP_REGISTRY.find((g) => g.id === id);
      if (group === undefined) throw new Error(id);
      const { reference } = group;
      fc.assert(
        fc.property(datasetArbitrary, periodArbitrary, optionsArbitrary, (d, p, o) => {
          const options = group.filterable ? o : { ...o, filters: undefined };
          const dataset = buildDataset(d.rows, d.parts);
          const expected = engineRows(computeGroup(engineOf(dataset), id, p, options).rows);
          expect(reference(referenceData(dataset), p, options)).toEqual(expected);
        }),
        { numRuns: 300 }
      );
    }
  );

  it("byMonth's comparison side equals the same months a year earlier", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, optionsArbitrary, (d, p, o) => {
        const dataset = buildDataset(d.rows, d.parts);
        const engine = compareGroup(engineOf(dataset), "byMonth", p, previousYearPeriod(p), o).rows;
        const data = referenceData(dataset);
        expect(getGroup("byMonth").reference(data, p, { ...o, yearEarlier: true })).toEqual(
          previousRows(engine)
        );
      }),
      { numRuns: 300 }
    );
  });
});
