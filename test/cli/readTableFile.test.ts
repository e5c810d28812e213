import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { sniffFileKind } from "../../src/cli/sniffFileKind";
import { captureIo } from "./captureIo";

/*
 * Files as Excel and other programs save them, read end to end: the report must be the one
 * of the clean file, with the reader's findings among the issues.
 */

const FIXTURES = join(__dirname, "..", "fixtures", "cli");
const WINDOWS_CSV = join(FIXTURES, "cases-windows1252.csv");
const UTF8_CSV = join(FIXTURES, "cases-utf8-bom.csv");
const PERIOD = ["--period", "t/m Q3 2024", "--peildatum", "2024-10-07"];

interface ReportJson {
  kpis: Record<string, unknown>;
  groups: unknown;
  issues: { table: string; row: number; column: string; code: string; severity: string }[];
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-read-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function reportOf(path: string): Promise<ReportJson> {
  const capture = captureIo();
  const status = await main(["report", "--cases", path, ...PERIOD, "--json"], capture.io);
  expect(capture.stderr()).toBe("");
  expect(status).toBe(0);
  return JSON.parse(capture.stdout()) as ReportJson;
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** The Windows-1252 fixture as Excel's "Unicode-tekst": tab separated, UTF-16 LE. */
function unicodeText(): string {
  const text = new TextDecoder("windows-1252").decode(readFileSync(WINDOWS_CSV));
  return text.replace(/;/g, "\t");
}

describe("a report on a UTF-16 text file", () => {
  const le = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf16le"));
  const be = (text: string): Uint8Array => le(text).map((_, i, bytes) => bytes[i ^ 1] as number);

  it.each([
    ["UTF-16 LE with byte order mark (Excel)", (): Uint8Array => le(`\ufeff${unicodeText()}`)],
    ["UTF-16 BE with byte order mark", (): Uint8Array => be(`\ufeff${unicodeText()}`)],
    ["UTF-16 LE without byte order mark", (): Uint8Array => le(unicodeText())],
    ["UTF-16 BE without byte order mark", (): Uint8Array => be(unicodeText())],
  ])("equals the report on the Windows-1252 file: %s", async (_, bytes) => {
    const expected = await reportOf(WINDOWS_CSV);
    const report = await reportOf(write("unicode.txt", bytes()));
    expect(report).toEqual(expected);
    expect(report.issues.map((issue) => issue.code)).toEqual(["INVALID_DATE", "TOTAL_ROW"]);
  });
});

describe("a report on a UTF-8 file with one byte that is not UTF-8", () => {
  it("reads the rest as UTF-8 (same KPIs as the clean file) and warns at the bad cell", async () => {
    const clean = readFileSync(UTF8_CSV);
    // C6's team "Team Zuid" becomes "Team Zuidé" with é written as Windows-1252 (0xE9).
    const at = clean.indexOf('"Team Zuid"', clean.indexOf("C6,")) + '"Team Zuid'.length;
    const damaged = Buffer.concat([clean.subarray(0, at), Buffer.from([0xe9]), clean.subarray(at)]);
    const expected = await reportOf(UTF8_CSV);
    const report = await reportOf(write("stray-byte.csv", damaged));

    expect(report.kpis).toEqual(expected.kpis);
    expect(report.issues).toEqual([
      {
        table: "cases",
        row: 7,
        column: "Team",
        code: "INVALID_ENCODING",
        severity: "warning",
        message:
          'Casussen, rij 7, kolom "Team": ongeldig teken (byte 0xE9) in "Team Zuidé": gelezen als "é". De rest van het bestand is UTF-8; controleer deze waarde.',
      },
      ...expected.issues,
    ]);
  });
});

describe("a report on an .xlsx file with a cell far from the data", () => {
  async function fixtureWorkbook(farCell: string): Promise<Uint8Array> {
    // The fixture has no delimiter inside its quoted fields.
    const rows = readFileSync(UTF8_CSV, "utf8")
      .replace(/^\ufeff/, "")
      .trimEnd()
      .split("\n")
      .map((line) => line.split(",").map((field) => field.replace(/^"|"$/g, "")));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Export");
    for (const row of rows) sheet.addRow(row.map((cell) => (cell === "" ? null : cell)));
    sheet.getCell(farCell).value = "notitie";
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  }

  it("reads a sheet with a cell at XFD1048576 (completes, reports the stray cell's row)", async () => {
    const expected = await reportOf(UTF8_CSV);
    const report = await reportOf(write("corner.xlsx", await fixtureWorkbook("XFD1048576")));
    expect(report.kpis).toEqual(expected.kpis);
    expect(report.issues).toEqual([
      ...expected.issues,
      expect.objectContaining({ row: 1_048_576, code: "MISSING_CASE_ID", column: "Casusnummer" }),
    ]);
  });

  it("reads a sheet with a note in column XFD of a data row as the clean file", async () => {
    const expected = await reportOf(UTF8_CSV);
    const report = await reportOf(write("note.xlsx", await fixtureWorkbook("XFD2")));
    expect(report).toEqual(expected);
  });
});

describe("a file whose contents are not of the kind its extension says", () => {
  const SAMPLE_XLSX = join(__dirname, "..", "..", "assets", "voorbeeld-export.xlsx");
  /** An old .xls file begins with the OLE compound file signature. */
  const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  async function failureOf(path: string): Promise<[number, string]> {
    const capture = captureIo();
    const status = await main(["report", "--cases", path, ...PERIOD, "--json"], capture.io);
    expect(capture.stdout()).toBe("");
    return [status, capture.stderr()];
  }

  it.each([
    [
      "werkmap.csv",
      () => new Uint8Array(readFileSync(SAMPLE_XLSX)),
      "is geen CSV-bestand maar een Excel-werkmap (.xlsx): geef het bestand de extensie .xlsx",
    ],
    [
      "oud.csv",
      () => OLE,
      "is geen CSV-bestand maar een Excel-bestand in het oude .xls-formaat: sla het in Excel op als .xlsx",
    ],
    [
      "binair.txt",
      () => Uint8Array.from([0x43, 0x61, 0x73, 0x75, 0x73, 0, 0x01, 0x02, 0, 0xff]),
      "is geen tekstbestand: het bevat binaire gegevens (nul-bytes), geen tabel met scheidingstekens",
    ],
    [
      "tekst.xlsx",
      () => new TextEncoder().encode("Casusnummer;Aanmelddatum\n1;1-2-2024\n"),
      "is geen Excel-werkmap maar een tekstbestand: geef het bestand de extensie .csv",
    ],
  ])("says what %s really is (exit status 2)", async (name, bytes, says) => {
    const path = write(name, bytes());
    expect(await failureOf(path)).toEqual([2, `welzijnsmonitor: ${path} ${says}\n`]);
  });
});

describe("sniffFileKind", () => {
  it("tells a workbook, an old workbook, binary data, text and nothing apart", () => {
    const text = new TextEncoder().encode("Casusnummer;Startdatum\n1;1-2-2024\n");
    expect(
      [
        Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]),
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0, 0, 0x01]),
        text,
        new Uint8Array(0),
      ].map(sniffFileKind)
    ).toEqual(["zip", "ole", "binary", "text", "empty"]);
  });

  describe("edge cases", () => {
    it("reads UTF-16 (a zero byte in every Latin character) and one stray zero byte as text", () => {
      const utf16 = Uint8Array.from([0x43, 0, 0x61, 0, 0x73, 0, 0x0a, 0]);
      const stray = new Uint8Array(200).fill(0x41);
      stray[100] = 0;
      expect([utf16, stray].map(sniffFileKind)).toEqual(["text", "text"]);
    });
  });
});
