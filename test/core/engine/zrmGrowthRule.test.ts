import fc from "fast-check";
import { rowDimension } from "../../../src/core/engine/dimension";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import type { MeasureRule } from "../../../src/core/engine/measureRule";
import { zrmPairs } from "../../../src/core/engine/rowTables";
import { compileFilters } from "../../../src/core/filters/compileFilters";
import { referenceZrmGrowth } from "../../../src/core/measures/reference/groups/domainGroupReferences";
import { referenceData } from "../../../src/core/measures/referenceData";
import {
  datasetArbitrary,
  filterArbitrary,
  periodArbitrary,
} from "../measures/referenceArbitraries";

/** ZRM-groei per domein: the mean growth over the ZRM pairs of closed cases, by the pair's domain. */
const ZRM_GROWTH: MeasureRule = {
  over: "zrmPairs",
  select: { cases: "closed", inputs: 0 },
  aggregate: { kind: "mean", value: "zrmGrowth" },
};

describe("a measure over the ZRM pairs, broken down by the pair's domain", () => {
  it("equals the reference of ZRM-groei per domein (value and n per domain)", () => {
    let rows = 0;
    fc.assert(
      fc.property(
        datasetArbitrary,
        periodArbitrary,
        fc.option(filterArbitrary, { nil: undefined }),
        (dataset, period, filters) => {
          if (filters?.some((f) => !dataset.cases.mappedFields.has(f.field))) return;
          const pairs = zrmPairs(dataset);
          if (pairs === null) return;
          const labels = dataset.cases.domainLabels;
          const dimension = rowDimension(pairs.domain, labels);
          const filter = compileFilters(dataset.cases, filters);
          const [result] = evaluateMeasure(
            new Engine(dataset),
            ZRM_GROWTH,
            [period],
            dimension,
            filter
          );
          const kernel = labels
            .map((key, g) => ({ key, value: result!.groups[g]!.value, n: result!.groups[g]!.n }))
            .filter((row) => row.n > 0)
            .sort((a, b) => a.key.localeCompare(b.key));
          const reference = referenceZrmGrowth(referenceData(dataset), period, { filters })
            .map((row) => ({ key: row.key, value: row.values.growth, n: row.n.growth }))
            .sort((a, b) => a.key.localeCompare(b.key));
          rows += reference.length;
          expect(kernel).toEqual(reference);
        }
      ),
      { numRuns: 1000 }
    );
    expect(rows).toBeGreaterThan(30);
  });
});
