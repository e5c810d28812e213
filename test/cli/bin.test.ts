import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SAMPLE_SHEET_NAMES, writeSampleWorkbook } from "../../src/cli/writeSampleWorkbook";
import { generateBenchCases } from "../../src/core/sample/generateBenchCases";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "welzijnsmonitor.js");
const CSV = join(ROOT, "test", "fixtures", "cli", "cases-windows1252.csv");
const REPORT = ["report", "--cases", CSV, "--period", "t/m Q3 2024", "--peildatum", "2024-10-07"];
/** The version in package.json, as --versie prints it. */
const VERSION = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("bin/welzijnsmonitor.js", () => {
  it("compiles without errors, then prints the Dutch usage and exits 0 (smoke test of the installed command)", () => {
    // The one test that spawns processes: compile src/ to lib/ and bundle the core as `npm
    // install` does, then run the bin. --noEmitOnError: a failing compile fails this test and
    // leaves lib/ as it was, instead of half-updating it with output of code that does not
    // type-check.
    const compile = spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--noEmitOnError"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect({ status: compile.status, output: `${compile.stdout}${compile.stderr}` }).toEqual({
      status: 0,
      output: "",
    });
    const bundle = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle-lib.js")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect({ status: bundle.status, output: `${bundle.stdout}${bundle.stderr}` }).toEqual({
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
      "welzijnsmonitor rapport --casussen BESTAND --periode PERIODE [opties]"
    );
  }, 180_000);

  // After the first test: it compiles lib/, which this one runs.
  it("gives the same JSON and report for the sample with the Dutch option names as with the English ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-bin-nl-"));
    try {
      const sample = join(dir, "voorbeeld.xlsx");
      writeFileSync(
        sample,
        await writeSampleWorkbook(generateSampleExport({ seed: 7, cases: 400 }))
      );
      const runBin = (
        args: readonly string[]
      ): { status: number | null; stdout: string; stderr: string } =>
        spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
      const sheets = SAMPLE_SHEET_NAMES;
      const dutch = runBin([
        "rapport",
        "--casussen",
        sample,
        "--werkblad",
        sheets.cases,
        "--zrm",
        sample,
        "--zrm-werkblad",
        sheets.zrm,
        "--activiteiten",
        sample,
        "--activiteiten-werkblad",
        sheets.activities,
        "--klachten",
        sample,
        "--klachten-werkblad",
        sheets.complaints,
        "--periode",
        "t/m Q3 2024",
        "--peildatum",
        "7-10-2024",
        "--kolom",
        "Kan zelfstandig verder=",
        "--kolom",
        "activiteit.Aantal deelnemers=",
        "--kolom",
        "zrm.doelscore=",
        "--uit",
        join(dir, "rapport-nl.xlsx"),
        "--json",
      ]);
      const english = runBin([
        "report",
        "--cases",
        sample,
        "--sheet",
        sheets.cases,
        "--zrm",
        sample,
        "--zrm-sheet",
        sheets.zrm,
        "--activities",
        sample,
        "--activities-sheet",
        sheets.activities,
        "--complaints",
        sample,
        "--complaints-sheet",
        sheets.complaints,
        "--period",
        "t/m Q3 2024",
        "--peildatum",
        "2024-10-07",
        "--map",
        "canContinueAlone=",
        "--map",
        "activities.participants=",
        "--map",
        "zrm.goalScore=",
        "--out",
        join(dir, "rapport-en.xlsx"),
        "--json",
      ]);
      expect({ status: dutch.status, stderr: dutch.stderr }).toEqual({ status: 0, stderr: "" });
      expect({ status: english.status, stderr: english.stderr }).toEqual({ status: 0, stderr: "" });
      const json = JSON.parse(dutch.stdout) as { kpis: Record<string, { current: unknown }> };
      expect(JSON.parse(english.stdout)).toEqual(json);
      // The overrides took effect: the unmapped columns (which the sample fills) leave their
      // KPIs empty.
      expect(json.kpis.canContinueAlonePct?.current).toBeNull();
      expect(json.kpis.goalReachedPct?.current).toBeNull();
      expect(json.kpis.registrations?.current).toEqual(expect.any(Number));
      expect(readdirSync(dir).sort()).toEqual([
        "rapport-en.xlsx",
        "rapport-nl.xlsx",
        "voorbeeld.xlsx",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  // The tests below run lib/, which the test above compiles (jest runs a file's tests in order).
  describe("a failing write", () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-bin-"));
    });
    afterAll(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it("leaves the previous report whole when the file-size limit stops the write half-way", () => {
      const out = join(dir, "rapport.xlsx");
      const first = spawnSync(process.execPath, [BIN, ...REPORT, "--out", out], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect({ status: first.status, stderr: first.stderr }).toEqual({ status: 0, stderr: "" });
      const before = readFileSync(out);
      expect(before.length).toBeGreaterThan(16 * 1024);
      // ulimit -f 8: no file may grow past 8 KB. Node ignores SIGXFSZ, so the write fails (EFBIG).
      const args = [BIN, ...REPORT.slice(0, -4), "--period", "Q3 2024", "--out", out];
      const limited = spawnSync(
        "bash",
        ["-c", 'ulimit -f 8; exec "$0" "$@"', process.execPath, ...args],
        { cwd: ROOT, encoding: "utf8" }
      );
      // One comparison: before the fix, all of these differed (an 8 KB rest of the old report).
      expect({
        status: limited.status,
        stdout: limited.stdout,
        stderr: limited.stderr,
        unchanged: readFileSync(out).equals(before),
        files: readdirSync(dir),
      }).toEqual({
        status: 2,
        stdout: "",
        stderr: `welzijnsmonitor: kan het rapport niet schrijven naar ${out}: het bestand wordt groter dan toegestaan (limiet op de bestandsgrootte)\n`,
        unchanged: true,
        files: ["rapport.xlsx"],
      });
    });

    it("says in one Dutch line that --json cannot be written to a full disk, without a stack trace", () => {
      const full = openSync("/dev/full", "w");
      try {
        const result = spawnSync(process.execPath, [BIN, ...REPORT, "--json"], {
          cwd: ROOT,
          encoding: "utf8",
          stdio: ["ignore", full, "pipe"],
        });
        expect({ status: result.status, stderr: result.stderr }).toEqual({
          status: 2,
          stderr: "welzijnsmonitor: kan de uitvoer niet schrijven: de schijf is vol\n",
        });
      } finally {
        closeSync(full);
      }
    });

    it("says in one Dutch line that the reader of its output has stopped (EPIPE)", () => {
      // `true` reads nothing and has exited long before node has started and computed.
      const result = spawnSync(
        "bash",
        ["-c", '"$0" "$@" | true; exit "${PIPESTATUS[0]}"', process.execPath, BIN, ...REPORT],
        { cwd: ROOT, encoding: "utf8" }
      );
      expect({ status: result.status, stderr: result.stderr }).toEqual({
        status: 2,
        stderr:
          "welzijnsmonitor: kan de uitvoer niet schrijven: het programma dat de uitvoer ontving, is gestopt\n",
      });
    });
  });

  it("loads the core as one bundled module (scripts/bundle-lib.js), not as its ~250 files", () => {
    // Loading the core's modules one by one took about 55 ms of every report run, the bundle 13.
    const dir = mkdtempSync(join(tmpdir(), "wm-bundle-"));
    const hook = join(dir, "hook.js");
    writeFileSync(
      hook,
      'const M = require("module"); const load = M.prototype.load; const seen = [];\n' +
        "M.prototype.load = function (file) { seen.push(file); return load.call(this, file); };\n" +
        'process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify(seen) + "\\n"));\n'
    );
    try {
      const run = spawnSync(process.execPath, ["-r", hook, BIN, ...REPORT, "--json"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(run.status).toBe(0);
      const files = JSON.parse(/loaded:(.*)/.exec(run.stderr)?.[1] ?? "[]") as string[];
      const core = join(ROOT, "lib", "core");
      expect(files.filter((file) => file.startsWith(`${core}/`))).toEqual([join(core, "index.js")]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers --versie alone without loading the argument parser or the core", () => {
    // A preloaded hook records every module of lib/ that is loaded (start-up: the core's index
    // alone took about 40 ms of the 0.12 s --versie used to take).
    const dir = mkdtempSync(join(tmpdir(), "wm-version-"));
    const hook = join(dir, "hook.js");
    writeFileSync(
      hook,
      'const M = require("module"); const load = M._load; const seen = [];\n' +
        "M._load = function (request, ...rest) { seen.push(request); return load.call(this, request, ...rest); };\n" +
        'process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify(seen) + "\\n"));\n'
    );
    const loaded = (args: readonly string[]): { stdout: string; modules: string[] } => {
      const run = spawnSync(process.execPath, ["-r", hook, BIN, ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
      const json = /loaded:(.*)/.exec(run.stderr)?.[1] ?? "[]";
      return { stdout: run.stdout, modules: JSON.parse(json) as string[] };
    };
    try {
      for (const flag of ["--versie", "--version"]) {
        const { stdout, modules } = loaded([flag]);
        expect(stdout).toBe(`welzijnsmonitor ${VERSION}\n`);
        expect(modules.filter((m) => m.includes("core") || m.includes("parseCliArgs"))).toEqual([]);
      }
      // With anything else on the line the parser decides, as before.
      const withPeriod = loaded(["--versie", "--periode", "Q3 2024"]);
      expect(withPeriod.stdout).toBe(`welzijnsmonitor ${VERSION}\n`);
      expect(withPeriod.modules.some((m) => m.includes("parseCliArgs"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads a CSV case table in two threads (forced for a small file) with the JSON of one thread", () => {
    // A preloaded hook records what each append of the worker's part gave: the second half
    // must have come from the worker thread and been appended, not read again here.
    const dir = mkdtempSync(join(tmpdir(), "wm-threads-"));
    const hook = join(dir, "hook.js");
    const parser = join(ROOT, "lib", "core", "index.js");
    writeFileSync(
      hook,
      'if (require("node:worker_threads").isMainThread) {\n' +
        `const { CaseTableParser } = require(${JSON.stringify(parser)}); const append = CaseTableParser.prototype.append; const seen = [];\n` +
        "CaseTableParser.prototype.append = function (...args) { const ok = append.apply(this, args); seen.push(ok); return ok; };\n" +
        'process.on("exit", () => process.stderr.write("appended:" + JSON.stringify(seen) + "\\n"));\n}\n'
    );
    const rows = generateBenchCases(3000, 7).map((row) => row.map(String));
    // In the second half: a quoted field with a line break and quotes, and a repeated id.
    rows[2000]![7] = 'Team "Noord"\nOost';
    rows.splice(2500, 0, [...rows[2400]!]);
    // A field too many (a delimiter in an unquoted value) in each half: the row is left out
    // when the field past the header is filled, and read with a warning when it is empty.
    rows[500]!.splice(6, 0, "Verhuisd");
    rows[2800]!.splice(6, 0, "Verhuisd");
    rows[1200]!.push("");
    const csv = join(dir, "export.csv");
    const field = (text: string): string =>
      /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    writeFileSync(csv, `${rows.map((row) => row.map(field).join(";")).join("\r\n")}\r\n`);
    const run = (threads: string, file = csv): { stdout: string; appended: unknown } => {
      const result = spawnSync(
        process.execPath,
        [
          "-r",
          hook,
          BIN,
          "report",
          "--cases",
          file,
          "--period",
          "t/m Q3 2024",
          "--peildatum",
          "2025-06-30",
          "--json",
        ],
        {
          cwd: ROOT,
          encoding: "utf8",
          maxBuffer: 1 << 26,
          env: { ...process.env, WELZIJN_CSV_THREADS: threads },
        }
      );
      const appended = /appended:(.*)/.exec(result.stderr)?.[1];
      return {
        stdout: result.stdout,
        appended:
          appended === undefined ? `${result.status} ${result.stderr}` : JSON.parse(appended),
      };
    };
    try {
      const one = run("1");
      const two = run("2");
      expect(one.appended).toEqual([]);
      expect(two.appended).toEqual([true]);
      expect(two.stdout).toBe(one.stdout);
      expect(JSON.parse(one.stdout).issues).toContainEqual(
        expect.objectContaining({ code: "DUPLICATE_CASE_ID", row: 2501 })
      );
      type Issue = { code: string; row: number; severity: string };
      const tooLong = (JSON.parse(two.stdout) as { issues: Issue[] }).issues
        .filter((issue) => issue.code === "ROW_TOO_LONG")
        .map((issue) => [issue.row, issue.severity]);
      // Row 501's shifted-out last value (Klantoordeel) is empty, row 2801's is 5.
      expect(tooLong).toEqual([
        [501, "warning"],
        [1201, "warning"],
        [2801, "error"],
      ]);
      // A byte that is not UTF-8 after the cut (the whole file is then decoded as one
      // thread decodes it): no part, the JSON of one thread, with the byte's warning.
      const latin = join(dir, "latin.csv");
      const bytes = readFileSync(csv);
      bytes[bytes.indexOf("\r\n", Math.floor(bytes.length * 0.8)) + 2] = 0xe9;
      writeFileSync(latin, bytes);
      const latinTwo = run("2", latin);
      expect(latinTwo.appended).toEqual([]);
      expect(latinTwo.stdout).toBe(run("1", latin).stdout);
      expect(JSON.parse(latinTwo.stdout).issues).toContainEqual(
        expect.objectContaining({ code: "INVALID_ENCODING" })
      );
      // The same byte before the cut, past the first megabyte (found by the main thread
      // after its part was sent): the input is read again, in one thread.
      const big = join(dir, "big.csv");
      const bigRows = generateBenchCases(25_000, 7).map((row) => row.map(String).join(";"));
      const bigBytes = Buffer.from(`${bigRows.join("\r\n")}\r\n`, "utf8");
      bigBytes[bigBytes.indexOf("\r\n", Math.floor(bigBytes.length * 0.45)) + 2] = 0xe9;
      writeFileSync(big, bigBytes);
      const bigTwo = run("2", big);
      expect(bigBytes.length).toBeGreaterThan(2 << 20);
      expect(bigTwo.appended).toEqual([]);
      expect(bigTwo.stdout).toBe(run("1", big).stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ends with the mapping's message when a CSV read in two threads cannot be mapped: the worker started before the read does not keep the process alive", () => {
    const dir = mkdtempSync(join(tmpdir(), "wm-threads-"));
    const csv = join(dir, "export.csv");
    writeFileSync(csv, "Naam;Datum\r\na;1-1-2024\r\nb;2-1-2024\r\n");
    try {
      const result = spawnSync(
        process.execPath,
        [BIN, "rapport", "--casussen", csv, "--periode", "t/m Q3 2024", "--json"],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 20000,
          env: { ...process.env, WELZIJN_CSV_THREADS: "2" },
        }
      );
      expect(result.signal).toBeNull();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("verplichte kolom Casusnummer niet gevonden");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loads the workbook writer (ExcelJS, JSZip) only to write a workbook, as one bundle without ExcelJS's reader: not for --versie, nor for --json from a CSV or .xlsx file", async () => {
    // A preloaded hook records the files loaded. ExcelJS alone took most of the ~0.4 s that
    // --versie used to take; unzipper, the zip reader of ExcelJS's streaming reader, about 90
    // ms of a --uit run, for nothing; JSZip about 25 ms. scripts/bundle-lib.js puts the writer
    // with ExcelJS, JSZip and yazl in lib/xlsx/index.js: 37 ms to load instead of about 95.
    const dir = mkdtempSync(join(tmpdir(), "wm-lazy-"));
    const hook = join(dir, "hook.js");
    writeFileSync(
      hook,
      'const M = require("module"); const load = M.prototype.load; const seen = [];\n' +
        "M.prototype.load = function (file) { seen.push(file); return load.call(this, file); };\n" +
        'process.on("exit", () => process.stderr.write("loaded:" + JSON.stringify(seen) + "\\n"));\n'
    );
    const writer = join(ROOT, "lib", "xlsx", "index.js");
    const loads = (args: readonly string[]): unknown => {
      const run = spawnSync(process.execPath, ["-r", hook, BIN, ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
      const json = /loaded:(.*)/.exec(run.stderr)?.[1];
      if (json === undefined) return run.stderr;
      const files = JSON.parse(json) as string[];
      const has = (part: string): boolean => files.some((file) => file.includes(part));
      return {
        writer: files.includes(writer),
        exceljs: has("/node_modules/exceljs/"),
        jszip: has("/node_modules/jszip/"),
        unzipper: has("/node_modules/unzipper/"),
      };
    };
    const workbook = join(dir, "export.xlsx");
    writeFileSync(
      workbook,
      await writeSampleWorkbook(generateSampleExport({ seed: 3, cases: 30 }))
    );
    const none = { writer: false, exceljs: false, jszip: false, unzipper: false };
    try {
      expect(loads(["--versie"])).toEqual(none);
      expect(loads([...REPORT, "--json"])).toEqual(none);
      expect(loads(["report", "--cases", workbook, "--period", "t/m Q3 2024", "--json"])).toEqual(
        none
      );
      const out = join(dir, "rapport.xlsx");
      expect(
        loads(["report", "--cases", workbook, "--period", "t/m Q3 2024", "--uit", out])
      ).toEqual({ ...none, writer: true });
      expect(existsSync(out)).toBe(true);
      // esbuild names each bundled module's file in a comment: ExcelJS's workbook is in, its
      // streaming reader's zip libraries are not.
      const bundle = readFileSync(writer, "utf8");
      expect(bundle).toContain("node_modules/exceljs/lib/doc/workbook.js");
      expect(bundle).not.toMatch(/node_modules\/(unzipper|archiver)\//);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
