import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { USAGE_TEXT } from "../../src/cli/usageText";
import { captureIo } from "./captureIo";

const PERIOD = ["--period", "Q1 2024", "--peildatum", "2024-10-07"];

interface Issue {
  row: number;
  column: string;
  code: string;
  severity: string;
  message: string;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-warnings-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function runJson(
  file: string,
  text: string,
  ...argv: string[]
): Promise<{ status: number; issues: Issue[]; kpis: Record<string, { current: unknown }> }> {
  const path = join(dir, file);
  writeFileSync(path, text);
  const capture = captureIo();
  const status = await main(["report", "--cases", path, ...PERIOD, ...argv, "--json"], capture.io);
  expect(capture.stderr()).toBe("");
  const json = JSON.parse(capture.stdout()) as {
    issues: Issue[];
    kpis: Record<string, { current: unknown }>;
  };
  return { status, issues: json.issues, kpis: json.kpis };
}

describe("welzijnsmonitor report: dates before the earliest date", () => {
  const cases =
    "Casusnummer;Aanmelddatum;Startdatum;Einddatum\n" +
    "C1;;1-1-2024;31-1-2024\n" +
    "C2;;1-2-2024;1-3-2024\n" +
    "C3;01-01-1900;;2-1-2024\n";

  it("reports a case registered on 1-1-1900 and leaves it out of the mean duration", async () => {
    const { status, issues, kpis } = await runJson("placeholder.csv", cases);
    expect(status).toBe(0);
    expect(issues).toEqual([
      {
        table: "cases",
        row: 4,
        column: "Aanmelddatum",
        code: "EARLY_DATE",
        severity: "error",
        message:
          'Casussen, rij 4, kolom "Aanmelddatum": de datum 1-1-1900 ligt vóór 1-1-1990 en is vermoedelijk een standaardwaarde. De casus telt niet mee in cijfers die de aanmelddatum nodig hebben.',
      },
    ]);
    expect(kpis.meanDurationActive?.current).toBe(29.5);
  });

  it("explains --vroegste-datum in --help", () => {
    expect(USAGE_TEXT).toContain("--vroegste-datum D-M-JJJJ");
    expect(USAGE_TEXT).toContain("(standaard 1-1-1990)");
  });

  it("moves the bound with --vroegste-datum", async () => {
    const { issues, kpis } = await runJson(
      "placeholder-accepted.csv",
      cases,
      "--vroegste-datum",
      "1-1-1900"
    );
    expect(issues).toEqual([]);
    expect(kpis.meanDurationActive?.current).toBe(15116.666666666666);
  });
});

describe("welzijnsmonitor report: dataset warnings", () => {
  it("warns, with exit status 0, about a file with only a header row", async () => {
    const { status, issues } = await runJson(
      "kop.csv",
      "Casusnummer;Aanmelddatum;Startdatum;Einddatum\n"
    );
    expect(status).toBe(0);
    expect(issues).toEqual([
      {
        table: "cases",
        row: 1,
        column: "",
        code: "EMPTY_TABLE",
        severity: "warning",
        message:
          "Casussen, rij 1: de tabel Casussen bevat alleen een kopregel: er zijn geen casussen om te tellen.",
      },
    ]);
  });

  it("warns about an export without a usable date column", async () => {
    const { status, issues } = await runJson(
      "geen-datums.csv",
      "Casusnummer;Team;Datum\nC1;Noord;1-2-2024\nC2;Zuid;3-2-2024\n"
    );
    expect(status).toBe(0);
    expect(issues.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        1,
        "NO_USABLE_DATES",
        "Casussen, rij 1: geen bruikbare datums: de kolommen Aanmelddatum, Startdatum en Einddatum zijn niet gevonden: de KPI's per periode blijven leeg.",
      ],
    ]);
  });
});

describe("welzijnsmonitor report: text longer than an Excel cell holds", () => {
  const longTeam = "Team Noord " + "x".repeat(40000 - 11);
  const cutTeam = longTeam.slice(0, 32766) + "…";
  const csv =
    "Casusnummer;Team;Startdatum;Einddatum;Hoofddomein 1\n" +
    "C1;Zuid;2-1-2024;31-1-2024;Financiën\n" +
    `C2;${longTeam};1-2-2024;1-3-2024;Huisvesting\n`;

  function sheetRows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    return rows;
  }

  it("cuts the team in the parse: JSON, summary and Controle sheet list the same warning", async () => {
    const out = join(dir, "lang.xlsx");
    const { status, issues } = await runJson("lang.csv", csv, "--out", out);
    expect(status).toBe(0);
    expect(issues).toEqual([
      {
        table: "cases",
        row: 3,
        column: "Team",
        code: "TEXT_TRUNCATED",
        severity: "warning",
        message:
          'Casussen, rij 3, kolom "Team": de tekst is 40.000 tekens lang; een Excel-cel houdt er 32.767. De tekst is ingekort.',
      },
    ]);

    const capture = captureIo();
    const summaryOut = join(dir, "lang-samenvatting.xlsx");
    const path = join(dir, "lang.csv");
    expect(
      await main(["report", "--cases", path, ...PERIOD, "--out", summaryOut], capture.io)
    ).toBe(0);
    expect(capture.stdout()).toContain("1 melding over de gegevens (0 fouten, 1 waarschuwing).");

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const controle = sheetRows(book.getWorksheet("Controle")).filter((row) => row[3] !== undefined);
    expect(controle.map((row) => row.slice(0, 5))).toEqual([
      ["Tabel", "Rij", "Kolom", "Code", "Ernst"],
      ["Casussen", 3, "Team", "TEXT_TRUNCATED", "Waarschuwing"],
    ]);
    const texts = book.worksheets.flatMap((sheet) =>
      sheetRows(sheet).flatMap((row) =>
        row.filter((value): value is string => typeof value === "string")
      )
    );
    // The long texts in the workbook are the cut team, as the parse cut it: nothing cut again.
    expect(new Set(texts.filter((text) => text.length > 1000))).toEqual(new Set([cutTeam]));
    expect(Math.max(...texts.map((text) => text.length))).toBe(32767);
  });
});
