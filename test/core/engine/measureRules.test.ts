import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import type { KpiId } from "../../../src/core/kpis/kpiRegistry";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";
import { generateBenchCases } from "../../../src/core/sample/generateBenchCases";
import type { RecidiveOptions } from "../../../src/core/types";
import { KPI_RULES } from "../../../src/core/engine/kpiRules";

const OTHER_RECIDIVE: RecidiveOptions = {
  minGapMonths: 3,
  sameDomain: false,
  startField: "registeredOn",
};

describe("measure rules against today's engine", () => {
  const sample = generateSampleExport({ seed: 7, cases: 3000 });
  const datasets = {
    sample: loadDataset({
      cases: { rows: sample.cases },
      zrm: { rows: sample.zrm },
      complaints: { rows: sample.complaints },
    }),
    bench: loadDataset({ cases: { rows: generateBenchCases(20_000, 3) } }),
  };
  const periods = ["t/m Q3 2024", "Q2 2023", "jan 2024", "2022"].map(parsePeriod);
  const all = periods.flatMap((p) => [p, previousYearPeriod(p)]);
  for (const [name, dataset] of Object.entries(datasets)) {
    it.each(Object.keys(KPI_RULES))(`${name}: %s`, (id) => {
      const engine = new Engine(dataset);
      const results = evaluateMeasure(
        engine,
        KPI_RULES[id as KpiId],
        all,
        undefined,
        null
      );
      all.forEach((period, k) => {
        expect(results[k]!.total).toEqual(computeKpiResult(dataset, id as KpiId, period));
      });
    });
  }

  it.each(["recidive", "recidivePct", "recidivists", "newClientPct"] as const)(
    "sample, other recidive options, after the defaults on the same engine: %s",
    (id) => {
      const dataset = datasets.sample;
      const engine = new Engine(dataset);
      const rule = KPI_RULES[id];
      evaluateMeasure(engine, rule, all, undefined, null);
      const results = evaluateMeasure(engine, rule, all, undefined, null, OTHER_RECIDIVE);
      all.forEach((period, k) => {
        expect(results[k]!.total).toEqual(
          computeKpiResult(dataset, id, period, { recidive: OTHER_RECIDIVE })
        );
      });
    }
  );

  it("sample: the values reached are not trivial", () => {
    const engine = new Engine(datasets.sample);
    const [t] = evaluateMeasure(
      engine,
      KPI_RULES.recidive,
      [parsePeriod("t/m Q3 2024")],
      undefined,
      null
    );
    const [g] = evaluateMeasure(
      engine,
      KPI_RULES.goalReachedPct,
      [parsePeriod("t/m Q3 2024")],
      undefined,
      null
    );
    const [c] = evaluateMeasure(
      engine,
      KPI_RULES.complaints,
      [parsePeriod("t/m Q3 2024")],
      undefined,
      null
    );
    expect([t!.total.n > 0, g!.total.n > 0, c!.total.n > 0]).toEqual([true, true, true]);
  });
});
