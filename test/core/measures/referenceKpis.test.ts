import fc from "fast-check";
import { computeKpiResult, isKpiAvailable } from "../../../src/core/kpis/computeKpi";
import type { KpiResult } from "../../../src/core/kpis/kpiResult";
import { KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import { referenceData } from "../../../src/core/measures/referenceData";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import type { CaseFilter, Dataset, Period, RecidiveOptions } from "../../../src/core/types";
import {
  datasetArbitrary,
  filterArbitrary,
  historyDatasetArbitrary,
  historyFilterArbitrary,
  periodArbitrary,
  recidiveOptionsArbitrary,
} from "./referenceArbitraries";
import { engineOf } from "../../helpers/engineOf";

/** What was seen per KPI over a property run, to check the runs reached the interesting values. */
const seen = new Map<string, { values: number; nulls: number }>();

/** Every KPI the engine gives a value for, next to its reference, as [id, result] pairs. */
function compareAll(
  dataset: Dataset,
  period: Period,
  filters: readonly CaseFilter[] | undefined,
  recidive: RecidiveOptions,
  ids: readonly string[] = KPI_REGISTRY.map((kpi) => kpi.id)
): { engine: [string, KpiResult][]; reference: [string, KpiResult][] } {
  const data = referenceData(dataset);
  const engine: [string, KpiResult][] = [];
  const reference: [string, KpiResult][] = [];
  for (const kpi of KPI_REGISTRY) {
    if (!ids.includes(kpi.id)) continue;
    if (!isKpiAvailable(kpi, dataset, recidive)) continue;
    // A filter the KPI cannot take, or on a column that is not mapped: no value (the registry's call).
    if (filters !== undefined && !kpi.filterable) continue;
    if (filters?.some((f) => !dataset.cases.mappedFields.has(f.field))) continue;
    const result = computeKpiResult(engineOf(dataset), kpi.id, period, { filters, recidive });
    engine.push([kpi.id, result]);
    reference.push([kpi.id, kpi.reference(data, period, { filters, recidive })]);
    const tally = seen.get(kpi.id) ?? { values: 0, nulls: 0 };
    if (result.value === null) tally.nulls++;
    else if (result.value !== 0) tally.values++;
    seen.set(kpi.id, tally);
  }
  return { engine, reference };
}

const DEFAULTS = resolveRecidiveOptions();

describe("reference computations of the scalar KPIs", () => {
  it("equals the engine on random exports, without a filter", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const { engine, reference } = compareAll(dataset, period, undefined, DEFAULTS);
        expect(reference).toEqual(engine);
      }),
      { numRuns: 400 }
    );
  });

  it("equals the engine on random exports, with a filter", () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        periodArbitrary,
        filterArbitrary,
        (dataset, period, filters) => {
          const { engine, reference } = compareAll(dataset, period, filters, DEFAULTS);
          expect(reference).toEqual(engine);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("equals the engine for the recidive KPIs with other recidive options, with and without a filter", () => {
    const ids = KPI_REGISTRY.filter((kpi) => kpi.usesRecidiveOptions === true).map((k) => k.id);
    expect(ids).toEqual([
      "recidive",
      "recidivePct",
      "recidivists",
      "recidiveAnyDomain",
      "recidivistsAnyDomain",
      "recidiveSeveralEarlier",
      "recidiveSameQuestion",
      "recidiveNewQuestions",
      "newClientPct",
    ]);
    fc.assert(
      fc.property(
        datasetArbitrary,
        periodArbitrary,
        fc.option(filterArbitrary, { nil: undefined }),
        recidiveOptionsArbitrary,
        (dataset, period, filters, recidive) => {
          const { engine, reference } = compareAll(dataset, period, filters, recidive, ids);
          expect(reference).toEqual(engine);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("equals the engine for the recidive KPIs on client histories, with any recidive options", () => {
    const ids = [
      "recidive",
      "recidivePct",
      "recidivists",
      "recidiveAnyDomain",
      "recidivistsAnyDomain",
      "recidiveSeveralEarlier",
      "recidiveSameQuestion",
      "recidiveNewQuestions",
      "newClientPct",
    ];
    fc.assert(
      fc.property(
        historyDatasetArbitrary,
        periodArbitrary,
        historyFilterArbitrary,
        recidiveOptionsArbitrary,
        (dataset, period, filters, recidive) => {
          const { engine, reference } = compareAll(dataset, period, filters, recidive, ids);
          expect(reference).toEqual(engine);
        }
      ),
      { numRuns: 600 }
    );
  });

  it("met every KPI with a value above 0 and every mean and rate without one", () => {
    // Runs after the properties above (jest keeps the order): the random exports reached both.
    for (const kpi of KPI_REGISTRY) {
      const tally = seen.get(kpi.id);
      expect([kpi.id, (tally?.values ?? 0) > 10]).toEqual([kpi.id, true]);
      // A mean or rate has no value when no case qualifies; a count (also a mean count over
      // the months, waitingList) is 0 then.
      const { kind } = kpi.rule.aggregate;
      if (kind === "mean" || kind === "share")
        expect([kpi.id, (tally?.nulls ?? 0) > 5]).toEqual([kpi.id, true]);
    }
  });
});
