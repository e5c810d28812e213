import { computeKpiResult } from "../../../src/core/kpis/computeKpi";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import type { MeasureRule } from "../../../src/core/engine/measureRule";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";
import { generateBenchCases } from "../../../src/core/sample/generateBenchCases";
import { FieldBit } from "../../../src/core/types";

const RULES: Record<string, MeasureRule> = {
  registrations: { select: { cases: "registered", inputs: 0 }, aggregate: { kind: "count" } },
  started: { select: { cases: "started", inputs: 0 }, aggregate: { kind: "count" } },
  active: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "count" } },
  closed: { select: { cases: "closed", inputs: 0 }, aggregate: { kind: "count" } },
  openAtEnd: { select: { cases: "openAtEnd", inputs: 0 }, aggregate: { kind: "count" } },
  meanWaitDays: {
    select: { cases: "intake", inputs: 0 },
    aggregate: { kind: "mean", value: "waitDays" },
  },
  meanDurationClosed: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "closedDuration" },
  },
  meanDurationActive: {
    select: { cases: "active", inputs: 0 },
    aggregate: { kind: "mean", value: "activeDuration" },
  },
  uniqueClients: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "distinctClients" } },
  helpQuestions: {
    select: { cases: "active", inputs: 0 },
    aggregate: { kind: "sum", value: "domainCount" },
  },
  infoAdvice: {
    select: [
      { cases: "started", where: "informationAdvice", inputs: 0 },
      { cases: "registered", where: "resolvedDirectly", inputs: 0 },
    ],
    aggregate: { kind: "count" },
  },
  selfReferralPct: {
    select: { cases: "started", inputs: 0 },
    aggregate: { kind: "mean", value: "selfReferral" },
  },
  meanRating: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "rating" },
  },
  canContinueAlonePct: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "continuesAlone" },
  },
};
void FieldBit;

describe("measure rules against today's engine", () => {
  const sample = generateSampleExport({ seed: 7, cases: 3000 });
  const datasets = {
    sample: loadDataset({ cases: { rows: sample.cases } }),
    bench: loadDataset({ cases: { rows: generateBenchCases(20_000, 3) } }),
  };
  const periods = ["t/m Q3 2024", "Q2 2023", "jan 2024", "2022"].map(parsePeriod);
  for (const [name, dataset] of Object.entries(datasets)) {
    it.each(Object.keys(RULES))(`${name}: %s`, (id) => {
      const engine = new Engine(dataset);
      const all = periods.flatMap((p) => [p, previousYearPeriod(p)]);
      const results = evaluateMeasure(engine, RULES[id]!, all, undefined, null);
      all.forEach((period, k) => {
        expect(results[k]!.total).toEqual(computeKpiResult(dataset, id, period));
      });
    });
  }
});
