import ExcelJS from "exceljs";
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { readCsv } from "../../src/cli/readCsv";
import { runMain } from "./captureIo";

/*
 * What `--out` may be: never one of the input files (by any spelling, symlink or hard link),
 * an .xlsx file in an existing folder, and an existing file only when it is a report this
 * program wrote or the user says --overschrijven. Each refusal is checked before any input is
 * read, so it writes nothing.
 */

const CSV = join(__dirname, "..", "fixtures", "cli", "cases-windows1252.csv");
const PERIOD = ["--period", "t/m Q3 2024", "--peildatum", "2024-10-07"];

let dir: string;
let csv: string;
let xlsx: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-out-"));
  csv = join(dir, "export.csv");
  copyFileSync(CSV, csv);
  // The fixture's export as a workbook (dates as Dutch text, which the parser reads).
  xlsx = join(dir, "export.xlsx");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Export");
  for (const row of readCsv(readFileSync(CSV)).rows) sheet.addRow(row);
  await workbook.xlsx.writeFile(xlsx);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = runMain;

/** Runs, expects exit status 2, one line `welzijnsmonitor: message`, nothing read or printed. */
async function expectRefused(argv: string[], message: string): Promise<void> {
  const { status, stdout, stderr, progress } = await run(...argv);
  expect({ status, stdout, stderr }).toEqual({
    status: 2,
    stdout: "",
    stderr: `welzijnsmonitor: ${message}\n`,
  });
  // Refused before the work: no input was read.
  expect(progress).toEqual([]);
}

function bytesOf(path: string): Buffer {
  return readFileSync(path);
}

describe("report --out: the input files", () => {
  it("refuses --out equal to --cases, leaving the export as it was", async () => {
    const before = bytesOf(xlsx);
    await expectRefused(
      ["report", "--cases", xlsx, ...PERIOD, "--out", xlsx],
      `--out ${xlsx} is hetzelfde bestand als --cases; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
    );
    expect(bytesOf(xlsx).equals(before)).toBe(true);
  });

  it("refuses another spelling of an input's path, also with --overschrijven", async () => {
    const sub = join(dir, "o");
    mkdirSync(sub, { recursive: true });
    const inSub = join(sub, "export.xlsx");
    copyFileSync(xlsx, inSub);
    const before = bytesOf(inSub);
    const spelled = `./${relative(process.cwd(), sub)}/../o/export.xlsx`;
    await expectRefused(
      ["report", "--cases", inSub, ...PERIOD, "--out", spelled, "--overschrijven"],
      `--out ${spelled} is hetzelfde bestand als --cases; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
    );
    expect(bytesOf(inSub).equals(before)).toBe(true);
  });

  it("refuses a symlink or a hard link to an optional input", async () => {
    const link = join(dir, "koppeling.xlsx");
    symlinkSync(xlsx, link);
    await expectRefused(
      ["report", "--cases", csv, "--zrm", xlsx, ...PERIOD, "--out", link],
      `--out ${link} is hetzelfde bestand als --zrm; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
    );
    const hard = join(dir, "harde-koppeling.xlsx");
    linkSync(xlsx, hard);
    await expectRefused(
      ["report", "--cases", csv, "--complaints", xlsx, ...PERIOD, "--out", hard, "--overschrijven"],
      `--out ${hard} is hetzelfde bestand als --complaints; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
    );
  });
});

describe("report --out: the file and its folder", () => {
  it("refuses an --out that is not .xlsx, such as the .csv export itself", async () => {
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", join(dir, "rapport.csv")],
      `--out ${join(dir, "rapport.csv")}: het rapport is een Excel-bestand; geef een naam die op .xlsx eindigt`
    );
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", "/dev/full"],
      "--out /dev/full: het rapport is een Excel-bestand; geef een naam die op .xlsx eindigt"
    );
    const before = bytesOf(csv);
    await expectRefused(
      ["report", "--cases", `${dir}/./export.csv`, ...PERIOD, "--out", csv],
      `--out ${csv} is hetzelfde bestand als --cases; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
    );
    expect(bytesOf(csv).equals(before)).toBe(true);
  });

  it("refuses a folder that does not exist, before reading the input", async () => {
    const out = join(dir, "geen-map", "rapport.xlsx");
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", out],
      `--out ${out}: de map ${join(dir, "geen-map")} bestaat niet`
    );
  });

  it("refuses an --out that is a folder", async () => {
    const folder = join(dir, "map.xlsx");
    mkdirSync(folder, { recursive: true });
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", folder, "--overschrijven"],
      `--out ${folder} is een map, geen bestand`
    );
  });

  it("refuses an existing file that is not a report, unless --overschrijven", async () => {
    const other = join(dir, "begroting.xlsx");
    writeFileSync(other, "geen rapport");
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", other],
      `--out ${other} bestaat al en is geen rapport van Welzijnsmonitor; kies een andere naam of geef --overschrijven`
    );
    expect(readFileSync(other, "utf8")).toBe("geen rapport");
    // A workbook of someone else (ExcelJS, no marker) is just as much not a report.
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Welzijnsmonitor";
    workbook.addWorksheet("Begroting").getCell("A1").value = 1;
    await workbook.xlsx.writeFile(other);
    await expectRefused(
      ["report", "--cases", csv, ...PERIOD, "--out", other],
      `--out ${other} bestaat al en is geen rapport van Welzijnsmonitor; kies een andere naam of geef --overschrijven`
    );
    const { status, stderr } = await run(
      "report",
      "--cases",
      csv,
      ...PERIOD,
      "--out",
      other,
      "--overschrijven"
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(other);
    expect(written.worksheets.map((sheet) => sheet.name)).toContain("Controle");
  });

  it("replaces a report it wrote itself without --overschrijven, leaving no temporary file", async () => {
    const folder = join(dir, "rapporten");
    mkdirSync(folder);
    const out = join(folder, "rapport.xlsx");
    const first = await run("report", "--cases", csv, ...PERIOD, "--out", out);
    expect(first.status).toBe(0);
    const second = await run("report", "--cases", csv, "--period", "Q3 2024", "--out", out);
    expect({ status: second.status, stderr: second.stderr }).toEqual({ status: 0, stderr: "" });
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets[0]?.name).toBe("Rapportage Q3 2024");
    expect(written.keywords).toBe("Welzijnsmonitor-rapport");
    expect(readdirSync(folder)).toEqual(["rapport.xlsx"]);
  });

  it("refuses a report to which the user added a sheet of their own, unless --overschrijven", async () => {
    const out = join(dir, "rapport-met-duiding.xlsx");
    expect((await run("report", "--cases", csv, ...PERIOD, "--out", out)).status).toBe(0);
    // The controller writes the quarter's commentary on a sheet of their own and saves.
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(out);
    edited.addWorksheet("Duiding").getCell("A1").value = "Wachttijd gedaald";
    await edited.xlsx.writeFile(out);
    const before = bytesOf(out);
    await expectRefused(
      ["report", "--cases", csv, "--period", "Q3 2024", "--out", out],
      `--out ${out} is een rapport van Welzijnsmonitor met een eigen werkblad (Duiding) dat verloren zou gaan; kies een andere naam of geef --overschrijven`
    );
    expect(bytesOf(out).equals(before)).toBe(true);
    const forced = await run(
      "report",
      ...["--cases", csv, "--period", "Q3 2024", "--out", out, "--overschrijven"]
    );
    expect({ status: forced.status, stderr: forced.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("writes through a symlink to a report into the report, keeping the link", async () => {
    const out = join(dir, "echt-rapport.xlsx");
    expect((await run("report", "--cases", csv, ...PERIOD, "--out", out)).status).toBe(0);
    const link = join(dir, "rapport-koppeling.xlsx");
    symlinkSync(out, link);
    expect((await run("report", "--cases", csv, "--period", "Q3 2024", "--out", link)).status).toBe(
      0
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    expect(written.worksheets[0]?.name).toBe("Rapportage Q3 2024");
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});
