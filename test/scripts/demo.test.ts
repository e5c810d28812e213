import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const ROOT = path.join(__dirname, "..", "..");
const ASSET = path.join(ROOT, "assets", "voorbeeld-export.xlsx");

const hash = (file: string): string =>
  existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : "absent";

// `npm run demo` runs the compiled command line in lib/ (`npm run build:cli`, done by npm install);
// without it the demo exits 2 with a message saying so, and this test fails with that message.
describe("npm run demo (scripts/demo.js) into WELZIJN_DEMO_DIR", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "welzijn-demo-"));
  const assetBefore = hash(ASSET);
  let stdout = "";
  let status: number | null = null;

  beforeAll(() => {
    const run = spawnSync(process.execPath, [path.join(ROOT, "scripts", "demo.js")], {
      cwd: ROOT,
      env: { ...process.env, WELZIJN_DEMO_DIR: dir },
      encoding: "utf8",
      timeout: 120_000,
    });
    stdout = run.stdout;
    status = run.status;
    if (status !== 0) throw new Error(`demo failed (${status}): ${run.stderr}`);
  }, 130_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes both workbooks to the folder, and the report has its three sheets", async () => {
    expect(status).toBe(0);
    const report = path.join(dir, "rapport-t-m-Q3-2024.xlsx");
    expect(existsSync(path.join(dir, "voorbeeld-export.xlsx"))).toBe(true);
    expect(existsSync(report)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(report);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Rapportage t\u2215m Q3 2024",
      "Toelichting",
      "Controle",
    ]);
  });

  it("prints the summary with Dutch thousands separators", () => {
    // t/m Q3 2023: 1.134 registrations, t/m Q3 2024: 1.094 (the sample is seeded).
    expect(stdout).toMatch(/Aantal aanmeldingen\s+1\.134\s+1\.094\s+[−-]40\b/);
    expect(stdout).toMatch(/Percentage recidive, zelfde hoofddomein \(IT\+LS\)\s+4,7%\s+5,3%/);
    expect(stdout).toContain("Klaar in ");
    // The command it ran, as a user would type it: Dutch option names.
    expect(stdout).toMatch(
      /^• welzijnsmonitor rapport --casussen \S+voorbeeld-export\.xlsx --zrm \S+ --activiteiten \S+ --klachten \S+ --periode "t\/m Q3 2024" --peildatum 2024-10-07 --uit \S+rapport-t-m-Q3-2024\.xlsx --overschrijven$/m
    );
    expect(stdout).not.toContain("assets");
  });

  it("prints every line the README shows of its output, word for word", () => {
    // README.md, "In de terminal ziet u onder meer:", a block with "..." for the lines left out.
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const block = /In de terminal ziet u onder meer:\n\n```\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const shown = (block ?? "").split("\n").filter((line) => line !== "...");
    expect(shown).toContain(
      "5.000 casussen gelezen; 9 meldingen over de gegevens (6 fouten, 3 waarschuwingen)."
    );
    const printed = new Set(stdout.split("\n"));
    expect(shown.filter((line) => !printed.has(line))).toEqual([]);
  });

  it("leaves assets/voorbeeld-export.xlsx as it was", () => {
    expect(hash(ASSET)).toBe(assetBefore);
  });
});
