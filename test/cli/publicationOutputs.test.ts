/**
 * Publication mode's outputs on the shipped sample (SPEC §9, issue 16): the JSON has nulls and
 * its publication block, and neither it nor the workbook carries row-level data. The sample
 * has findings that name rows, case numbers and values (rij 4633, casusnummer "14630",
 * "31-02-2024", "Eenzaamheid"); none of them may be published.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runMain } from "./captureIo";

const SAMPLE = path.resolve(__dirname, "..", "..", "assets", "voorbeeld-export.xlsx");
const RUN = [
  ...["--casussen", SAMPLE, "--zrm", SAMPLE, "--activiteiten", SAMPLE, "--klachten", SAMPLE],
  ...["--periode", "t/m Q3 2024", "--peildatum", "2024-12-01"],
];
/** What the sample's findings name: rows, a case number, values. */
const ROW_LEVEL = /rij 4633|14630|31-02-2024|Eenzaamheid|#N\/A|4632|3516/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "wm-publicatie-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every text and number of every sheet, one line per cell. */
function sheetTexts(workbook: ExcelJS.Workbook): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  workbook.eachSheet((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))));
    texts.set(sheet.name, cells);
  });
  return texts;
}

describe("--publicatie on the sample", () => {
  it("prints nulls, the publication block and findings counted per kind in the JSON", async () => {
    const run = await runMain("rapport", ...RUN, "--publicatie", "--json");
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as {
      publication: { threshold: number; suppressed: number };
      groups: { byTeam: { key: string; current: number | null; previous: number | null }[] };
      issues: unknown[];
    };
    expect(json.publication.threshold).toBe(5);
    expect(json.publication.suppressed).toBeGreaterThan(0);
    // One case without a team in either period: "<5" in the report, null here.
    expect(json.groups.byTeam.find((r) => r.key === "- geen team -")).toEqual({
      key: "- geen team -",
      current: null,
      previous: null,
    });
    expect(json.issues).toContainEqual({
      code: "DUPLICATE_CASE_ID",
      description: "Dubbel casusnummer",
      severity: "error",
      rows: 1,
    });
    // "Eenzaamheid" is also a group key (byDomain, its count null): a label, not a finding.
    expect(JSON.stringify(json.issues)).not.toMatch(ROW_LEVEL);
    expect(run.stdout).not.toMatch(/rij \d|14630|31-02-2024|#N\/A|"message"|"row"/);
  });

  it("the internal JSON still lists every finding (the pattern does match it)", async () => {
    const run = await runMain("rapport", ...RUN, "--json");
    expect(run.stdout).toMatch(ROW_LEVEL);
    expect(run.stdout).not.toMatch(/"publication"/);
  });

  it("writes a workbook whose Controle sheet counts findings and that names no row or value", async () => {
    const out = path.join(dir, "publicatie.xlsx");
    const run = await runMain("rapport", ...RUN, "--publicatie", "--uit", out);
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
    const texts = sheetTexts(workbook);
    expect([...texts.keys()]).toEqual([
      expect.stringMatching(/^Rapportage/),
      "Toelichting",
      "Controle",
    ]);
    const controle = workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect([1, 2, 3, 4].map((c) => controle.getCell(1, c).value)).toEqual([
      "Code",
      "Soort bevinding",
      "Ernst",
      "Aantal rijen",
    ]);
    expect(texts.get("Controle")).toEqual(
      expect.arrayContaining(["DUPLICATE_CASE_ID", "Dubbel casusnummer", "Fout", "1"])
    );
    for (const [name, cells] of texts)
      expect({ name, leaks: cells.filter((c) => ROW_LEVEL.test(c)) }).toEqual({ name, leaks: [] });
  });
});
