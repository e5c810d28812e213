import fc from "fast-check";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import { compileFilters } from "../../../src/core/filters/compileFilters";
import { getKpi, KPI_REGISTRY, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import type { KpiResult } from "../../../src/core/kpis/kpiResult";
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
} from "../measures/referenceArbitraries";

const IDS: readonly KpiId[] = KPI_REGISTRY.map((kpi) => kpi.id);
const RECIDIVE_IDS: readonly KpiId[] = [
  "recidive",
  "recidivePct",
  "recidivists",
  "recidiveAnyDomain",
  "recidiveSeveralEarlier",
  "recidiveSameQuestion",
  "recidiveNewQuestions",
  "newClientPct",
];

/** What was seen per KPI, to check the runs reached values other than 0 and null. */
const seen = new Map<string, number>();

/**
 * Each KPI by its rule on one engine (periods: the period and the one before it, in one call)
 * next to its reference, as [id, period label, result]. A filter is only applied where the
 * registry allows one (a filterable KPI, a mapped column).
 */
function compare(
  dataset: Dataset,
  periods: readonly Period[],
  filters: readonly CaseFilter[] | undefined,
  recidive: RecidiveOptions,
  ids: readonly KpiId[]
): { kernel: [string, string, KpiResult][]; reference: [string, string, KpiResult][] } {
  const data = referenceData(dataset);
  const engine = new Engine(dataset);
  const filter = compileFilters(dataset.cases, filters);
  const kernel: [string, string, KpiResult][] = [];
  const reference: [string, string, KpiResult][] = [];
  for (const id of ids) {
    const kpi = getKpi(id);
    if (filters !== undefined && !kpi.filterable) continue;
    if (filters?.some((f) => !dataset.cases.mappedFields.has(f.field))) continue;
    const results = evaluateMeasure(engine, kpi.rule, periods, undefined, filter, recidive);
    periods.forEach((period, k) => {
      const result = results[k]!.total;
      kernel.push([id, period.label, result]);
      reference.push([id, period.label, kpi.reference(data, period, { filters, recidive })]);
      if (result.value !== null && result.value !== 0) seen.set(id, (seen.get(id) ?? 0) + 1);
    });
  }
  return { kernel, reference };
}

const DEFAULTS = resolveRecidiveOptions();
const twoPeriods = fc.tuple(periodArbitrary, periodArbitrary);

describe("every KPI's measure rule equals its reference computation", () => {
  it("on random exports, without a filter", () => {
    fc.assert(
      fc.property(datasetArbitrary, twoPeriods, (dataset, periods) => {
        const { kernel, reference } = compare(dataset, periods, undefined, DEFAULTS, IDS);
        expect(kernel).toEqual(reference);
      }),
      { numRuns: 300 }
    );
  });

  it("on random exports, with a filter and any recidive options", () => {
    fc.assert(
      fc.property(
        datasetArbitrary,
        twoPeriods,
        filterArbitrary,
        recidiveOptionsArbitrary,
        (dataset, periods, filters, recidive) => {
          const { kernel, reference } = compare(dataset, periods, filters, recidive, IDS);
          expect(kernel).toEqual(reference);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("for the recidive KPIs on client histories, with any recidive options and filters", () => {
    fc.assert(
      fc.property(
        historyDatasetArbitrary,
        twoPeriods,
        historyFilterArbitrary,
        recidiveOptionsArbitrary,
        (dataset, periods, filters, recidive) => {
          const { kernel, reference } = compare(dataset, periods, filters, recidive, RECIDIVE_IDS);
          expect(kernel).toEqual(reference);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("met a value other than 0 and null for every KPI", () => {
    // Runs after the properties above (jest keeps the order).
    for (const id of IDS) expect([id, (seen.get(id) ?? 0) > 10]).toEqual([id, true]);
  });
});
