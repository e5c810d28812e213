#!/usr/bin/env node
"use strict";
/**
 * Times the standard-report workload — every scalar KPI (KPI_REGISTRY's rules, 20) and every
 * group table (GROUP_REGISTRY, 12) for "t/m Q3 2024" and its previous year — on the seeded bench
 * case table (1M rows by default), by the kernel (evaluateMeasure with both periods in one call,
 * evaluateGroup, on one new Engine), in this process only. Needs lib/
 * (`npx tsc -p tsconfig.cli.json`). The old engine (`old`) is deleted: to compare, run `new` in
 * two checkouts alternately.
 *
 *   node scripts/bench-kernel.js new [rows]            one run
 *   node scripts/bench-kernel.js --runs 5 [rows]       five runs, each in a fresh process;
 *                                                      prints the medians
 *
 * One run prints `KERNEL engine=<old|new> kpis_ms=<…> groups_ms=<…> total_ms=<…> again_ms=<…>`:
 * the first run on a fresh dataset (every column and tally made), then the whole workload again
 * (what the caches keep). The table is made before the clock starts. Figures only: nothing here
 * asserts a time.
 */
const path = require("node:path");
const { execFileSync } = require("node:child_process");

function alternate(runs, rowCount) {
  const fields = ["kpis_ms", "groups_ms", "total_ms", "again_ms"];
  const seen = { new: [] };
  for (let r = 0; r < runs; r++) {
    for (const engine of ["new"]) {
      const out = execFileSync(process.execPath, [__filename, engine, String(rowCount)], {
        encoding: "utf8",
      });
      process.stdout.write(out);
      seen[engine].push(
        Object.fromEntries(
          out
            .trim()
            .split(" ")
            .slice(1)
            .map((kv) => kv.split("="))
        )
      );
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  for (const engine of ["new"]) {
    const medians = fields.map((f) => `${f}=${median(seen[engine].map((x) => Number(x[f])))}`);
    process.stdout.write(`MEDIAN engine=${engine} runs=${runs} ${medians.join(" ")}\n`);
  }
}

function once(engineName, rowCount) {
  const LIB = path.join(__dirname, "..", "lib");
  const lib = (file) => require(path.join(LIB, file));
  const { generateBenchCases } = lib("core/sample/generateBenchCases.js");
  const { proposeMapping } = lib("core/mapping/proposeMapping.js");
  const { loadDataset } = lib("core/parse/loadDataset.js");
  const { parsePeriod } = lib("core/periods/parsePeriod.js");
  const { previousYearPeriod } = lib("core/periods/previousYearPeriod.js");
  const { GROUP_REGISTRY } = lib("core/kpis/groupRegistry.js");
  const { KPI_REGISTRY } = lib("core/kpis/kpiRegistry.js");
  const { Engine } = lib("core/engine/Engine.js");
  const { evaluateMeasure } = lib("core/engine/evaluateMeasure.js");
  const { evaluateGroup } = lib("core/engine/evaluateGroup.js");
  if (engineName === "old") throw new Error("The old engine is deleted (issue 13).");

  // The generated rows are dropped once parsed, as a shell drops the export's rows: kept, their
  // ~180 MB of small objects make every full garbage collection during the run slow.
  const dataset = (() => {
    const rows = generateBenchCases(rowCount, 20241007);
    return loadDataset({ cases: { rows, mapping: proposeMapping(rows, "cases") } });
  })();
  const period = parsePeriod("t/m Q3 2024");
  const previous = previousYearPeriod(period);
  const engine = new Engine(dataset);

  let check = 0; // keeps the results alive
  const kpis = () => {
    for (const kpi of KPI_REGISTRY) {
      const [a, b] = evaluateMeasure(engine, kpi.rule, [period, previous], undefined, null);
      check += a.total.n + b.total.n;
    }
  };
  const groups = () => {
    for (const group of GROUP_REGISTRY) {
      check += evaluateGroup(engine, group.id, period, { previous }).rows.length;
    }
  };
  const ms = (fn) => {
    const t0 = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const kpisMs = ms(kpis);
  const groupsMs = ms(groups);
  const againMs = ms(() => {
    kpis();
    groups();
  });
  process.stdout.write(
    `KERNEL engine=${engineName} kpis_ms=${kpisMs.toFixed(0)} groups_ms=${groupsMs.toFixed(0)} ` +
      `total_ms=${(kpisMs + groupsMs).toFixed(0)} again_ms=${againMs.toFixed(0)} check=${check}\n`
  );
}

const args = process.argv.slice(2);
if (args[0] === "--runs") alternate(Number(args[1]), Number(args[2] ?? 1_000_000));
else once(args[0] === "old" ? "old" : "new", Number(args[1] ?? 1_000_000));
