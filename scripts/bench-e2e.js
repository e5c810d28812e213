"use strict";
/**
 * The end-to-end part of `npm run bench` (scripts/bench.js runs it after the in-memory suites):
 * whole processes reading files, as a user runs them.
 *
 * Welzijnsmonitor: `node bin/welzijnsmonitor.js rapport --casussen FILE --periode "t/m Q3 2024"
 * --peildatum 2025-06-30 --json`, stdout to /dev/null: start-up, reading and parsing the file,
 * the standard report for both periods, the JSON printed. Also `--versie` (start-up alone) and
 * the shipped 5,000-case sample export (all four tables) with `--uit` to a temporary workbook.
 * DuckDB: `node scripts/bench-duckdb-csv.js FILE …`, stdout to /dev/null: DuckDB in memory with
 * 2 threads reads the same CSV with `read_csv` and runs the in-memory suite's SQL (the same
 * KPIs and groups for both periods), the result rows printed as JSON.
 *
 * The files are generated once from `generateBenchCases` (seed 7, as the pinned bench CSV of
 * test/cli/reportJsonPin.test.ts) and cached in $WELZIJN_BENCH_CACHE or
 * <tmpdir>/welzijnsmonitor-bench, under names holding the rows, the seed and a version (a hash
 * of the generator's sources and the file format), so that a stale file is made anew: a
 * `;`-separated CSV with d-m-yyyy dates, and a workbook written with ExcelJS's streaming
 * writer (shared strings, dates as day numbers with the dd-mm-yyyy format, as Excel stores a
 * date; bold frozen header), both from the same rows.
 *
 * Each measurement starts with one untimed run of each side (it also fills the disk cache and
 * shows a failure early), then `runs` timed runs, interleaved (wm, duckdb, wm, duckdb, …). Wall
 * time is the parent's clock around the process; peak RSS is GNU time's (`/usr/bin/time -v`,
 * NA without it). Prints a line per measurement and at the end one `BENCH_E2E` line each (see
 * scripts/bench-e2e-format.js). A run that fails prints NA and its reason; nothing here
 * asserts a time.
 */
const { spawnSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const {
  median,
  benchFileName,
  readPeakRssMb,
  formatE2eLine,
  describeFailure,
} = require("./bench-e2e-format.js");

const ROOT = path.join(__dirname, "..");
const BIN = path.join(ROOT, "bin", "welzijnsmonitor.js");
const DUCKDB_CHILD = path.join(__dirname, "bench-duckdb-csv.js");
const SAMPLE = path.join(ROOT, "assets", "voorbeeld-export.xlsx");
const PERIOD_TEXT = "t/m Q3 2024";
const EXPORT_DAY = "2025-06-30";
/** The seed of the pinned bench CSV (test/cli/reportJsonPin.test.ts), and of /tmp/b1m.csv. */
const E2E_SEED = 7;
/** Bump when the CSV or workbook writing below changes, so that cached files are remade. */
const FILE_FORMAT = "csv-semicolon-dmy-crlf/xlsx-stream-shared-ddmmyyyy/1";
/** The sources whose change changes the generated rows. */
const GENERATOR_SOURCES = [
  "src/core/sample/generateBenchCases.ts",
  "src/core/sample/createRandom.ts",
  "src/core/sample/sampleVocabulary.ts",
  "src/core/dates/dayToIso.ts",
  "src/core/dates/dayFromParts.ts",
  "src/core/dates/civil.ts",
];
const TIME = "/usr/bin/time";
const RUN_TIMEOUT_MS = 10 * 60 * 1000;

/** The generator's version: a hash of its sources and the file format. */
function generatorVersion() {
  const hash = crypto.createHash("sha256").update(FILE_FORMAT);
  for (const file of GENERATOR_SOURCES) hash.update(fs.readFileSync(path.join(ROOT, file)));
  return hash.digest("hex").slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Files

function writeCsv(file, table, dayToText) {
  const isDate = table[0].map((header) => /datum/i.test(header));
  const fd = fs.openSync(file, "w");
  try {
    let chunk = [];
    for (let r = 0; r < table.length; r += 1) {
      const row = table[r];
      chunk.push(
        row
          .map((cell, c) =>
            r > 0 && isDate[c] && typeof cell === "number" ? dayToText(cell) : String(cell)
          )
          .join(";")
      );
      if (chunk.length === 50_000 || r === table.length - 1) {
        fs.writeSync(fd, chunk.join("\r\n") + "\r\n");
        chunk = [];
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function writeXlsx(file, table) {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.creator = "Registratiesysteem";
  const sheet = workbook.addWorksheet("Casussen", { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = table[0];
  sheet.columns = headers.map((header) => ({
    width: Math.max(12, header.length + 3),
    style: /datum/i.test(header) ? { numFmt: "dd-mm-yyyy" } : {},
  }));
  const headerRow = sheet.addRow(headers);
  headerRow.eachCell((cell) => {
    cell.style = { font: { bold: true } };
  });
  headerRow.commit();
  for (let r = 1; r < table.length; r += 1) {
    sheet.addRow(table[r].map((cell) => (cell === "" ? null : cell))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Makes the bench files that are not in the cache yet (each rows' table generated once).
 *
 * @returns {Promise<Record<string, string>>} the files by `<extension><rows>`, e.g. `csv100000`
 */
async function makeBenchFiles(wanted, lib, write) {
  const dir = process.env.WELZIJN_BENCH_CACHE ?? path.join(os.tmpdir(), "welzijnsmonitor-bench");
  fs.mkdirSync(dir, { recursive: true });
  const version = generatorVersion();
  const files = {};
  const tables = new Map();
  for (const { rows, extension } of wanted) {
    const file = path.join(dir, benchFileName({ rows, seed: E2E_SEED, version, extension }));
    files[`${extension}${rows}`] = file;
    if (fs.existsSync(file)) continue;
    const started = Date.now();
    if (!tables.has(rows)) {
      tables.clear();
      tables.set(rows, lib.generateBenchCases(rows, E2E_SEED));
    }
    const table = tables.get(rows);
    // Written under another name and renamed, so that an interrupted run leaves no half file.
    const partial = `${file}.${process.pid}.deel`;
    if (extension === "csv") writeCsv(partial, table, lib.dayToText);
    else await writeXlsx(partial, table);
    fs.renameSync(partial, file);
    write(`  gemaakt: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// Processes

const hasGnuTime = () => fs.existsSync(TIME);

/**
 * Runs `node ARGS` as a process, stdout to /dev/null (or captured), and measures it.
 *
 * @returns {{ ms: number, peakRssMb: number | null, failure: string | null, stdout: string }}
 */
function runProcess(args, { captureStdout = false } = {}) {
  const timeFile = path.join(os.tmpdir(), `welzijnsmonitor-bench-time-${process.pid}.txt`);
  const command = hasGnuTime() ? TIME : process.execPath;
  const commandArgs = hasGnuTime() ? ["-v", "-o", timeFile, process.execPath, ...args] : args;
  const started = process.hrtime.bigint();
  const run = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: ["ignore", captureStdout ? "pipe" : "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: RUN_TIMEOUT_MS,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let peakRssMb = null;
  if (hasGnuTime() && fs.existsSync(timeFile)) {
    peakRssMb = readPeakRssMb(fs.readFileSync(timeFile, "utf8"));
    fs.rmSync(timeFile, { force: true });
  }
  const failed = run.error !== undefined || run.status !== 0 || run.signal !== null;
  return {
    ms,
    peakRssMb,
    failure: failed
      ? run.error && run.error.code !== undefined && run.status === null
        ? `${run.error.code} (${(ms / 1000).toFixed(1)} s)`
        : `${describeFailure(run)}, na ${(ms / 1000).toFixed(1)} s`
      : null,
    stdout: run.stdout ?? "",
  };
}

/** A side's result from its timed runs (or from its failed first run). */
function summarise(runs, failure) {
  if (failure !== null) return { medianMs: null, peakRssMb: null, failure, times: [] };
  const times = runs.map((run) => run.ms);
  const rss = runs.map((run) => run.peakRssMb).filter((value) => value !== null);
  return {
    medianMs: median(times),
    peakRssMb: rss.length > 0 ? Math.max(...rss) : null,
    failure: null,
    times,
  };
}

/**
 * One measurement: an untimed first run per side, then `runs` timed runs interleaved.
 *
 * @returns {{ wm: object, duckdb: object | null, duckdbFirstStdout: string }}
 */
function measure({ wmArgs, duckdbArgs, runs, captureDuckdb }) {
  const sides = [{ name: "wm", args: wmArgs, runs: [], failure: null }];
  if (duckdbArgs) sides.push({ name: "duckdb", args: duckdbArgs, runs: [], failure: null });
  let duckdbFirstStdout = "";
  for (const side of sides) {
    const first = runProcess(side.args, { captureStdout: side.name === "duckdb" && captureDuckdb });
    if (side.name === "duckdb") duckdbFirstStdout = first.stdout;
    if (first.failure !== null)
      side.failure = `${first.failure}${first.peakRssMb !== null ? `, piek ${first.peakRssMb} MB` : ""}`;
  }
  for (let r = 0; r < runs; r += 1) {
    for (const side of sides) {
      if (side.failure !== null) continue;
      const run = runProcess(side.args);
      if (run.failure !== null) side.failure = run.failure;
      else side.runs.push(run);
    }
  }
  const [wm, duckdb] = sides.map((side) => summarise(side.runs, side.failure));
  return { wm, duckdb: duckdb ?? null, duckdbFirstStdout };
}

// ---------------------------------------------------------------------------------------------

const nl = (value, decimals = 0) =>
  Number(value).toLocaleString("nl-NL", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });

function describeSide(label, side) {
  if (side.failure !== null) return `${label} mislukt: ${side.failure}`;
  const rss = side.peakRssMb === null ? "NA" : nl(side.peakRssMb);
  return `${label} ${nl(side.medianMs)} ms (${nl(Math.min(...side.times))}–${nl(Math.max(...side.times))}), piek ${rss} MB`;
}

/**
 * Runs the end-to-end bench and writes its lines.
 *
 * @param {{ runs?: number, write?: (text: string) => void, lib: object,
 *   crossCheck?: (rows: number, duckdbResults: object) => { compared: number, differences: string[] } }} options
 *   `lib`: the compiled core's generateBenchCases, dayToText, parsePeriod, previousYearPeriod
 *   and SAMPLE_EXPORT_DATE; `crossCheck` compares DuckDB's results on the 100k CSV with the engine's
 * @returns {Promise<string[]>} the BENCH_E2E lines
 */
async function runBenchE2e(options) {
  const write = options.write ?? ((text) => process.stdout.write(text));
  const runs = options.runs ?? 5;
  const { lib } = options;
  const period = lib.parsePeriod(PERIOD_TEXT);
  const previous = lib.previousYearPeriod(period);
  const days = [period.start, period.end, previous.start, previous.end].map(String);
  let duckdbInstalled = true;
  try {
    require.resolve("@duckdb/node-api");
  } catch {
    duckdbInstalled = false;
  }
  write(
    `\nEind tot eind: hele processen vanuit bestanden, ${runs} ${runs === 1 ? "meting" : "metingen"} per kant na één ongetimede, ` +
      `afwisselend (wm, DuckDB, wm, …), medianen; belasting ${os
        .loadavg()
        .map((l) => nl(l, 2))
        .join(" ")}\n` +
      `  wm:     node bin/welzijnsmonitor.js rapport --casussen BESTAND --periode "${PERIOD_TEXT}" --peildatum ${EXPORT_DAY} --json > /dev/null\n` +
      `          (opstarten, bestand lezen en ontleden, standaardrapport voor beide perioden, JSON schrijven)\n` +
      `  DuckDB: node scripts/bench-duckdb-csv.js BESTAND … > /dev/null (DuckDB in geheugen, 2 threads:\n` +
      `          read_csv van hetzelfde bestand en dezelfde SQL als hierboven, resultaat als JSON)\n` +
      `  piek RSS: ${hasGnuTime() ? "/usr/bin/time -v" : "NA (geen /usr/bin/time)"}\n`
  );
  if (!duckdbInstalled) write("  DuckDB (@duckdb/node-api) is niet geïnstalleerd: alleen wm.\n");
  const files = await makeBenchFiles(
    [
      { rows: 100_000, extension: "csv" },
      { rows: 100_000, extension: "xlsx" },
      { rows: 1_000_000, extension: "csv" },
      { rows: 1_000_000, extension: "xlsx" },
    ],
    lib,
    write
  );
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "welzijnsmonitor-bench-uit-"));
  const report = (file) => [
    BIN,
    "rapport",
    "--casussen",
    file,
    "--periode",
    PERIOD_TEXT,
    "--peildatum",
    EXPORT_DAY,
    "--json",
  ];
  const duckdb = (file) => (duckdbInstalled ? [DUCKDB_CHILD, file, ...days] : null);
  const measurements = [
    { label: "--versie", input: "start=versie", wmArgs: [BIN, "--versie"] },
    {
      label: "voorbeeld (5.000 casussen, 4 tabellen) --uit",
      input: "sample_rows=5000 out=xlsx",
      wmArgs: [
        BIN,
        "rapport",
        ...["--casussen", SAMPLE, "--zrm", SAMPLE, "--activiteiten", SAMPLE, "--klachten", SAMPLE],
        ...["--periode", PERIOD_TEXT, "--peildatum", lib.SAMPLE_EXPORT_DATE],
        ...["--uit", path.join(outDir, "rapport.xlsx"), "--overschrijven"],
      ],
    },
    {
      label: "csv 100.000 rijen --json",
      input: "csv_rows=100000",
      wmArgs: report(files.csv100000),
      duckdbArgs: duckdb(files.csv100000),
      check: 100_000,
    },
    {
      label: "csv 1.000.000 rijen --json",
      input: "csv_rows=1000000",
      wmArgs: report(files.csv1000000),
      duckdbArgs: duckdb(files.csv1000000),
    },
    {
      label: "xlsx 100.000 rijen --json",
      input: "xlsx_rows=100000",
      wmArgs: report(files.xlsx100000),
    },
    {
      label: "xlsx 1.000.000 rijen --json",
      input: "xlsx_rows=1000000",
      wmArgs: report(files.xlsx1000000),
    },
  ];
  const lines = [];
  try {
    for (const m of measurements) {
      const captureDuckdb = m.check !== undefined && options.crossCheck !== undefined;
      const result = measure({ wmArgs: m.wmArgs, duckdbArgs: m.duckdbArgs, runs, captureDuckdb });
      let text = `  ${m.label.padEnd(44)} ${describeSide("wm", result.wm)}`;
      if (result.duckdb !== null) {
        text += `; ${describeSide("DuckDB", result.duckdb)}`;
        if (result.wm.medianMs !== null && result.duckdb.medianMs !== null)
          text += `; DuckDB/wm ${nl(result.duckdb.medianMs / result.wm.medianMs, 2)}`;
      }
      write(`${text}\n`);
      if (captureDuckdb && result.duckdbFirstStdout !== "") {
        const {
          compared,
          differences,
          unchecked = [],
        } = options.crossCheck(m.check, JSON.parse(result.duckdbFirstStdout));
        write(
          `    controle: ${compared - differences.length} van ${compared} waarden van DuckDB (read_csv) gelijk aan de engine` +
            (unchecked.length === 0
              ? ""
              : `; zonder SQL, niet vergeleken: ${unchecked.join(", ")}`) +
            "\n"
        );
        for (const difference of differences.slice(0, 10)) write(`      verschil: ${difference}\n`);
      }
      lines.push(formatE2eLine({ input: m.input, wm: result.wm, duckdb: result.duckdb }));
    }
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  write(
    `  belasting na afloop ${os
      .loadavg()
      .map((l) => nl(l, 2))
      .join(" ")}\n\n`
  );
  write(lines.map((line) => `${line}\n`).join(""));
  return lines;
}

module.exports = { runBenchE2e, makeBenchFiles, generatorVersion, E2E_SEED };
