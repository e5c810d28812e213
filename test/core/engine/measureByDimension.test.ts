// Any measure × any dimension × any period kind: the engine's breakdown of a KPI by a column
// equals, group by group, the KPI's plain reference computation over the cases of that group
// (the reference with a filter on the group's value). Single-valued dimensions (product, team,
// referrer: the columns the random exports have) and the multi-valued main domains, where a case counts in each of its
// groups.
import fc from "fast-check";
import { createEngine } from "../../../src/core/engine/createEngine";
import {
  categoryDimension,
  mainDomainDimension,
  type Dimension,
} from "../../../src/core/engine/dimension";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import { KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import type { KpiResult } from "../../../src/core/kpis/kpiResult";
import { referenceData } from "../../../src/core/measures/referenceData";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import type { CaseField, CaseTable, Dataset, Period } from "../../../src/core/types";
import {
  datasetArbitrary,
  periodArbitrary,
  recidiveOptionsArbitrary,
} from "../measures/referenceArbitraries";

type DimensionField = Extract<CaseField, "product" | "team" | "referrer">;

const DIMENSIONS: readonly [CaseField, (table: CaseTable) => Dimension][] = [
  ...(["product", "team", "referrer"] as const).map(
    (field: DimensionField): [CaseField, (table: CaseTable) => Dimension] => [
      field,
      (table) => categoryDimension(table[field]),
    ]
  ),
  ["mainDomains", mainDomainDimension],
];

/** The filterable KPIs over the cases (or rows of the cases): the ones a breakdown applies to. */
const KPIS = KPI_REGISTRY.filter((kpi) => kpi.filterable && kpi.rule.over !== "complaints");

/** [kpi, group key, result] per group, by the engine and by the reference on the group's cases. */
function compare(
  dataset: Dataset,
  period: Period,
  field: CaseField,
  dimensionOf: (table: CaseTable) => Dimension,
  recidive = resolveRecidiveOptions()
): { engine: [string, string, KpiResult][]; reference: [string, string, KpiResult][] } {
  const data = referenceData(dataset);
  const engine = createEngine(dataset);
  const dimension = dimensionOf(dataset.cases);
  const byEngine: [string, string, KpiResult][] = [];
  const byReference: [string, string, KpiResult][] = [];
  if (!dataset.cases.mappedFields.has(field)) return { engine: byEngine, reference: byReference };
  for (const kpi of KPIS) {
    const [results] = evaluateMeasure(engine, kpi.rule, [period], dimension, null, recidive);
    dimension.keys.forEach((key, g) => {
      byEngine.push([kpi.id, key, results!.groups[g]!]);
      const filters = [{ field, values: [key] }];
      byReference.push([kpi.id, key, kpi.reference(data, period, { filters, recidive })]);
    });
  }
  return { engine: byEngine, reference: byReference };
}

describe("a KPI broken down by a column equals its reference on each group's cases", () => {
  it.each(DIMENSIONS)("by %s, every period kind", (field, dimensionOf) => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const { engine, reference } = compare(dataset, period, field, dimensionOf);
        expect(engine).toEqual(reference);
      }),
      { numRuns: 40 }
    );
  });

  it("by main domain, with any recidive options", () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        periodArbitrary,
        recidiveOptionsArbitrary,
        (dataset, period, options) => {
          const recidive = resolveRecidiveOptions(options);
          const { engine, reference } = compare(
            dataset,
            period,
            "mainDomains",
            mainDomainDimension,
            recidive
          );
          expect(engine).toEqual(reference);
        }
      ),
      { numRuns: 30 }
    );
  });

  it("meets groups with cases: some group's count is above 0", () => {
    // Guards the properties above against datasets whose groups are always empty.
    const closed = KPI_REGISTRY.find((kpi) => kpi.id === "registrations")!;
    const counts = fc.sample(fc.tuple(datasetArbitrary, periodArbitrary), 40).map(([d, p]) => {
      const [results] = evaluateMeasure(
        createEngine(d),
        closed.rule,
        [p],
        mainDomainDimension(d.cases),
        null
      );
      return results!.groups.reduce((sum, r) => sum + r.n, 0);
    });
    expect(counts.some((n) => n > 0)).toBe(true);
  });
});
