import {
  buildKpiJson,
  createDatasetLoader,
  createEngine,
  loadDataset,
  parsePeriod,
  previousYearPeriod,
} from "../../../src/core";
import type { CellReadIssue, CellValue, TableName } from "../../../src/core";
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";

const AS_OF = 45838; // 30-6-2025

/** The rows in chunks of `size`, the first holding `first` rows. */
function chunksOf(rows: CellValue[][], first: number, size: number): CellValue[][][] {
  const chunks = [rows.slice(0, first)];
  for (let from = first; from < rows.length; from += size)
    chunks.push(rows.slice(from, from + size));
  return chunks;
}

describe("createDatasetLoader", () => {
  const sample = generateSampleExport({ cases: 600, seed: 7 });
  const tables = {
    cases: sample.cases,
    zrm: sample.zrm,
    activities: sample.activities,
    complaints: sample.complaints,
  } as const;
  const readIssues: CellReadIssue[] = [
    { rowIndex: 40, column: 2, code: "INVALID_ENCODING", severity: "warning", body: "x" },
  ];

  it("gives loadDataset's dataset and report when every table comes in chunks", () => {
    const whole = loadDataset({
      cases: { rows: tables.cases, readIssues, overrides: { team: "Team" } },
      zrm: { rows: tables.zrm },
      activities: { rows: tables.activities },
      complaints: { rows: tables.complaints },
      asOf: AS_OF,
    });
    const chunked = Object.fromEntries(
      Object.entries(tables).map(([table, rows]) => [table, chunksOf(rows, 30, 97)])
    ) as Record<TableName, CellValue[][][]>;
    const loader = createDatasetLoader({
      cases: { firstRows: chunked.cases[0]!, overrides: { team: "Team" }, expectedRows: 10 },
      zrm: { firstRows: chunked.zrm[0]! },
      activities: { firstRows: chunked.activities[0]! },
      complaints: { firstRows: chunked.complaints[0]! },
      asOf: AS_OF,
    });
    expect(loader.mappings).toEqual(whole.mappings);
    for (const table of ["complaints", "cases", "zrm", "activities"] as const)
      for (const chunk of chunked[table].slice(1)) loader.push(table, chunk);
    const dataset = loader.finish({ cases: readIssues });
    expect(dataset.issues).toEqual(whole.issues);
    expect(dataset.issues[0]?.code).toBe("INVALID_ENCODING");
    const period = parsePeriod("t/m Q3 2024");
    const json = (data: typeof whole): unknown =>
      buildKpiJson(createEngine(data), period, previousYearPeriod(period));
    expect(JSON.stringify(json(dataset))).toBe(JSON.stringify(json(whole)));
  });

  it.each([
    ["only a header row", [[""], [null]]],
    ["rows that were all left out", [[""], ["Totaal", 3]]],
  ])("warns about a table of %s as loadDataset does, when those rows come later", (_, later) => {
    const loader = createDatasetLoader({ cases: { firstRows: [["Casusnummer"]] } });
    loader.push("cases", later as CellValue[][]);
    const messages = loader.finish().issues.map((issue) => issue.message);
    expect(messages).toEqual(
      loadDataset({ cases: { rows: [["Casusnummer"], ...(later as CellValue[][])] } }).issues.map(
        (issue) => issue.message
      )
    );
    expect(messages.some((message) => message.includes("kopregel"))).toBe(later[1]![0] === null);
  });

  describe("edge cases", () => {
    it("throws the mapping error of the first table that cannot be mapped", () => {
      expect(() =>
        createDatasetLoader({
          cases: { firstRows: [["Casusnummer"]] },
          zrm: { firstRows: [["Iets"]] },
        })
      ).toThrow(/ZRM/);
    });

    it("refuses rows of a table it was not started with, and rows after finish", () => {
      const loader = createDatasetLoader({ cases: { firstRows: [["Casusnummer"], [1]] } });
      expect(() => loader.push("zrm", [[1]])).toThrow("DatasetLoader.push: no table zrm");
      loader.finish();
      expect(() => loader.push("cases", [[2]])).toThrow("DatasetLoader.push after finish");
    });
  });
});
