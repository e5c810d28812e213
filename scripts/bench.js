#!/usr/bin/env node
"use strict";
/**
 * `npm run bench`: the engine against DuckDB on seeded synthetic case tables shaped like
 * Office.js `range.values` (dates as serials, text, '' for empty), at 10k, 100k and 1M rows.
 *
 * Engine: the whole standard report for "t/m Q3 2024" and its previous year, from the 2D
 * array: proposeMapping + loadDataset (parsing every cell into typed columns) +
 * buildStandardReport (every KPI and grouped KPI of the registry, for both periods), on one
 * thread, as the command line and the task pane run it.
 * DuckDB: the same arrays appended into a table, plus SQL computing the same KPIs and groups
 * for both periods (see DUCKDB_SQL). Each timed run starts from the arrays.
 *
 * Each suite is warmed up first (at least 3 runs and 1 s, see `warmUp`), then timed over 9 runs
 * (5 at a million rows), each after a full garbage collection and a pause in which the
 * collector's background threads give the previous run's memory back (see `settle`).
 * Prints the median and peak memory per size, the ratio duckdb/engine, and as the last line
 * `BENCH rows=1000000 engine_ms=<median> duckdb_ms=<median> ratio=<duckdb/engine>`.
 * Options: `--sizes 10000,100000` (default 10000,100000,1000000), `--zonder-duckdb`, `--lib DIR`.
 * Figures only: nothing here asserts a time.
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

/*
 * What the DuckDB SQL covers, for both periods at once (periods joined as a small table), so
 * that it does the work of the standard report on this table:
 * - derived columns: start (Startdatum, else Aanmelddatum), case type grouped to IT/LS/IA by
 *   keyword, main domains as a list without duplicates, self-referral flag, first start per client;
 * - every scalar KPI of SPEC §4 the table can serve: registrations, infoAdvice, meanWaitDays,
 *   started, active, closed, openAtEnd, meanDurationClosed, meanDurationActive, uniqueClients,
 *   helpQuestions, selfReferralPct, newClientPct, meanRating; recidive, recidivists and
 *   recidivePct both unfiltered and over IT+LS (SPEC §5: earlier case of the client, none
 *   still open, previous case closed ≥ 6 calendar months before, shared main domain), with
 *   the breakdown (passing the gap, several earlier cases, same question, only new questions,
 *   reopened, new clients);
 * - per case type (byCaseType and the "individuele ondersteuning" table): started, active,
 *   closed, meanDurationClosed; byProduct: active, meanDurationClosed; byDomain, byComplexity,
 *   byAgeBand (age at start): active; byCloseReason, byRating: closed; byReferrer: started;
 *   byTeam: started, active, closed, meanWaitDays; byMonth: started, active, closed per month.
 * The table has no ZRM, activity or complaint tables, so the engine computes nothing for
 * them either. DuckDB gets typed columns (numbers as DOUBLE, text as ENUM, '' as NULL) and
 * clean data; it does not check dates, ids or domain names as the engine's parser does.
 */
/** Columns of the DuckDB table: header, column, type ('category' columns become ENUMs). */
const DUCKDB_COLUMNS = [
  ["Casusnummer", "case_id", "DOUBLE"],
  ["Cliëntnummer", "client_id", "DOUBLE"],
  ["Soort traject", "case_type", "category"],
  ["Product", "product", "category"],
  ["Aanmelddatum", "registered", "DOUBLE"],
  ["Intakedatum", "intake", "DOUBLE"],
  ["Startdatum", "started", "DOUBLE"],
  ["Einddatum", "closed", "DOUBLE"],
  ["Hoofddomein 1", "domain1", "category"],
  ["Hoofddomein 2", "domain2", "category"],
  ["Afsluitreden", "close_reason", "category"],
  ["Verwijzer", "referrer", "category"],
  ["Team", "team", "category"],
  ["Geboortedatum", "birth", "DOUBLE"],
  ["Direct opgelost", "resolved", "category"],
  ["Klantoordeel", "rating", "DOUBLE"],
];

/** Both domain columns share one ENUM, so that their values compare. */
const ENUM_GROUP = { domain1: "domain", domain2: "domain" };

function duckdbSql(period, previous) {
  const day = (serial) => `(DATE '1899-12-30' + ${serial}::INTEGER)`;
  return {
    prepare: `
CREATE OR REPLACE TEMP TABLE periods AS
  SELECT * FROM (VALUES ('current', ${period.start}, ${period.end}), ('previous', ${previous.start}, ${previous.end})) p(p, s, e);
CREATE OR REPLACE TEMP TABLE referrers AS
  SELECT referrer, regexp_matches(lower(referrer::VARCHAR), '(^|[^a-z])(zelf|zelfmelders?|zelfmelding|eigen initiatief)([^a-z]|$)') AS self
  FROM (SELECT DISTINCT referrer FROM cases WHERE referrer IS NOT NULL);
CREATE OR REPLACE TEMP TABLE c AS
  SELECT *, min(start) OVER (PARTITION BY client_id) AS client_first_start
  FROM (
    SELECT case_id, client_id, product::VARCHAR AS product, close_reason::VARCHAR AS close_reason,
      cases.referrer::VARCHAR AS referrer, team::VARCHAR AS team, referrers.self,
      CASE WHEN case_type::VARCHAR ILIKE '%leun%' OR case_type::VARCHAR ILIKE '%steun%' THEN 'LS'
           WHEN case_type::VARCHAR ILIKE '%informatie%' OR case_type::VARCHAR ILIKE '%advies%' THEN 'IA'
           WHEN case_type::VARCHAR ILIKE '%individu%' OR case_type::VARCHAR ILIKE '%traject%' THEN 'IT'
           ELSE case_type::VARCHAR END AS type,
      floor(registered)::INTEGER AS reg, floor(intake)::INTEGER AS intake,
      COALESCE(floor(started), floor(registered))::INTEGER AS start, floor(closed)::INTEGER AS closed,
      floor(birth)::INTEGER AS birth,
      list_distinct(list_filter([domain1::VARCHAR, domain2::VARCHAR], x -> x IS NOT NULL)) AS doms,
      lower(resolved::VARCHAR) = 'ja' AS resolved,
      CASE WHEN rating BETWEEN 1 AND 10 THEN rating END AS rating
    FROM cases LEFT JOIN referrers ON cases.referrer = referrers.referrer);
CREATE OR REPLACE TEMP VIEW cp AS
  SELECT c.*, p, s, e,
    start BETWEEN s AND e AS is_started,
    start <= e AND (closed IS NULL OR closed >= s) AS is_active,
    closed BETWEEN s AND e AS is_closed
  FROM c CROSS JOIN periods;`,
    queries: {
      kpis: `
SELECT p,
  count(*) FILTER (reg BETWEEN s AND e) AS registrations,
  count(*) FILTER ((type = 'IA' AND is_started) OR (resolved AND reg BETWEEN s AND e)) AS infoAdvice,
  avg(intake - reg) FILTER (intake BETWEEN s AND e AND reg IS NOT NULL) AS meanWaitDays,
  count(*) FILTER (is_started) AS started,
  count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed,
  count(*) FILTER (start <= e AND (closed IS NULL OR closed > e)) AS openAtEnd,
  avg(closed - start) FILTER (is_closed AND start IS NOT NULL) AS meanDurationClosed,
  avg(least(COALESCE(closed, e), e) - start) FILTER (is_active) AS meanDurationActive,
  count(DISTINCT client_id) FILTER (is_active) AS uniqueClients,
  sum(len(doms)) FILTER (is_active) AS helpQuestions,
  avg(self::INTEGER) FILTER (is_started AND referrer IS NOT NULL) AS selfReferralPct,
  avg((start = client_first_start)::INTEGER) FILTER (is_started AND client_id IS NOT NULL) AS newClientPct,
  avg(rating) FILTER (is_closed) AS meanRating
FROM cp GROUP BY p`,
      recidive: `
WITH eligible AS (SELECT case_id, client_id, start, closed, doms, type FROM c WHERE client_id IS NOT NULL AND start IS NOT NULL),
candidates AS (SELECT k.*, p, s FROM eligible k JOIN periods ON k.start BETWEEN s AND e),
history AS (
  SELECT k.case_id, k.p, k.s, k.type, k.client_id, k.start, k.doms,
    count(h.case_id) AS earlier,
    max(COALESCE(h.closed, 2147483647)) AS latest_close,
    max(h.closed) AS previous_closed,
    arg_max(h.doms, struct_pack(c := h.closed, s := h.start, i := h.case_id::BIGINT::VARCHAR)) FILTER (h.closed IS NOT NULL) AS previous_doms
  FROM candidates k LEFT JOIN eligible h ON h.client_id = k.client_id AND h.start < k.start
  GROUP BY ALL),
facts AS (
  SELECT *, earlier > 0 AND latest_close < start
      AND previous_closed <= (${day("start")} - INTERVAL 6 MONTH)::DATE - DATE '1899-12-30' AS pass_gap,
    len(list_intersect(doms, previous_doms)) > 0 AS same_question
  FROM history)
SELECT p, type IN ('IT', 'LS') AS individual,
  count(*) FILTER (pass_gap AND same_question) AS recidive,
  count(DISTINCT client_id) FILTER (pass_gap AND same_question) AS recidivists,
  count(*) FILTER (pass_gap) AS passGap,
  count(*) FILTER (pass_gap AND earlier >= 2) AS multiplePrevious,
  count(*) FILTER (pass_gap AND NOT same_question) AS onlyNewQuestions,
  count(*) FILTER (earlier > 0 AND NOT pass_gap) AS reopened,
  count(*) FILTER (earlier = 0) AS newClients
FROM facts GROUP BY GROUPING SETS ((p), (p, individual))`,
      groups: `
WITH months AS (
  SELECT p, m::DATE AS m_start, last_day(m::DATE) AS m_end
  FROM periods, LATERAL (SELECT unnest(generate_series(${day("s")}, ${day("e")}, INTERVAL 1 MONTH)) AS m)),
month_days AS (
  SELECT p, strftime(m_start, '%Y-%m') AS key, m_start - DATE '1899-12-30' AS ms, m_end - DATE '1899-12-30' AS me FROM months)
SELECT 'byCaseType' AS id, type AS key, p, count(*) FILTER (is_started) AS started, count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed, avg(closed - start) FILTER (is_closed) AS meanDurationClosed, NULL AS meanWaitDays
  FROM cp GROUP BY type, p
UNION ALL BY NAME
SELECT 'byProduct' AS id, product AS key, p, count(*) FILTER (is_active) AS active,
  avg(closed - start) FILTER (is_closed) AS meanDurationClosed FROM cp GROUP BY product, p
UNION ALL BY NAME
SELECT 'byDomain' AS id, domain AS key, p, count(*) AS active
  FROM (SELECT unnest(doms) AS domain, p FROM cp WHERE is_active) GROUP BY domain, p
UNION ALL BY NAME
SELECT 'byComplexity' AS id,
  CASE WHEN len(doms) = 0 THEN '' WHEN len(doms) = 1 THEN 'niet-complex' WHEN len(doms) <= 3 THEN 'redelijk-complex' ELSE 'complex' END AS key,
  p, count(*) AS active FROM cp WHERE is_active GROUP BY ALL
UNION ALL BY NAME
SELECT 'byCloseReason' AS id, COALESCE(close_reason, '') AS key, p, count(*) AS closed FROM cp WHERE is_closed GROUP BY ALL
UNION ALL BY NAME
SELECT 'byRating' AS id, rating::INTEGER::VARCHAR AS key, p, count(*) AS closed FROM cp WHERE is_closed AND rating IS NOT NULL GROUP BY ALL
UNION ALL BY NAME
SELECT 'byReferrer' AS id, COALESCE(referrer, '') AS key, p, count(*) AS started FROM cp WHERE is_started GROUP BY ALL
UNION ALL BY NAME
SELECT 'byAgeBand' AS id,
  CASE WHEN age IS NULL OR age < 0 THEN '' WHEN age < 18 THEN '0-17' WHEN age < 27 THEN '18-26' WHEN age < 45 THEN '27-44'
       WHEN age < 55 THEN '45-54' WHEN age < 65 THEN '55-64' ELSE '65+' END AS key, p, count(*) AS active
  FROM (SELECT p, date_sub('year', ${day("birth")}, ${day("start")}) AS age FROM cp WHERE is_active) GROUP BY ALL
UNION ALL BY NAME
SELECT 'byTeam' AS id, COALESCE(team, '') AS key, p, count(*) FILTER (is_started) AS started, count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed, avg(intake - reg) FILTER (intake BETWEEN s AND e) AS meanWaitDays FROM cp GROUP BY ALL
UNION ALL BY NAME
SELECT 'byMonth' AS id, m.key, m.p,
  count(*) FILTER (c.start BETWEEN m.ms AND m.me) AS started,
  count(*) FILTER (c.start <= m.me AND (c.closed IS NULL OR c.closed >= m.ms)) AS active,
  count(*) FILTER (c.closed BETWEEN m.ms AND m.me) AS closed
  FROM month_days m JOIN c ON c.start <= m.me AND (c.closed IS NULL OR c.closed >= m.ms)
  GROUP BY m.key, m.p`,
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
  for (const [id, value] of Object.entries(json.kpis)) {
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
  return { compared, differences };
}

// ---------------------------------------------------------------------------------------------

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const nl = (value, decimals = 0) =>
  Number(value).toLocaleString("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

function readOptions(argv) {
  const options = { sizes: [10_000, 100_000, 1_000_000], duckdb: true };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--sizes")
      options.sizes = String(argv[++i])
        .split(",")
        .map(Number)
        .filter((n) => n > 0);
    else if (argv[i] === "--zonder-duckdb") options.duckdb = false;
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
        const { compared, differences } = crossCheck(table, duckFirst);
        write(
          `${"".padStart(9)}  controle: ${compared - differences.length} van ${compared} waarden van DuckDB gelijk aan de engine\n`
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

module.exports = { runBench, engineSuite, duckdbSuite, duckdbSql, crossCheck };

if (require.main === module) {
  runBench(readOptions(process.argv.slice(2))).catch((error) => {
    process.stderr.write(`bench: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  });
}
