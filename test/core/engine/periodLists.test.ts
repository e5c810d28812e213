import fc from "fast-check";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import { compileFilters } from "../../../src/core/filters/compileFilters";
import type { KpiResult } from "../../../src/core/kpis/kpiResult";
import { KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import { referenceData } from "../../../src/core/measures/referenceData";
import { monthsInPeriod } from "../../../src/core/periods/monthsInPeriod";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import type { CaseFilter, Dataset, Period } from "../../../src/core/types";
import { datasetArbitrary, filterArbitrary } from "../measures/referenceArbitraries";

const RECIDIVE = resolveRecidiveOptions();

/** A year of the arbitraries' dates (2022–2025). */
const yearArbitrary = fc.integer({ min: 2022, max: 2025 });

const monthsOf = (year: number): Period[] =>
  monthsInPeriod(parsePeriod(String(year))).map(({ label, start, end }) => ({ label, start, end }));
const quartersOf = (year: number): Period[] =>
  [1, 2, 3, 4].map((q) => parsePeriod(`Q${q} ${year}`));
const yearsUpTo = (year: number): Period[] =>
  [3, 2, 1, 0].map((back) => parsePeriod(String(year - back)));

/** Per KPI and period of the list: [id, period label, result] by the kernel (one call per KPI) and by the reference. */
function compare(
  dataset: Dataset,
  periods: readonly Period[],
  filters: readonly CaseFilter[] | undefined
): { kernel: [string, string, KpiResult][]; reference: [string, string, KpiResult][] } {
  const data = referenceData(dataset);
  const engine = new Engine(dataset);
  const filter = compileFilters(dataset.cases, filters);
  const kernel: [string, string, KpiResult][] = [];
  const reference: [string, string, KpiResult][] = [];
  for (const kpi of KPI_REGISTRY) {
    const { id } = kpi;
    if (filters !== undefined && !kpi.filterable) continue;
    if (filters?.some((f) => !dataset.cases.mappedFields.has(f.field)) === true) continue;
    const results = evaluateMeasure(engine, kpi.rule, periods, undefined, filter, RECIDIVE);
    periods.forEach((period, k) => {
      kernel.push([id, period.label, results[k]!.total]);
      reference.push([
        id,
        period.label,
        kpi.reference(data, period, { filters, recidive: RECIDIVE }),
      ]);
    });
  }
  return { kernel, reference };
}

describe("every KPI's measure rule over a list of periods equals its reference per period", () => {
  const lists: [string, (year: number) => Period[]][] = [
    ["the 12 months of a year", monthsOf],
    ["the 12 months of a year, last month first", (year) => monthsOf(year).reverse()],
    ["the 4 quarters of a year", quartersOf],
    ["the years N−3..N", yearsUpTo],
  ];

  it.each(lists)("%s, without a filter", (_, periodsOf) => {
    fc.assert(
      fc.property(datasetArbitrary, yearArbitrary, (dataset, year) => {
        const { kernel, reference } = compare(dataset, periodsOf(year), undefined);
        expect(kernel).toEqual(reference);
      }),
      { numRuns: 40 }
    );
  });

  it.each(lists)("%s, with a filter", (_, periodsOf) => {
    fc.assert(
      fc.property(datasetArbitrary, yearArbitrary, filterArbitrary, (dataset, year, filters) => {
        const { kernel, reference } = compare(dataset, periodsOf(year), filters);
        expect(kernel).toEqual(reference);
      }),
      { numRuns: 20 }
    );
  });

  it("meets cases in some month: a month's count is not always 0", () => {
    // Guards the property above against lists in which no case ever falls.
    const counts = fc.sample(fc.tuple(datasetArbitrary, yearArbitrary), 30).map(([dataset, year]) =>
      evaluateMeasure(
        new Engine(dataset),
        KPI_REGISTRY.find((k) => k.id === "active")!.rule,
        monthsOf(year),
        undefined,
        null
      )
        .map((r) => r.total.n)
        .reduce((a, b) => a + b, 0)
    );
    expect(counts.some((n) => n > 0)).toBe(true);
  });
});
