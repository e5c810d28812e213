"use strict";
/**
 * Run by bin.test.ts after compiling src/ to lib/: the command line's RecidiveFactsWorker on
 * a real worker thread against the same report computed on one thread, and its fallbacks.
 * Prints one JSON object with what it saw; the test asserts on it.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..", "..");
const L = (file) => require(path.join(ROOT, "lib", file));
const { RecidiveFactsWorker } = L("cli/RecidiveFactsWorker.js");
const { generateBenchCases } = L("core/sample/generateBenchCases.js");
const { loadDataset } = L("core/parse/loadDataset.js");
const { buildKpiJson } = L("core/kpis/buildKpiJson.js");
const { buildStandardReport } = L("core/report/buildStandardReport.js");
const { parsePeriod } = L("core/periods/parsePeriod.js");
const { previousYearPeriod } = L("core/periods/previousYearPeriod.js");
const ExcelJS = require("exceljs");

const PERIOD = parsePeriod("t/m Q3 2024");
const PREVIOUS = previousYearPeriod(PERIOD);
const ROWS = generateBenchCases(30_000, 20241007);

function report(worker, rows = ROWS) {
  const dataset = loadDataset({ cases: { rows } });
  const took = worker === null ? false : worker.prefetch(dataset.cases, "startedOn");
  return {
    took,
    json: JSON.stringify(buildKpiJson(dataset, PERIOD, PREVIOUS)),
    tables: JSON.stringify(buildStandardReport(dataset, PERIOD, { previous: PREVIOUS }).tables),
  };
}

/** A thread script written for the occasion: `answer` runs on each job. */
function fakeThread(name, answer) {
  const file = path.join(os.tmpdir(), `welzijn-${name}-${process.pid}.js`);
  fs.writeFileSync(
    file,
    `const { parentPort, workerData } = require("node:worker_threads");
     parentPort.on("message", (job) => { ${answer} });
     Atomics.store(workerData.state, 0, 1);
     Atomics.notify(workerData.state, 0);`
  );
  return file;
}

async function cliRuns() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "welzijn-threads-"));
  const file = path.join(dir, "export.xlsx");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Casussen");
  for (const row of generateBenchCases(25_000, 7))
    sheet.addRow(row.map((v) => (v === "" ? null : v)));
  await workbook.xlsx.writeFile(file);
  const run = (env) =>
    spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin", "welzijnsmonitor.js"),
        "report",
        "--cases",
        file,
        "--period",
        "t/m Q3 2024",
        "--peildatum",
        "2024-12-31",
        "--json",
      ],
      { encoding: "utf8", env: { ...process.env, ...env } }
    );
  const two = run({});
  const one = run({ WELZIJNSMONITOR_THREADS: "1" });
  fs.rmSync(dir, { recursive: true, force: true });
  const json = JSON.parse(two.stdout || "{}");
  return {
    status: [two.status, one.status],
    stderr: two.stderr + one.stderr,
    same: two.stdout === one.stdout,
    recidive: json.kpis && json.kpis.recidive ? json.kpis.recidive.current : null,
  };
}

async function main() {
  const single = report(null);
  const worker = RecidiveFactsWorker.start();
  const ready = worker.waitUntilReady(20_000);
  const two = report(worker);
  const again = report(worker);
  const small = report(worker, ROWS.slice(0, 1000));
  // Text case ids ("C1001"): copying them costs more than the thread saves.
  const texts = report(
    worker,
    ROWS.map((row, r) => (r === 0 ? row : [`C${row[0]}`, ...row.slice(1)]))
  );
  await worker.close();

  const failing = RecidiveFactsWorker.start({
    script: fakeThread(
      "failing",
      "Atomics.store(job.signal, 0, 2); Atomics.notify(job.signal, 0);"
    ),
  });
  failing.waitUntilReady(20_000);
  const failed = report(failing);
  await failing.close();

  const silent = RecidiveFactsWorker.start({ script: fakeThread("silent", ""), timeoutMs: 300 });
  silent.waitUntilReady(20_000);
  const waited = Date.now();
  const timedOut = report(silent);
  const waitedMs = Date.now() - waited;
  const readyAfterTimeout = silent.ready;
  await silent.close();

  const missing = RecidiveFactsWorker.start({
    script: path.join(os.tmpdir(), "no-such-thread.js"),
  });

  const result = {
    ready,
    took: [two.took, again.took, small.took, texts.took],
    textIdsSame: texts.json === single.json,
    sameAsOneThread: [two, again].map((r) => r.json === single.json && r.tables === single.tables),
    recidive: JSON.parse(single.json).kpis.recidive,
    failed: {
      took: failed.took,
      same: failed.json === single.json && failed.tables === single.tables,
    },
    silent: {
      took: timedOut.took,
      same: timedOut.json === single.json && timedOut.tables === single.tables,
      waitedAtLeastTimeout: waitedMs >= 300,
      readyAfterTimeout,
    },
    missing: { ready: missing.ready, took: report(missing).took },
    cli: await cliRuns(),
  };
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exitCode = 1;
});
