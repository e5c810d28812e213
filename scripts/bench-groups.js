#!/usr/bin/env node
"use strict";
/**
 * Times the 12 group tables (GROUP_REGISTRY) for "t/m Q3 2024" and its previous year on the
 * seeded 1M-row bench case table, by today's engine (compareGroup) or the kernel
 * (evaluateGroup on a new Engine), in this process only: run it once per engine and alternate
 * (`node scripts/bench-groups.js old`, `… new`). Needs lib/ (`npx tsc -p tsconfig.cli.json`).
 * The bench table has no ZRM or activities table: zrmGrowth and activities have no rows there.
 * Prints `GROUPS engine=<old|new> rows=<n> first_ms=<…> again_ms=<…>`: the first run on a fresh
 * dataset (every column and tally made), then the same tables again (what the caches keep).
 * Figures only: nothing here asserts a time.
 */
const path = require("node:path");

const LIB = path.join(__dirname, "..", "lib");
const lib = (file) => require(path.join(LIB, file));
const { generateBenchCases } = lib("core/sample/generateBenchCases.js");
const { proposeMapping } = lib("core/mapping/proposeMapping.js");
const { loadDataset } = lib("core/parse/loadDataset.js");
const { parsePeriod } = lib("core/periods/parsePeriod.js");
const { previousYearPeriod } = lib("core/periods/previousYearPeriod.js");
const { GROUP_REGISTRY } = lib("core/kpis/groupRegistry.js");
const { compareGroup } = lib("core/kpis/compareGroup.js");
const { Engine } = lib("core/engine/Engine.js");
const { evaluateGroup } = lib("core/engine/evaluateGroup.js");

const engineName = process.argv[2] === "old" ? "old" : "new";
const rowCount = Number(process.argv[3] ?? 1_000_000);
const table = generateBenchCases(rowCount, 20241007);
const dataset = loadDataset({ cases: { rows: table, mapping: proposeMapping(table, "cases") } });
const period = parsePeriod("t/m Q3 2024");
const previous = previousYearPeriod(period);

const engine = engineName === "new" ? new Engine(dataset) : null;
function allGroups() {
  let rows = 0;
  for (const group of GROUP_REGISTRY) {
    const result =
      engine === null
        ? compareGroup(dataset, group.id, period, previous)
        : evaluateGroup(engine, group.id, period, { previous });
    rows += result.rows.length;
  }
  return rows;
}
const timed = () => {
  const t0 = process.hrtime.bigint();
  const rows = allGroups();
  return { rows, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
};
const first = timed();
const again = timed();
process.stdout.write(
  `GROUPS engine=${engineName} rows=${first.rows} first_ms=${first.ms.toFixed(0)} again_ms=${again.ms.toFixed(0)}\n`
);
