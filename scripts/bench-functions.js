#!/usr/bin/env node
"use strict";
/**
 * Custom-function benchmark (part of `npm run bench`): simulates Excel recalculating sheets of
 * WELZIJN.* formulas, in-process, on the compiled functions in lib/ (`npm run build:cli`).
 *
 *   A. 50 different function cells over one 20,000-row case table   (target ≤ 300 ms)
 *   B. 1,000 function cells over one 1,000-row case table            (target ≤ 500 ms)
 *
 * Excel hands every formula a fresh 2D array of the range, so each call here gets its own copy
 * of the table (made before the clock starts: marshalling is Excel's cost, not ours). "Na een
 * nieuwe export" starts with empty caches (the first cell parses the table); "herberekening"
 * repeats the recalculation with the table unchanged. Both must meet the target. Options: --lib DIR (default lib/, or $WELZIJN_LIB),
 * --strict (exit 1 when a target is missed), --json (one JSON line).
 */
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lib = path.resolve(
  option("--lib") ?? process.env.WELZIJN_LIB ?? path.join(__dirname, "..", "lib")
);
let functions, cache, bench, snapshot, tableCache;
try {
  functions = require(path.join(lib, "functions", "functions.js"));
  cache = require(path.join(lib, "functions", "loadFunctionData.js"));
  bench = require(path.join(lib, "core", "sample", "generateBenchCases.js"));
  snapshot = require(path.join(lib, "functions", "tableSnapshot.js"));
  tableCache = require(path.join(lib, "functions", "tableCache.js"));
} catch (error) {
  console.error(
    `bench-functions: de gecompileerde functies ontbreken in ${lib} (npm run build:cli): ${error.message}`
  );
  process.exit(2);
}

const IT = [[["soort traject"]], [["IT"]]];
const TEAM = [[["team"]], [["Team Noord"]]];

/** Case-table KPI functions with the arguments after (table, period). */
const KPI_CELLS = [
  ["aanmeldingen"],
  ["infoAdvies"],
  ["wachttijd"],
  ["opgestart"],
  ["behandeld"],
  ["afgesloten"],
  ["lopend"],
  ["doorlooptijd"],
  ["doorlooptijdBehandeld"],
  ["uniekeClienten"],
  ["hulpvragen"],
  ["recidive", null, null, null],
  ["recidivePercentage", null, null, null],
  ["recidivisten", null, null, null],
  ["zelfmelders"],
  ["nieuweClienten"],
  ["klantoordeel"],
];

/** A formula: which function, and its arguments after the table. */
function cell(name, period, ...rest) {
  return { name, args: [period, ...rest] };
}

/** Scenario A: 50 different cells, as a quarterly KPI sheet has them. */
function fiftyCells() {
  const cells = [];
  for (const [name, ...extra] of KPI_CELLS) cells.push(cell(name, "t/m Q3 2024", ...extra));
  for (const [name, ...extra] of KPI_CELLS) cells.push(cell(name, "t/m Q3 2023", ...extra));
  for (const name of [
    "opgestart",
    "behandeld",
    "afgesloten",
    "doorlooptijd",
    "wachttijd",
    "lopend",
    "uniekeClienten",
    "hulpvragen",
  ]) {
    cells.push(cell(name, "t/m Q3 2024", IT));
  }
  // Recidive: minMaanden, zelfdeDomein, startveld, then the filters.
  cells.push(cell("recidive", "t/m Q3 2024", 6, true, null, IT));
  cells.push(cell("recidivePercentage", "t/m Q3 2024", 0, false, null, IT));
  cells.push(cell("top", "t/m Q3 2024", "hoofddomein", 5));
  cells.push(cell("top", "t/m Q3 2024", "team", 5, true));
  cells.push(cell("top", "t/m Q3 2024", "afsluitreden", 3));
  // TOP: aantal, metTotaal, maat, then the filters.
  cells.push(cell("top", "t/m Q3 2024", "verwijzer", 3, false, null, IT));
  cells.push(cell("kpis", "t/m Q3 2024"));
  cells.push(cell("behandeld", "Q3 2024", TEAM));
  return cells.slice(0, 50);
}

/** Scenario B: 1,000 cells, a grid of months × functions × filters. */
function thousandCells() {
  const months = [];
  for (const year of [2023, 2024])
    for (let m = 1; m <= 12; m++) months.push(`${year}-${String(m).padStart(2, "0")}`);
  const names = [
    "aanmeldingen",
    "opgestart",
    "behandeld",
    "afgesloten",
    "lopend",
    "wachttijd",
    "doorlooptijd",
    "uniekeClienten",
    "hulpvragen",
    "klantoordeel",
    "zelfmelders",
    "infoAdvies",
    "nieuweClienten",
    "doorlooptijdBehandeld",
  ];
  const filters = [undefined, IT, TEAM];
  const cells = [];
  for (const filter of filters)
    for (const month of months)
      for (const name of names) cells.push(cell(name, month, ...(filter ? [filter] : [])));
  for (let k = 0; cells.length < 1000; k++)
    cells.push(cell("recidive", months[k % months.length], k % 7, k % 2 === 0));
  return cells.slice(0, 1000);
}

function copy(table) {
  return table.map((row) => row.slice());
}

/**
 * One recalculation: every cell called with its own fresh copy of the table. The copy is made
 * just before the call, as Excel marshals the range just before it, and is left out of the time.
 */
function recalc(cells, table) {
  let ms = 0;
  let errors = 0;
  for (const { name, args } of cells) {
    const range = copy(table);
    const started = performance.now();
    try {
      functions[name](range, ...args);
    } catch (error) {
      // #N/A is an answer (no case in a month for a mean); anything else is a failure.
      if (error.code !== "#N/A") {
        errors++;
        if (errors === 1)
          console.error(`  ${name}(${JSON.stringify(args)}): ${error.code} ${error.message}`);
      }
    }
    ms += performance.now() - started;
  }
  return { ms, errors };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * A scenario: "nieuwe export" is a recalculation right after the table changed (empty caches, the
 * first cell parses it), measured on three different tables after one warm-up (the shared runtime
 * stays loaded while the workbook is open); "herberekening" recalculates the same cells over the
 * unchanged table (five times). Medians, so that another process on the machine does not decide.
 */
function scenario(label, rows, cells, target) {
  recalc(cells, bench.generateBenchCases(rows, 1)); // warm-up: the JIT, not the cache
  const fresh = [];
  let errors = 0;
  let misses = 0;
  for (const seed of [20241007, 20241008, 20241009]) {
    const table = bench.generateBenchCases(rows, seed);
    cache.clearFunctionCaches();
    const run = recalc(cells, table);
    fresh.push(run.ms);
    errors += run.errors;
    misses = Math.max(misses, cache.functionCacheStats().misses);
  }
  const table = bench.generateBenchCases(rows, 20241007);
  const again = [];
  for (let k = 0; k < 5; k++) {
    const run = recalc(cells, table);
    again.push(run.ms);
    errors += run.errors;
  }
  const result = {
    label,
    rows,
    cells: cells.length,
    target,
    fresh: median(fresh),
    again: median(again),
    errors,
    misses,
  };
  return { ...result, ok: result.fresh <= target && result.again <= target && errors === 0 };
}

/** The cost of recognising a table: the cell-by-cell comparison that guards the cache. */
function cacheCheck(rows) {
  const table = bench.generateBenchCases(rows, 7);
  const tables = new tableCache.TableCache();
  tables.intern(table, "de casustabel");
  const copies = Array.from({ length: 21 }, () => copy(table));
  const times = copies.map((c) => {
    const started = performance.now();
    tables.intern(c, "de casustabel");
    return performance.now() - started;
  });
  const compare = median(times);
  let taken;
  const snapshots = [0, 1, 2, 3, 4].map(() => {
    const started = performance.now();
    taken = snapshot.takeSnapshot(table, snapshot.usedHeight(table));
    return performance.now() - started;
  });
  const snap = median(snapshots);
  const wholeColumn = copy(table);
  for (let i = 0; i < 200000; i++) wholeColumn.push(new Array(16).fill(""));
  const t1 = performance.now();
  snapshot.usedHeight(wholeColumn);
  const trim = performance.now() - t1;
  return {
    rows,
    cells: taken.cells,
    compareMs: compare,
    snapshotMs: snap,
    trim200kEmptyRowsMs: trim,
  };
}

const results = [
  scenario("A: 50 verschillende cellen, tabel van 20.000 rijen", 20000, fiftyCells(), 300),
  scenario("B: 1.000 cellen, tabel van 1.000 rijen", 1000, thousandCells(), 500),
];
const check = cacheCheck(20000);

if (args.includes("--json")) {
  console.log(JSON.stringify({ functions: results, cacheCheck: check }));
} else {
  const ms = (x) => `${x.toFixed(0).padStart(5)} ms`;
  console.log("Aangepaste functies (WELZIJN.*), herberekening in-process:");
  for (const r of results) {
    console.log(`  ${r.label}`);
    console.log(
      `    na een nieuwe export (lege cache): ${ms(r.fresh)}   herberekening: ${ms(r.again)}   doel ≤ ${r.target} ms   ${r.ok ? "OK" : "TE TRAAG"}`
    );
    console.log(
      `    tabel ${r.misses}× ingelezen voor ${r.cells} cellen; fouten: ${r.errors} (medianen)`
    );
  }
  console.log(
    `  Cache-controle (cel voor cel) op ${check.rows.toLocaleString("nl-NL")} rijen (${check.cells.toLocaleString("nl-NL")} cellen): ` +
      `${check.compareMs.toFixed(1)} ms per aanroep; kopie ${check.snapshotMs.toFixed(1)} ms; 200.000 lege rijen (A:A) wegsnijden ${check.trim200kEmptyRowsMs.toFixed(1)} ms`
  );
}
if (args.includes("--strict") && results.some((r) => !r.ok)) process.exit(1);
