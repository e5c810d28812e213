/**
 * Pins the command line's whole JSON output on the shipped sample export and on a generated bench
 * export, so that a redesign of the engine or of the readers that changes any number, group, issue
 * or message is noticed. Regenerate deliberately with `UPDATE_GOLDEN=1 npx jest reportJsonPin`
 * and explain the difference in the commit.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dayToText } from "../../src/core/dates/dayToIso";
import { generateBenchCases } from "../../src/core/sample/generateBenchCases";
import type { CellValue } from "../../src/core/types";
import { runMain } from "./captureIo";

const ROOT = path.resolve(__dirname, "..", "..");
const SAMPLE = path.join(ROOT, "assets", "voorbeeld-export.xlsx");
const GOLDEN = path.join(ROOT, "test", "fixtures", "golden", "report-json.json");
const DATE_COLUMNS = new Set([4, 5, 6, 7, 13]);

/** Writes the bench table as a `;`-separated CSV with d-m-yyyy dates, as an export would. */
function writeBenchCsv(file: string, rows: number): void {
  const table = generateBenchCases(rows, 7);
  const text = table
    .map((row: CellValue[], r: number) =>
      row
        .map((cell, c) =>
          r > 0 && DATE_COLUMNS.has(c) && typeof cell === "number" ? dayToText(cell) : String(cell)
        )
        .join(";")
    )
    .join("\r\n");
  writeFileSync(file, text + "\r\n", "utf8");
}

const SAMPLE_TABLES = ["--zrm", SAMPLE, "--activities", SAMPLE, "--complaints", SAMPLE];
/** The sample was exported on 1-12-2024; the bench table runs into 2025 (intake up to 48 days after a late registration). */
const SAMPLE_DAY = ["--peildatum", "2024-12-01"];
const BENCH_DAY = ["--peildatum", "2025-06-30"];

/** A run on the shipped sample export (all four tables) for one period. */
function sample(period: string, ...extra: string[]): () => string[] {
  return () => ["--cases", SAMPLE, ...SAMPLE_TABLES, "--period", period, ...SAMPLE_DAY, ...extra];
}

/** A run on the generated bench CSV for one period. */
function bench(period: string): (file: string) => string[] {
  return (file) => ["--cases", file, "--period", period, ...BENCH_DAY];
}

const RUNS: Record<string, (benchFile: string) => string[]> = {
  "sample t/m Q3 2024": sample("t/m Q3 2024"),
  "sample Q2 2023": sample("Q2 2023"),
  "sample 2022": sample("2022"),
  "sample jan 2024": sample("jan 2024"),
  "sample t/m Q3 2024, recidive 3 maanden, elk domein": sample(
    "t/m Q3 2024",
    ...["--recidive-maanden", "3", "--recidive-zelfde-domein", "nee"]
  ),
  "sample t/m Q3 2024, publicatie drempel 10": sample(
    "t/m Q3 2024",
    ...["--publicatie", "--drempel", "10"]
  ),
  "bench 20000 csv t/m Q3 2024": bench("t/m Q3 2024"),
  "bench 20000 csv H1 2023": bench("H1 2023"),
};

describe("the command line's JSON, pinned", () => {
  let dir: string;
  let benchFile: string;
  const actual: Record<string, unknown> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "wm-pin-"));
    benchFile = path.join(dir, "bench-20000.csv");
    writeBenchCsv(benchFile, 20_000);
    for (const [name, args] of Object.entries(RUNS)) {
      const run = await runMain("report", ...args(benchFile), "--json");
      if (run.status !== 0) throw new Error(`${name}: exit ${run.status}: ${run.stderr}`);
      actual[name] = JSON.parse(run.stdout) as unknown;
    }
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN, JSON.stringify(actual, null, 1) + "\n", "utf8");
    }
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has a pinned output for every run", () => {
    expect(existsSync(GOLDEN)).toBe(true);
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, unknown>;
    expect(Object.keys(golden).sort()).toEqual(Object.keys(RUNS).sort());
  });

  it.each(Object.keys(RUNS))("%s: every KPI, group and issue as pinned", (name) => {
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<string, unknown>;
    expect(actual[name]).toEqual(golden[name]);
  });

  it("pins real numbers (a spot check of the pinned file itself)", () => {
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8")) as Record<
      string,
      { kpis: Record<string, { current: number | null; previous: number | null }> }
    >;
    expect(golden["sample t/m Q3 2024"]?.kpis["registrations"]).toEqual({
      current: 1094,
      previous: 1134,
    });
  });
});
