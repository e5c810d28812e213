import { buildKpiJson } from "../../../src/core/kpis/buildKpiJson";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { computeRecidiveFacts } from "../../../src/core/recidive/computeRecidiveFacts";
import { caseIdText, recidiveFactInput } from "../../../src/core/recidive/recidiveFactInput";
import {
  getRecidiveFacts,
  hasPendingRecidiveFacts,
  provideRecidiveFacts,
} from "../../../src/core/recidive/recidiveFacts";
import {
  provideRecidiveTallier,
  type PendingPartitionedRecidive,
} from "../../../src/core/recidive/getPartitionedRecidive";
import {
  recidivePartitionInput,
  tallyRecidivePartitions,
  type RecidivePartitionInput,
} from "../../../src/core/recidive/partitionedRecidive";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { generateBenchCases } from "../../../src/core/sample/generateBenchCases";
import type { CellValue, Dataset } from "../../../src/core/types";
import { buildCaseTable } from "../../helpers/caseTable";

const PERIOD = parsePeriod("t/m Q3 2024");
const PREVIOUS = previousYearPeriod(PERIOD);
/** 4,000 bench cases: clients with several cases, so recidive has cases in both periods. */
const ROWS = generateBenchCases(4000, 20241007);

function load(rows: readonly (readonly CellValue[])[] = ROWS): Dataset {
  return loadDataset({ cases: { rows } });
}

/** What a report shows: the JSON of SPEC §8 and the standard report's tables. */
function outputs(dataset: Dataset): { json: unknown; tables: unknown } {
  return {
    json: buildKpiJson(dataset, PERIOD, PREVIOUS),
    tables: buildStandardReport(dataset, PERIOD, { previous: PREVIOUS }).tables,
  };
}

/** Text case ids ("C1001"), so that the input carries texts as well as integers. */
function withTextCaseIds(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  return rows.map((row, r) => (r === 0 ? [...row] : [`C${String(row[0])}`, ...row.slice(1)]));
}

describe("recidive facts computed elsewhere (provideRecidiveFacts, as the CLI's thread does)", () => {
  const reference = outputs(load());

  it("has recidive in both periods of the fixture, so the comparisons below compare something", () => {
    const json = reference.json as {
      kpis: Record<string, { current: number | null; previous: number | null }>;
    };
    expect(json.kpis.recidive?.current).toBe(35);
    expect(json.kpis.recidive?.previous).toBe(13);
  });

  it("gives the same report when the facts come through a structured clone and back", () => {
    const dataset = load();
    const input = structuredClone(recidiveFactInput(dataset.cases, "startedOn"));
    const packed = new Int32Array(dataset.cases.size);
    computeRecidiveFacts(input, packed);
    let joins = 0;
    provideRecidiveFacts(dataset.cases, "startedOn", () => {
      joins += 1;
      return packed;
    });
    expect(hasPendingRecidiveFacts(dataset.cases, "startedOn")).toBe(true);
    expect(hasPendingRecidiveFacts(dataset.cases, "registeredOn")).toBe(false);
    expect(outputs(dataset)).toEqual(reference);
    expect(joins).toBe(1);
    expect(hasPendingRecidiveFacts(dataset.cases, "startedOn")).toBe(false);
    expect(getRecidiveFacts(dataset.cases, "startedOn").packed).toBe(packed);
  });

  it("uses the facts it is given: all 'no client' facts give no recidive", () => {
    const dataset = load();
    provideRecidiveFacts(dataset.cases, "startedOn", () => new Int32Array(dataset.cases.size));
    const json = buildKpiJson(dataset, PERIOD, PREVIOUS) as {
      kpis: Record<string, { current: number | null }>;
    };
    expect(json.kpis.recidive?.current).toBe(0);
  });

  it("computes the facts itself when the other thread fails (join gives null)", () => {
    const dataset = load();
    let joins = 0;
    provideRecidiveFacts(dataset.cases, "startedOn", () => {
      joins += 1;
      return null;
    });
    expect(outputs(dataset)).toEqual(reference);
    expect(joins).toBe(1);
  });

  it("ignores facts of the wrong length", () => {
    const dataset = load();
    provideRecidiveFacts(dataset.cases, "startedOn", () => new Int32Array(3));
    expect(outputs(dataset)).toEqual(reference);
  });

  it("does not replace facts that are already there", () => {
    const dataset = load();
    const facts = getRecidiveFacts(dataset.cases, "startedOn");
    provideRecidiveFacts(dataset.cases, "startedOn", () => new Int32Array(dataset.cases.size));
    expect(hasPendingRecidiveFacts(dataset.cases, "startedOn")).toBe(false);
    expect(getRecidiveFacts(dataset.cases, "startedOn")).toBe(facts);
  });

  it("computes the same facts from a clone of the input with text case ids", () => {
    const dataset = load(withTextCaseIds(ROWS));
    const input = recidiveFactInput(dataset.cases, "registeredOn");
    expect(input.caseIds.texts.length).toBe(dataset.cases.size);
    expect(caseIdText(input.caseIds, 0)).toBe(dataset.cases.caseId[0]);
    const packed = new Int32Array(dataset.cases.size);
    computeRecidiveFacts(structuredClone(input), packed);
    expect(packed).toEqual(getRecidiveFacts(dataset.cases, "registeredOn").packed);
  });
});

describe("recidive tallies made elsewhere (provideRecidiveTallier, as the CLI's thread does)", () => {
  const reference = outputs(load());

  /** Provides facts as another thread would, and a tallier; returns what the tallier saw. */
  function withTallier(
    dataset: Dataset,
    answer: (input: RecidivePartitionInput) => PendingPartitionedRecidive | null
  ): { calls: { periods: string[]; flags: number }[] } {
    const facts = new Int32Array(dataset.cases.size);
    computeRecidiveFacts(recidiveFactInput(dataset.cases, "startedOn"), facts);
    provideRecidiveFacts(dataset.cases, "startedOn", () => facts);
    const seen: { calls: { periods: string[]; flags: number }[] } = { calls: [] };
    provideRecidiveTallier(dataset.cases, (periods, flags, options) => {
      seen.calls.push({ periods: periods.map((p) => p.label), flags: flags.length });
      const input = recidivePartitionInput(
        dataset.cases,
        periods.map((p, q) => ({ flags: flags[q] as Uint8Array, start: p.start, end: p.end })),
        options,
        { startDay: dataset.cases.start, packed: facts }
      );
      return answer(input);
    });
    return seen;
  }

  it("takes both report periods in one offer and gives the same report from a cloned input", () => {
    const dataset = load();
    let answers = 0;
    const seen = withTallier(dataset, (input) => {
      const cloned = structuredClone(input);
      return () => {
        answers += 1;
        return structuredClone(tallyRecidivePartitions(cloned));
      };
    });
    expect(outputs(dataset)).toEqual(reference);
    expect(seen.calls).toEqual([{ periods: ["t/m Q3 2024", "t/m Q3 2023"], flags: 2 }]);
    expect(answers).toBe(1);
  });

  it("uses the tallies it is given: no recidive cases in them give no recidive", () => {
    const dataset = load();
    withTallier(
      dataset,
      (input) => () =>
        input.periods.map(() => ({
          partitions: input.partitions,
          counts: new Float64Array(input.partitions * 8),
          clients: [],
          clientPartitions: [],
        }))
    );
    const json = buildKpiJson(dataset, PERIOD, PREVIOUS) as {
      kpis: Record<string, { current: number | null; previous: number | null }>;
    };
    expect(json.kpis.recidive).toEqual({ current: 0, previous: 0 });
  });

  it("tallies here when the tallier refuses or its answer fails", () => {
    const refused = load();
    withTallier(refused, () => null);
    expect(outputs(refused)).toEqual(reference);
    const failed = load();
    withTallier(failed, () => () => null);
    expect(outputs(failed)).toEqual(reference);
  });

  it("tallies one or two periods in one pass with the numbers of separate passes", () => {
    const dataset = load();
    const facts = getRecidiveFacts(dataset.cases, "startedOn");
    const options = { minGapMonths: 6, sameDomain: true, startField: "startedOn" } as const;
    const withFlags = [PERIOD, PREVIOUS].map((p) => {
      const flags = new Uint8Array(dataset.cases.size);
      // Every case whose start is in the period counts as started (ScanBit.started = 2).
      dataset.cases.start.forEach((day, i) => {
        if (day >= p.start && day <= p.end) flags[i] = 2;
      });
      return { flags, start: p.start, end: p.end };
    });
    const both = tallyRecidivePartitions(
      recidivePartitionInput(dataset.cases, withFlags, options, facts)
    );
    const apart = withFlags.map(
      (p) => tallyRecidivePartitions(recidivePartitionInput(dataset.cases, [p], options, facts))[0]
    );
    expect(both).toEqual(apart);
    expect(both[0]?.clients.length).toBeGreaterThan(10);
    expect(() =>
      tallyRecidivePartitions(recidivePartitionInput(dataset.cases, [], options, facts))
    ).toThrow(RangeError);
  });
});

describe("recidiveFactInput", () => {
  it("builds the case id column from caseId for a table the parser did not make", () => {
    const table = buildCaseTable([
      { caseId: "c1", clientId: "A", startedOn: "2024-01-15" },
      { caseId: "c2", clientId: "A", startedOn: "2024-03-01" },
    ]);
    const input = recidiveFactInput(table, "startedOn");
    expect([caseIdText(input.caseIds, 0), caseIdText(input.caseIds, 1)]).toEqual(["c1", "c2"]);
    expect(input.startDay).toBe(table.start);
    expect(recidiveFactInput(table, "registeredOn").startDay).toBe(table.registeredOn);
  });

  it("reads integer ids as numbers and text ids from the texts", () => {
    const ids = { values: Int32Array.of(1001, -1, -2), texts: ["C7", "x"] };
    expect([0, 1, 2].map((row) => caseIdText(ids, row))).toEqual(["1001", "C7", "x"]);
  });
});
