import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runMain } from "./captureIo";

const CASES = join(__dirname, "..", "fixtures", "cli", "cases-utf8-bom.csv");
const PERIOD = ["--periode", "t/m Q3 2024", "--peildatum", "2024-10-07"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-template-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a template file and returns its path. */
function templateFile(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

const OWN = {
  title: "Eigen rapport {periode}",
  tables: [
    {
      id: "perSoort",
      title: "Opgestart per soort traject",
      measures: ["started"],
      rows: { dimension: { field: "caseType" } },
      columns: { kind: "comparison" },
    },
    {
      id: "wijk",
      title: "Per wijk",
      measures: ["started"],
      rows: { dimension: { column: "Wijk" } },
      columns: { kind: "comparison" },
    },
  ],
};

describe("--sjabloon", () => {
  // The fixture worked out by hand (see main.test.ts): started in t/m Q3 2024 C2 (IT), C4 (IT),
  // C5 (IA), C9 (LS); in t/m Q3 2023 C1 (IT), C3 (LS), C6 (IA).
  it("an own template: its tables in the JSON, the table the export cannot serve left out with its reason", async () => {
    const path = templateFile("eigen.json", OWN);
    const result = await runMain(
      "rapport",
      "--casussen",
      CASES,
      ...PERIOD,
      "--sjabloon",
      path,
      "--json"
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json.tables).toEqual([
      {
        id: "perSoort",
        title: "Opgestart per soort traject",
        rowHeader: "Soort traject",
        columns: ["t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
        rows: [
          { label: "IT", values: [1, 2, 1, 1] },
          { label: "IA", values: [1, 1, 0, 0] },
          { label: "LS", values: [1, 1, 0, 0] },
          { label: "Totaal", values: [3, 4, 1, 1 / 3] },
        ],
      },
    ]);
    expect(json.omittedTables).toEqual([
      { id: "wijk", title: "Per wijk", reason: "de kolom Wijk ontbreekt in de export" },
    ]);
    // The KPIs are there as without a template.
    expect((json.kpis as Record<string, { current: number }>).started?.current).toBe(4);
  });

  it("prints the template's tables and what was left out", async () => {
    const path = templateFile("eigen2.json", OWN);
    const result = await runMain("rapport", "--casussen", CASES, ...PERIOD, "--sjabloon", path);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Eigen rapport t/m Q3 2024\n\nOpgestart per soort traject\n");
    expect(result.stdout).toMatch(/\nTotaal +3 +4 +\+1 +\+33,3%\n/);
    expect(result.stdout).toContain(
      "Niet opgenomen:\n- Per wijk: de kolom Wijk ontbreekt in de export\n"
    );
  });

  // Registrations: C2 C4 C5 C8 C9 in t/m Q3 2024; C1 C3 C6 in t/m Q3 2023.
  it("standaard adds the standard report's tables to the JSON", async () => {
    const result = await runMain(
      "rapport",
      "--casussen",
      CASES,
      ...PERIOD,
      "--sjabloon",
      "standaard",
      "--json"
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      tables: { id: string; columns: string[]; rows: { label: string; values: unknown[] }[] }[];
    };
    const kpis = json.tables.find((table) => table.id === "kpis");
    expect(kpis?.columns).toEqual(["t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"]);
    expect(kpis?.rows.find((row) => row.label === "Aantal aanmeldingen")?.values).toEqual([
      3,
      5,
      2,
      2 / 3,
    ]);
  });

  it("without --sjabloon the JSON has no tables (as before)", async () => {
    const result = await runMain("rapport", "--casussen", CASES, ...PERIOD, "--json");
    expect(Object.keys(JSON.parse(result.stdout) as object)).not.toContain("tables");
  });

  it.each([
    [
      ["--sjabloon", "onbekend"],
      'welzijnsmonitor: --sjabloon: onbekend sjabloon "onbekend"; kies uit standaard',
    ],
    [["--sjabloon", "x.json"], "welzijnsmonitor: sjabloon niet gevonden: x.json"],
  ])("refuses %j", async (option, message) => {
    const result = await runMain("rapport", "--casussen", CASES, ...PERIOD, ...option);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it("a template file that is not JSON or not a template: the message names the file and the bad key", async () => {
    const broken = templateFile("kapot.json", "{ title: ");
    const bad = templateFile("fout.json", {
      ...OWN,
      tables: [{ ...OWN.tables[0], columns: { kind: "kolommen" } }],
    });
    const notJson = await runMain("rapport", "--casussen", CASES, ...PERIOD, "--sjabloon", broken);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain(`${broken} is geen geldige JSON`);
    const notTemplate = await runMain("rapport", "--casussen", CASES, ...PERIOD, "--sjabloon", bad);
    expect(notTemplate.status).toBe(2);
    expect(notTemplate.stderr).toContain(
      `sjabloon ${bad}: tables[0].columns.kind: hier hoort "comparison", "series", "crosstab" of "measures"`
    );
  });

  it("publication mode with an own template: every small count of its tables is null, and the JSON says so", async () => {
    const path = templateFile("eigen3.json", OWN);
    const result = await runMain(
      "rapport",
      "--casussen",
      CASES,
      ...PERIOD,
      "--sjabloon",
      path,
      "--publicatie",
      "--json"
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as {
      publication: { threshold: number; suppressed: number };
      tables: { id: string; rows: { label: string; values: (number | null)[] }[] }[];
    };
    // Started: IT 2, IA 1, LS 1, Totaal 4 against IT 1, IA 1, LS 1, Totaal 3: all below 5.
    const perSoort = json.tables.find((t) => t.id === "perSoort");
    expect(perSoort?.rows.map((r) => r.values)).toEqual(
      Array.from({ length: 4 }, () => [null, null, null, null])
    );
    expect(json.publication.threshold).toBe(5);
    expect(json.publication.suppressed).toBeGreaterThanOrEqual(16);
  });
});
