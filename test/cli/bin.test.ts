import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

describe("bin/welzijnsmonitor.js", () => {
  it("compiles without errors, then prints the Dutch usage and exits 0 (smoke test of the installed command)", () => {
    // The one test that spawns processes: compile src/ to lib/ as `npm install` does, then run
    // the bin. --noEmitOnError: a failing compile fails this test and leaves lib/ as it was,
    // instead of half-updating it with output of code that does not type-check.
    const compile = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--noEmitOnError"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect({ status: compile.status, output: `${compile.stdout}${compile.stderr}` }).toEqual({
      status: 0,
      output: "",
    });
    expect(existsSync(join(ROOT, "lib", "cli", "main.js"))).toBe(true);
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "welzijnsmonitor.js"), "--help"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "welzijnsmonitor report --cases BESTAND --period PERIODE [opties]"
    );
  }, 180_000);

  // After the test above: it compiles lib/, which this one runs (jest runs a file's tests in order).
  it("computes recidive facts on a second thread with the numbers of one thread, and falls back when the thread fails", () => {
    const result = spawnSync(process.execPath, [join(__dirname, "factsThreadCheck.js")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      ready: true,
      // 30,000 cases twice, then 1,000 (below MIN_WORKER_CASES: computed on the main thread),
      // then 30,000 with text case ids (kept on the main thread).
      took: [true, true, false, false],
      // Text ids change no number.
      textIdsSame: true,
      sameAsOneThread: [true, true],
      recidive: { current: 279, previous: 106 },
      failed: { took: true, same: true },
      silent: { took: true, same: true, waitedAtLeastTimeout: true, readyAfterTimeout: false },
      missing: { ready: false, took: false },
      // The command line on a 25,000-row .xlsx with the thread and with WELZIJNSMONITOR_THREADS=1.
      cli: { status: [0, 0], stderr: "", same: true, recidive: 224 },
    });
  }, 120_000);
});
