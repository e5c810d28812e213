#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: the engine against DuckDB, first in memory on seeded synthetic case tables
 * shaped like Office.js `range.values` (dates as serials, text, '' for empty), at 10k, 100k and
 * 1M rows; then end to end, whole processes reading files generated from the same generator.
 *
 * Engine: the whole standard report for "t/m Q3 2024" and its previous year, from the 2D
 * array: proposeMapping + loadDataset (parsing every cell into typed columns) +
 * buildStandardReport (every KPI and grouped KPI of the registry, for both periods), on one
 * thread, as the command line and the task pane run it.
 * DuckDB: the same arrays appended into a table, plus SQL computing the same KPIs and groups
 * for both periods (scripts/bench-duckdb-sql.js). Each timed run starts from the arrays.
 *
 * Each suite is warmed up first (at least 3 runs and 1 s, see `warmUp`), then timed over 9 runs
 * (5 at a million rows), each after a full garbage collection and a pause in which the
 * collector's background threads give the previous run's memory back (see `settle`).
 * Prints the median and peak memory per size, the ratio duckdb/engine, and as the in-memory
 * part's last line `BENCH rows=1000000 engine_ms=<median> duckdb_ms=<median> ratio=<duckdb/engine>`.
 *
 * Then the end-to-end part (scripts/bench-e2e.js, see its header): whole processes reading
 * generated files (cached). Welzijnsmonitor is the command line
 * `rapport --casussen FILE --periode "t/m Q3 2024" --peildatum 2025-06-30 --json`; DuckDB is a
 * node process (scripts/bench-duckdb-csv.js) doing `read_csv` of the same CSV with 2 threads
 * and the SQL above. Interleaved runs, medians, peak RSS from `/usr/bin/time -v`; it ends with
 * `BENCH_E2E` lines: `csv_rows=100000|1000000 wm_ms= duckdb_ms= ratio=<duckdb/wm> wm_rss_mb=
 * duckdb_rss_mb=`, `xlsx_rows=100000|1000000 wm_ms= rss_mb=`, `sample_rows=5000 out=xlsx` (the
 * shipped sample with `--uit`) and `start=versie` (`--versie`); `wm_ms=NA` and the reason at
 * the line's end when a run fails.
 *
 * Options: `--sizes 10000,100000` (default 10000,100000,1000000), `--zonder-duckdb`, `--lib DIR`
 * (the in-memory part; the end-to-end part runs bin/, which uses lib/); `--e2e-only` (skip the in-memory part), `--zonder-e2e`, `--runs N`
 * (timed runs per side end to end, default 5). Figures only: nothing here asserts a time.
 *
 * Issue 5 hook: `runBench({ suites })` takes extra suites (e.g. custom-function timings), each
 * `{ name, runs?(rows), prepare?(table, context), run(table, context), close?() }`; see
 * `engineSuite` for the shape. `close` is called after a suite's runs at each size (and at the
 * end), `prepare` before them. Run this file directly for the default suites.
 */
const path = require("node:path");
const v8 = require("node:v8");
const vm = require("node:vm");
const { Worker } = require("node:worker_threads");
const { DUCKDB_COLUMNS, ENUM_GROUP, duckdbSql } = require("./bench-duckdb-sql.js");
const { median } = require("./bench-e2e-format.js");

const ROOT = path.join(__dirname, "..");
const PERIOD_TEXT = "t/m Q3 2024";
const SEED = 20241007;

/** The compiled core: lib/, or `--lib DIR`, or $WELZIJN_LIB (as scripts/bench-functions.js). */
const LIB_OPTION = process.argv.indexOf("--lib");
const LIB = path.resolve(
  (LIB_OPTION >= 0 ? process.argv[LIB_OPTION + 1] : undefined) ??
    process.env.WELZIJN_LIB ??
    path.join(ROOT, "lib")
);

function lib(file) {
  try {
    return require(path.join(LIB, file));
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        'bench: de opdrachtregel is nog niet gebouwd; voer eerst "npm run build:cli" uit\n'
      );
      process.exit(2);
    }
    throw error;
  }
}

const { generateBenchCases } = lib("core/sample/generateBenchCases.js");
const { proposeMapping } = lib("core/mapping/proposeMapping.js");
const { loadDataset } = lib("core/parse/loadDataset.js");
const { buildStandardReport } = lib("core/report/buildStandardReport.js");
const { buildKpiJson } = lib("core/kpis/buildKpiJson.js");
const { createEngine } = lib("core/engine/createEngine.js");
const { parsePeriod } = lib("core/periods/parsePeriod.js");
const { previousYearPeriod } = lib("core/periods/previousYearPeriod.js");

v8.setFlagsFromString("--expose-gc");
/** A full garbage collection before each timed run, so that runs start from the same heap. */
const collectGarbage = vm.runInNewContext("gc");

/**
 * After that collection V8 frees the previous run's large buffers (the columns, 80 MB at a
 * million rows) on a background thread. Unmapping them holds the process's memory map lock,
 * which the next run's allocation and first touches of fresh pages wait for: measured, 5 to
 * 20 ms of a million-row run went to cleaning up the run before (DuckDB's runs pay the same).
 * So each timed run starts after a short pause. In real use runs are minutes apart.
 */
const SETTLE_MS = 100;
function settle() {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

// ---------------------------------------------------------------------------------------------
// Memory: a worker thread samples the process's resident set every millisecond, so that the
// peak during a synchronous run (which blocks the main thread) is seen.

function startMemorySampler() {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const peak = new Int32Array(workerData);
     setInterval(() => {
       const mb = Math.round(process.memoryUsage.rss() / 1048576);
       let seen = Atomics.load(peak, 0);
       while (mb > seen) {
         const before = Atomics.compareExchange(peak, 0, seen, mb);
         if (before === seen) break;
         seen = before;
       }
     }, 1);`,
    { eval: true, workerData: shared.buffer }
  );
  worker.unref();
  return {
    reset() {
      Atomics.store(shared, 0, Math.round(process.memoryUsage.rss() / 1048576));
    },
    peakMb() {
      return Atomics.load(shared, 0);
    },
    stop() {
      return worker.terminate();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Warm-up: V8 compiles a function in tiers (interpreter, baseline, optimised) over several calls,
// so one untimed run leaves later runs still being optimised. Runs until WARM_UP_RUNS runs and
// WARM_UP_MS have passed (at most WARM_UP_MAX runs); returns the first run's result.

const WARM_UP_RUNS = 3;
const WARM_UP_MS = 1000;
const WARM_UP_MAX = 20;

async function warmUp(suite, table) {
  const started = Date.now();
  const first = await suite.run(table);
  for (let r = 1; r < WARM_UP_MAX; r += 1) {
    if (r >= WARM_UP_RUNS && Date.now() - started >= WARM_UP_MS) break;
    // As before a timed run: a full collection drops optimised code whose hidden classes died
    // with the previous run's objects, and V8 should rebuild it here rather than in the first
    // timed run.
    collectGarbage();
    await suite.run(table);
  }
  return first;
}

// ---------------------------------------------------------------------------------------------
// Suites

/** The engine: mapping, parsing and the whole standard report for both periods. */
function engineSuite() {
  const period = parsePeriod(PERIOD_TEXT);
  const previous = previousYearPeriod(period);
  return {
    name: "engine",
    label: "Welzijnsmonitor",
    run(table) {
      const mapping = proposeMapping(table, "cases");
      const dataset = loadDataset({ cases: { rows: table, mapping } });
      return buildStandardReport(createEngine(dataset), period, { previous });
    },
  };
}

/**
 * DuckDB (in memory). Ingest: one pass collects the distinct values of the text columns (all
 * categories), the table gets ENUM columns for them and DOUBLE for numbers, and the rows are
 * appended in chunks of 2,048 through the appender's vectors ('' becomes NULL). ENUMs halve
 * the ingest time against VARCHAR here (one native call per string otherwise); the SQL casts
 * them back to text where it needs text.
 */
function duckdbSuite() {
  let duckdb;
  try {
    duckdb = require("@duckdb/node-api");
  } catch {
    return null;
  }
  const period = parsePeriod(PERIOD_TEXT);
  const previous = previousYearPeriod(period);
  const sql = duckdbSql(period, previous);
  let instance;
  let connection;
  const quote = (text) => `'${text.replace(/'/g, "''")}'`;
  return {
    name: "duckdb",
    label: "DuckDB",
    async prepare() {
      if (connection !== undefined) return;
      instance = await duckdb.DuckDBInstance.create(":memory:");
      connection = await instance.connect();
    },
    async run(table) {
      const header = table[0];
      const indexes = DUCKDB_COLUMNS.map(([name]) => header.indexOf(name));
      const numeric = DUCKDB_COLUMNS.map(([, , type]) => type === "DOUBLE");
      const distinct = new Map();
      const groupOf = (name) => ENUM_GROUP[name] ?? name;
      DUCKDB_COLUMNS.forEach(([, name], c) => {
        if (!numeric[c] && !distinct.has(groupOf(name))) distinct.set(groupOf(name), new Set());
      });
      const sets = DUCKDB_COLUMNS.map(([, name], c) =>
        numeric[c] ? null : distinct.get(groupOf(name))
      );
      for (let r = 1; r < table.length; r += 1) {
        const row = table[r];
        for (let c = 0; c < indexes.length; c += 1) {
          const cell = row[indexes[c]];
          if (sets[c] !== null && cell !== "" && cell != null) sets[c].add(String(cell));
        }
      }
      const enumValues = sets.map((set) => (set === null ? null : [...set]));
      const types = enumValues.map((values) =>
        values === null ? duckdb.DOUBLE : duckdb.ENUM(values)
      );
      const columnsSql = DUCKDB_COLUMNS.map(([, name], c) =>
        enumValues[c] === null
          ? `${name} DOUBLE`
          : `${name} ENUM(${enumValues[c].map(quote).join(", ")})`
      ).join(", ");
      await connection.run(
        "DROP VIEW IF EXISTS cp; DROP TABLE IF EXISTS c; DROP TABLE IF EXISTS cases"
      );
      await connection.run(`CREATE TABLE cases (${columnsSql})`);
      const appender = await connection.createAppender("cases");
      const CHUNK = 2048;
      for (let from = 1; from < table.length; from += CHUNK) {
        const count = Math.min(CHUNK, table.length - from);
        const chunk = duckdb.DuckDBDataChunk.create(types, count);
        for (let c = 0; c < indexes.length; c += 1) {
          const vector = chunk.getColumnVector(c);
          const index = indexes[c];
          for (let k = 0; k < count; k += 1) {
            const cell = table[from + k][index];
            if (numeric[c]) vector.setItem(k, typeof cell === "number" ? cell : null);
            else vector.setItem(k, cell === "" || cell == null ? null : String(cell));
          }
          vector.flush();
        }
        appender.appendDataChunk(chunk);
      }
      appender.flushSync();
      appender.closeSync();
      await connection.run(sql.prepare);
      const results = {};
      for (const [name, query] of Object.entries(sql.queries)) {
        results[name] = (await connection.runAndReadAll(query)).getRowObjectsJS();
      }
      return results;
    },
    close() {
      if (connection !== undefined) connection.closeSync();
      if (instance !== undefined) instance.closeSync();
      connection = undefined;
      instance = undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Cross-check: DuckDB's numbers against the engine's JSON on the smallest table, so that the
// SQL is known to do the same work.

/** The KPIs the cross-check could not compare (no SQL for them), as the end of its line. */
function uncheckedText(unchecked) {
  return unchecked.length === 0 ? "" : `; zonder SQL, niet vergeleken: ${unchecked.join(", ")}`;
}

function crossCheck(table, duckResults) {
  const period = parsePeriod(PERIOD_TEXT);
  const json = buildKpiJson(
    createEngine(loadDataset({ cases: { rows: table } })),
    period,
    previousYearPeriod(period)
  );
  const differences = [];
  let compared = 0;
  const same = (a, b) =>
    a === null || a === undefined
      ? b === null || b === undefined
      : b !== null && b !== undefined && Math.abs(Number(a) - Number(b)) < 1e-9;
  const compare = (what, engine, duck) => {
    compared += 1;
    if (!same(engine, duck)) differences.push(`${what}: engine ${engine}, duckdb ${duck}`);
  };
  const kpiRows = Object.fromEntries(duckResults.kpis.map((row) => [row.p, row]));
  const allRecidive = Object.fromEntries(
    duckResults.recidive.filter((row) => row.individual === null).map((row) => [row.p, row])
  );
  // KPIs the SQL computes: the columns of its KPI rows, the recidive ones from its recidive rows,
  // and those that are null without their table. KPIs added later (the recidive breakdown, the
  // waiting list, …) have no SQL yet: they are counted as not checked, not as differences.
  const inSql = new Set([
    ...Object.keys(kpiRows.current ?? {}),
    "recidive",
    "recidivists",
    "recidivePct",
    "complaints",
    "goalReachedPct",
    "canContinueAlonePct",
  ]);
  const unchecked = [];
  for (const [id, value] of Object.entries(json.kpis)) {
    if (!inSql.has(id)) {
      unchecked.push(id);
      continue;
    }
    for (const role of ["current", "previous"]) {
      let duck = kpiRows[role]?.[id];
      if (id === "recidive" || id === "recidivists") duck = allRecidive[role]?.[id] ?? 0;
      if (id === "recidivePct")
        duck = Number(allRecidive[role]?.recidive ?? 0) / Number(kpiRows[role]?.started);
      if (["complaints", "goalReachedPct", "canContinueAlonePct"].includes(id)) duck = null;
      compare(`${id} ${role}`, value[role], duck);
    }
  }
  const mainMeasure = {
    byCaseType: "active",
    byProduct: "active",
    byDomain: "active",
    byComplexity: "active",
    byAgeBand: "active",
    byCloseReason: "closed",
    byRating: "closed",
    byReferrer: "started",
    byTeam: "active",
    byMonth: "started",
  };
  for (const [id, measure] of Object.entries(mainMeasure)) {
    for (const row of json.groups[id] ?? []) {
      for (const role of ["current", "previous"]) {
        const key =
          id === "byMonth" && role === "previous"
            ? `${Number(row.key.slice(0, 4)) - 1}${row.key.slice(4)}`
            : row.key;
        const duck = duckResults.groups.find((g) => g.id === id && g.key === key && g.p === role);
        compare(`${id}[${row.key}] ${role}`, row[role], duck?.[measure] ?? 0);
      }
    }
  }
  return { compared, differences, unchecked };
}

// ---------------------------------------------------------------------------------------------

const nl = (value, decimals = 0) =>
  Number(value).toLocaleString("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

function readOptions(argv) {
  const options = {
    sizes: [10_000, 100_000, 1_000_000],
    duckdb: true,
    inMemory: true,
    e2e: true,
    runs: 5,
  };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--sizes")
      options.sizes = String(argv[++i])
        .split(",")
        .map(Number)
        .filter((n) => n > 0);
    else if (argv[i] === "--zonder-duckdb") options.duckdb = false;
    else if (argv[i] === "--e2e-only") options.inMemory = false;
    else if (argv[i] === "--zonder-e2e") options.e2e = false;
    else if (argv[i] === "--runs") options.runs = Math.max(1, Math.floor(Number(argv[++i])) || 5);
  }
  return options;
}

/**
 * Runs the benchmark.
 *
 * @param {{ sizes?: number[], duckdb?: boolean, suites?: object[], write?: (text: string) => void }} options
 * @returns {Promise<object[]>} the measurements per size and suite
 */
async function runBench(options = {}) {
  const write = options.write ?? ((text) => process.stdout.write(text));
  const sizes = options.sizes ?? [10_000, 100_000, 1_000_000];
  const suites = [engineSuite()];
  const duck = options.duckdb === false ? null : duckdbSuite();
  if (duck !== null) suites.push(duck);
  else if (options.duckdb !== false)
    write("DuckDB (@duckdb/node-api) is niet geïnstalleerd: alleen de engine wordt gemeten.\n");
  suites.push(...(options.suites ?? []));
  const sampler = startMemorySampler();
  const results = [];
  write(
    `Benchmark: standaardrapport ${PERIOD_TEXT} en vorig jaar, node ${process.version}, ${require("node:os").cpus().length} cores\n\n`
  );
  write("rijen      meting            mediaan ms    min ms  runs  piek RSS MB  heap na run MB\n");
  try {
    for (const size of sizes) {
      const generated = Date.now();
      const table = generateBenchCases(size, SEED);
      write(`${nl(size).padStart(9)}  (tabel gemaakt in ${nl(Date.now() - generated)} ms)\n`);
      let duckFirst;
      for (const suite of suites) {
        const runs = suite.runs ? suite.runs(size) : size >= 1_000_000 ? 5 : 9;
        if (suite.prepare) await suite.prepare(table);
        const warm = await warmUp(suite, table);
        if (suite.name === "duckdb") duckFirst = warm;
        const times = [];
        let heapMb = 0;
        sampler.reset();
        for (let r = 0; r < runs; r += 1) {
          collectGarbage();
          await settle();
          const started = process.hrtime.bigint();
          await suite.run(table);
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
          heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 1048576);
        }
        // A suite gives back what it holds (DuckDB's instance: its memory and threads) once
        // it is timed at a size, so that it does not weigh on the next suite's runs (the next
        // size's `prepare` starts it again).
        if (suite.close) suite.close();
        const result = {
          rows: size,
          suite: suite.name,
          medianMs: median(times),
          minMs: Math.min(...times),
          runs,
          peakRssMb: sampler.peakMb(),
          heapMb,
        };
        results.push(result);
        write(
          `${"".padStart(9)}  ${suite.label.padEnd(16)}  ${nl(result.medianMs, 1).padStart(10)}  ${nl(result.minMs, 1).padStart(8)}  ${String(runs).padStart(4)}  ${nl(result.peakRssMb).padStart(11)}  ${nl(heapMb).padStart(14)}\n`
        );
      }
      const engine = results.find((r) => r.rows === size && r.suite === "engine");
      const duckResult = results.find((r) => r.rows === size && r.suite === "duckdb");
      if (engine && duckResult)
        write(
          `${"".padStart(9)}  verhouding DuckDB/engine: ${nl(duckResult.medianMs / engine.medianMs, 2)}\n`
        );
      if (duckFirst !== undefined && size === sizes[0]) {
        const { compared, differences, unchecked } = crossCheck(table, duckFirst);
        write(
          `${"".padStart(9)}  controle: ${compared - differences.length} van ${compared} waarden van DuckDB gelijk aan de engine${uncheckedText(unchecked)}\n`
        );
        for (const difference of differences.slice(0, 10))
          write(`${"".padStart(11)}verschil: ${difference}\n`);
      }
    }
  } finally {
    for (const suite of suites) if (suite.close) suite.close();
    await sampler.stop();
  }
  const largest = Math.max(...sizes);
  const engine = results.find((r) => r.rows === largest && r.suite === "engine");
  const duckResult = results.find((r) => r.rows === largest && r.suite === "duckdb");
  if (engine) {
    const duckMs = duckResult ? duckResult.medianMs.toFixed(1) : "NA";
    const ratio = duckResult ? (duckResult.medianMs / engine.medianMs).toFixed(2) : "NA";
    write(
      `\nBENCH rows=${largest} engine_ms=${engine.medianMs.toFixed(1)} duckdb_ms=${duckMs} ratio=${ratio}\n`
    );
  }
  return results;
}

/** The end-to-end part (scripts/bench-e2e.js), with the compiled core it needs. */
function runE2e(options) {
  const { runBenchE2e, E2E_SEED } = require("./bench-e2e.js");
  return runBenchE2e({
    runs: options.runs,
    lib: {
      generateBenchCases,
      parsePeriod,
      previousYearPeriod,
      dayToText: lib("core/dates/dayToIso.js").dayToText,
      SAMPLE_EXPORT_DATE: lib("core/sample/generateSampleExport.js").SAMPLE_EXPORT_DATE,
    },
    crossCheck: (rows, duckResults) => crossCheck(generateBenchCases(rows, E2E_SEED), duckResults),
  });
}

async function main(options) {
  if (options.inMemory) await runBench(options);
  if (options.e2e) await runE2e(options);
}

module.exports = { runBench, engineSuite, duckdbSuite, duckdbSql, crossCheck };

if (require.main === module) {
  main(readOptions(process.argv.slice(2))).catch((error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
