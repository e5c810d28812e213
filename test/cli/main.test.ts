import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCsv } from "../../src/cli/readCsv";
import { writeSampleWorkbook } from "../../src/cli/writeSampleWorkbook";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import { main } from "../../src/cli/main";
import { captureIo, runMain } from "./captureIo";

const FIXTURES = join(__dirname, "..", "fixtures", "cli");
const WINDOWS_CSV = join(FIXTURES, "cases-windows1252.csv");
const UTF8_CSV = join(FIXTURES, "cases-utf8-bom.csv");
const PERIOD_ONLY = ["--period", "t/m Q3 2024"];
/**
 * The period and the fixture's export date: without --peildatum the export date is today, and
 * the expectations below must not depend on the clock.
 */
const PERIOD = [...PERIOD_ONLY, "--peildatum", "2024-10-07"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const run = runMain;

async function runJson(
  ...argv: string[]
): Promise<Record<string, unknown> & { kpis: Record<string, unknown> }> {
  const result = await run(...argv, "--json");
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown> & { kpis: Record<string, unknown> };
}

/*
 * The fixture export, worked out by hand (P = 1-1-2024 t/m 30-9-2024, Q = the same in 2023;
 * start = Startdatum, else Aanmelddatum; durations in whole days):
 *
 * C1 K1 IT  reg 2-1-2023  intake 16-1-2023 start 20-1-2023  end 15-3-2023  Financiën
 * C2 K1 IT  reg 1-2-2024  intake 11-2-2024 start 15-2-2024  end 10-6-2024  Financiën, Huisvesting
 * C3 K2 LS  reg 10-3-2023 intake 20-3-2023 start 1-4-2023   open           Geestelijke gezondheid, Sociaal netwerk
 * C4 K2 IT  reg 1-5-2024  intake 6-5-2024  start 13-5-2024  end 2-9-2024   Geestelijke gezondheid
 * C5 K3 IA  reg 4-3-2024  (start = reg)                     end 4-3-2024   Huisvesting, direct opgelost
 * C6 –  IA  reg 5-6-2023  (start = reg)                     end 5-6-2023   Financiën
 * C7 K4 IT  reg 20-11-2023 intake 1-12-2023 start 4-12-2023 end 3-7-2024   Huiselijke relaties, Geestelijke gezondheid
 * C8 K5 IT  reg 15-9-2024 intake 25-9-2024 start 2-10-2024  open           Werk & opleiding
 * C9 K6 LS  reg 12-2-2024 intake 31-02-2024 (invalid) start 1-3-2024 open  Tijdsbesteding
 * "Totaal" row.
 *
 * P: registrations C2 C4 C5 C8 C9 = 5; infoAdvice C5 = 1; wait (intake in P) C2 10, C4 5, C8 10
 * → 25/3 (C9's intake is invalid); started C2 C4 C5 C9 = 4; active C2 C3 C4 C5 C7 C9 = 6;
 * closed C2 C4 C5 C7 = 4; open at end C3 C9 = 2; duration closed (116 + 112 + 0 + 212) / 4 = 110;
 * duration active (116 + 548 + 112 + 0 + 212 + 213) / 6 = 1201/6; unique clients K1 K2 K3 K4 K6
 * = 5; help questions 2+2+1+1+2+1 = 9; recidive: C2 (C1 closed 15-3-2023 ≤ 15-8-2023, shares
 * Financiën) = 1, C4 not (C3 still open); recidivePct 1/4; self-referrals C2 C4 C9 of 4 = 0,75;
 * new clients C5 C9 of 4 = 0,5; rating (7 + 6 + 9) / 3; can continue alone C2 C7 of C2 C4 C7 = 2/3.
 * Q: registrations C1 C3 C6 = 3; infoAdvice C6 = 1; wait (14 + 10) / 2 = 12; started C1 C3 C6 = 3;
 * active 3; closed C1 C6 = 2; open at end C3 = 1; duration closed (54 + 0) / 2 = 27; active
 * (54 + 182 + 0) / 3; clients K1 K2 = 2; help questions 1+2+1 = 4; recidive 0 of 3; self 2/3;
 * new clients C1 C3 of 2 = 1; rating 8; can continue alone 1/1.
 */
const EXPECTED_KPIS = {
  registrations: { current: 5, previous: 3 },
  infoAdvice: { current: 1, previous: 1 },
  meanWaitDays: { current: 25 / 3, previous: 12 },
  started: { current: 4, previous: 3 },
  active: { current: 6, previous: 3 },
  closed: { current: 4, previous: 2 },
  openAtEnd: { current: 2, previous: 1 },
  meanDurationClosed: { current: 110, previous: 27 },
  meanDurationActive: { current: 1201 / 6, previous: 236 / 3 },
  uniqueClients: { current: 5, previous: 2 },
  helpQuestions: { current: 9, previous: 4 },
  recidive: { current: 1, previous: 0 },
  recidivePct: { current: 0.25, previous: 0 },
  recidivists: { current: 1, previous: 0 },
  recidiveAnyDomain: { current: 1, previous: 0 },
  recidivistsAnyDomain: { current: 1, previous: 0 },
  recidiveSeveralEarlier: { current: 0, previous: 0 },
  recidiveSameQuestion: { current: 1, previous: 0 },
  recidiveNewQuestions: { current: 0, previous: 0 },
  complaints: { current: null, previous: null },
  // No activities table: no value.
  collectiveTrajects: { current: null, previous: null },
  meetings: { current: null, previous: null },
  participants: { current: null, previous: null },
  selfReferralPct: { current: 0.75, previous: 2 / 3 },
  newClientPct: { current: 0.5, previous: 1 },
  goalReachedPct: { current: null, previous: null },
  // No ZRM table: no value.
  zrmMeanEndScore: { current: null, previous: null },
  zrmMeanGrowth: { current: null, previous: null },
  meanRating: { current: 22 / 3, previous: 8 },
  canContinueAlonePct: { current: 2 / 3, previous: 1 },
  // No column Aantal contactmomenten: no value.
  meanContacts: { current: null, previous: null },
  overFiveContactsPct: { current: null, previous: null },
  // Waiting at a month's end (registered, not started, not closed): P C9 on 29-2, C8 on 30-9 of
  // 9 months; Q C3 on 31-3-2023. At P's end C8, at Q's end nobody.
  waitingList: { current: 2 / 9, previous: 1 / 9 },
  waitingAtEnd: { current: 1, previous: 0 },
  // Ratings of the closed cases: 7, 6, 9 and 8; none below 6.
  insufficientRatingPct: { current: 0, previous: 0 },
  // No column Doorverwezen naar: no value.
  withoutReferralPct: { current: null, previous: null },
};

const g = (key: string, current: number | null, previous: number | null) => ({
  key,
  current,
  previous,
});

/* Groups by their main measure, worked out from the same table (ages at the case's start). */
const EXPECTED_GROUPS = {
  byCaseType: [g("IT", 3, 1), g("LS", 2, 1), g("IA", 1, 1)],
  byProduct: [g("AMW", 2, 2), g("SMW", 2, 1), g("Huiselijk geweld", 1, 0), g("OCO", 1, 0)],
  byDomain: [
    g("Geestelijke gezondheid", 3, 1),
    g("Huisvesting", 2, 0),
    g("Financiën", 1, 2),
    g("Huiselijke relaties", 1, 0),
    g("Sociaal netwerk", 1, 1),
    g("Tijdsbesteding", 1, 0),
  ],
  zrmGrowth: [],
  byComplexity: [g("niet-complex", 3, 2), g("redelijk-complex", 3, 1), g("complex", 0, 0)],
  // No column Zwaarte hulpvraag: no rows.
  byWeight: [],
  byCloseReason: [
    g("Beëindigd volgens plan", 2, 1),
    g("Eenzijdig door de cliënt beëindigd", 1, 0),
    g("Informatie en advies gegeven", 1, 0),
    g("", 0, 1),
  ],
  byRating: [
    g("1", 0, 0),
    g("2", 0, 0),
    g("3", 0, 0),
    g("4", 0, 0),
    g("5", 0, 0),
    g("6", 1, 0),
    g("7", 1, 0),
    g("8", 0, 1),
    g("9", 1, 0),
    g("10", 0, 0),
  ],
  byReferrer: [g("Zelfmelder", 3, 2), g("Gemeente", 1, 0), g("Huisarts", 0, 1)],
  // C7 22 years, C2 43, C9 61, C3 72 and C4 73, C5 no birth date; Q: C1 42, C3 72, C6 unknown.
  byAgeBand: [
    g("0-17", 0, 0),
    g("18-26", 1, 0),
    g("27-44", 1, 1),
    g("45-54", 0, 0),
    g("55-64", 1, 0),
    g("65+", 2, 1),
    g("", 1, 1),
  ],
  byTeam: [g("Team Noord", 4, 1), g("Team Zuid", 2, 2)],
  byMonth: [
    g("2024-01", 0, 1),
    g("2024-02", 1, 0),
    g("2024-03", 2, 0),
    g("2024-04", 0, 1),
    g("2024-05", 1, 0),
    g("2024-06", 0, 1),
    g("2024-07", 0, 0),
    g("2024-08", 0, 0),
    g("2024-09", 0, 0),
  ],
  activities: [],
};

const EXPECTED_ISSUES = [
  {
    table: "cases",
    row: 10,
    column: "Intakedatum",
    code: "INVALID_DATE",
    severity: "error",
    message:
      'Casussen, rij 10, kolom "Intakedatum": "31-02-2024" is geen geldige datum. De casus telt niet mee in cijfers die de intakedatum nodig hebben.',
  },
  {
    table: "cases",
    row: 11,
    column: "",
    code: "TOTAL_ROW",
    severity: "warning",
    message:
      'Casussen, rij 11: deze rij lijkt een totaalrij ("Totaal"). De rij wordt overgeslagen.',
  },
];

const EXPECTED_JSON = {
  period: { label: "t/m Q3 2024", start: "2024-01-01", end: "2024-09-30" },
  previous: { label: "t/m Q3 2023", start: "2023-01-01", end: "2023-09-30" },
  kpis: EXPECTED_KPIS,
  groups: EXPECTED_GROUPS,
  issues: EXPECTED_ISSUES,
};

/** The fixture as an .xlsx file: dates as real dates, ratings as numbers. */
async function writeFixtureXlsx(path: string): Promise<void> {
  const rows = readCsv(readFileSync(WINDOWS_CSV)).rows;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Export");
  const dateColumns = new Set([4, 5, 6, 7, 13]);
  rows.forEach((row, r) => {
    const values = row.map((cell, c): ExcelJS.CellValue => {
      const text = String(cell ?? "");
      if (r === 0 || text === "") return text === "" ? null : text;
      const date = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text);
      if (dateColumns.has(c) && date && text !== "31-02-2024") {
        return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
      }
      return c === 15 ? Number(text) : text;
    });
    sheet.addRow(values);
  });
  for (const c of dateColumns) sheet.getColumn(c + 1).numFmt = "dd-mm-yyyy";
  await workbook.xlsx.writeFile(path);
}

describe("main", () => {
  describe("report --json", () => {
    it("prints the JSON of SPEC §8 for a ;-separated Windows-1252 export", async () => {
      expect(await runJson("report", "--cases", WINDOWS_CSV, ...PERIOD)).toEqual(EXPECTED_JSON);
    });

    it("prints the same JSON for the same export as ,-separated UTF-8 with BOM and ISO dates", async () => {
      expect(await runJson("report", "--cases", UTF8_CSV, ...PERIOD)).toEqual(EXPECTED_JSON);
    });

    it("prints the same JSON for the same export as .xlsx", async () => {
      const path = join(dir, "export.xlsx");
      await writeFixtureXlsx(path);
      expect(await runJson("report", "--cases", path, ...PERIOD)).toEqual(EXPECTED_JSON);
    });

    it("reads a ;-separated export with a comma in a title line above the header", async () => {
      // Before the fix the title line decided the separator (","): one column, all KPIs null.
      const path = join(dir, "met-titel.csv");
      writeFileSync(
        path,
        Buffer.concat([
          Buffer.from("Export casussen, deBasis Veendam\r\n"),
          readFileSync(WINDOWS_CSV),
        ])
      );
      const json = await runJson("report", "--cases", path, ...PERIOD);
      expect(json.kpis).toEqual(EXPECTED_KPIS);
      // The same issues, one sheet row further down.
      expect((json.issues as { row: number; code: string }[]).map((i) => [i.row, i.code])).toEqual([
        [11, "INVALID_DATE"],
        [12, "TOTAL_ROW"],
      ]);
    });

    it("maps a column the auto-mapper does not know with --map", async () => {
      const sluitdag = join(FIXTURES, "cases-sluitdag.csv");
      const unmapped = await runJson("report", "--cases", sluitdag, ...PERIOD);
      expect(unmapped.kpis.closed).toEqual({ current: null, previous: null });
      const mapped = await runJson(
        "report",
        "--cases",
        sluitdag,
        ...PERIOD,
        "--map",
        "closedOn=Sluitdag"
      );
      expect(mapped.kpis).toEqual(EXPECTED_KPIS);
      // The Dutch option and the field's Dutch label, with its accents and spaces or without.
      for (const field of ["Einddatum", "einddatum", "EIND-datum"]) {
        const dutch = await runJson(
          "rapport",
          "--casussen",
          sluitdag,
          "--periode",
          "t/m Q3 2024",
          "--peildatum",
          "2024-10-07",
          "--kolom",
          `${field}=Sluitdag`
        );
        expect(dutch).toEqual(mapped);
      }
    });

    it("applies the recidive options", async () => {
      // 12 months: C1 closed 15-3-2023, later than 15-2-2024 minus 12 months → no recidive.
      const json = await runJson(
        "report",
        "--cases",
        WINDOWS_CSV,
        ...PERIOD,
        "--recidive-maanden",
        "12"
      );
      expect(json.kpis.recidive).toEqual({ current: 0, previous: 0 });
      const anyDomain = await runJson(
        "report",
        "--cases",
        WINDOWS_CSV,
        ...PERIOD,
        "--recidive-zelfde-domein",
        "nee"
      );
      expect(anyDomain.kpis.recidive).toEqual({ current: 1, previous: 0 });
    });

    it("reports dates after --peildatum as FUTURE_DATE on their sheet rows", async () => {
      const json = await runJson(
        "report",
        "--cases",
        WINDOWS_CSV,
        ...PERIOD_ONLY,
        "--peildatum",
        "2024-09-01"
      );
      const future = (json.issues as { row: number; column: string; code: string }[])
        .filter((issue) => issue.code === "FUTURE_DATE")
        .map(({ row, column }) => `${row} ${column}`);
      // C4 (row 5) ends 2-9-2024; C8 (row 9) registers, has its intake and starts after 1-9-2024.
      expect(future.sort()).toEqual([
        "5 Einddatum",
        "9 Aanmelddatum",
        "9 Intakedatum",
        "9 Startdatum",
      ]);
    });

    it("takes today as the export date without --peildatum, so a start in 2099 is FUTURE_DATE", async () => {
      const path = join(dir, "toekomst.csv");
      writeFileSync(
        path,
        "Casusnummer;Cliëntnummer;Aanmelddatum;Startdatum\nC1;K1;2-1-2024;1-1-2099\nC2;K2;3-1-2024;4-1-2024\n"
      );
      const future = (json: Record<string, unknown>) =>
        (json.issues as { row: number; column: string; code: string; severity: string }[])
          .filter((issue) => issue.code === "FUTURE_DATE")
          .map(({ row, column, severity }) => `${row} ${column} ${severity}`);
      const today = await runJson("report", "--cases", path, ...PERIOD_ONLY);
      expect(future(today)).toEqual(["2 Startdatum error"]);
      // C1's start is unusable: started counts C2 only (C1 falls back to nothing, not to its registration).
      expect(today.kpis.started).toEqual({ current: 1, previous: 0 });
      expect(today.kpis.registrations).toEqual({ current: 2, previous: 0 });
      // --peildatum overrides today: on the date itself a date is not in the future, the day after it is.
      const onTheDay = await runJson(
        "report",
        "--cases",
        path,
        ...PERIOD_ONLY,
        "--peildatum",
        "1-1-2099"
      );
      expect(future(onTheDay)).toEqual([]);
      const dayBefore = await runJson(
        "report",
        "--cases",
        path,
        ...PERIOD_ONLY,
        "--peildatum",
        "2098-12-31"
      );
      expect(future(dayBefore)).toEqual(["2 Startdatum error"]);
    });

    it("reads the ZRM, activity and complaint tables from the sheets of one workbook, loading it once", async () => {
      const path = join(dir, "voorbeeld.xlsx");
      writeFileSync(path, await writeSampleWorkbook(generateSampleExport({ seed: 5, cases: 400 })));
      const { status, stdout, progress } = await run(
        "report",
        "--cases",
        path,
        "--zrm",
        path,
        "--activities",
        path,
        "--complaints",
        path,
        ...PERIOD,
        "--json"
      );
      expect(status).toBe(0);
      const json = JSON.parse(stdout) as {
        kpis: Record<string, { current: number | null }>;
        groups: Record<string, unknown[]>;
      };
      expect(json.kpis.goalReachedPct?.current).not.toBeNull();
      expect(json.kpis.complaints?.current).toBe(3);
      expect(json.groups.activities?.length).toBeGreaterThan(5);
      expect(progress).toEqual([`Lezen: ${path}…`, "Gegevens controleren en KPI's berekenen…"]);
    });
  });

  describe("report without --json", () => {
    it("prints the main tables aligned, with Dutch numbers, and counts the issues", async () => {
      const { status, stdout, stderr } = await run("report", "--cases", WINDOWS_CSV, ...PERIOD);
      expect(status).toBe(0);
      expect(stderr).toBe("");
      const lines = stdout.split("\n");
      expect(lines[0]).toBe("Welzijnsmonitor – rapportage t/m Q3 2024, vergeleken met t/m Q3 2023");
      expect(stdout).toMatch(/^Aantal aanmeldingen {2,}3 {2,}5 {2,}\+2 {2,}\+66,7%$/m);
      expect(stdout).toMatch(/^Gemiddelde wachttijd in dagen {2,}12 {2,}8 {2,}−4$/m);
      // The report counts recidive over IT and LS (SPEC §5): 1 of C2, C4, C9; 0 of C1, C3.
      expect(stdout).toMatch(
        /^Percentage recidive, zelfde hoofddomein \(IT\+LS\) {2,}0,0% {2,}33,3% {2,}\+33,3 %-punt$/m
      );
      // IT closed in P: C2 116, C4 112, C7 212 days → 146,7; in Q: C1 54.
      expect(stdout).toMatch(
        /^Individuele trajecten – doorlooptijd afgesloten \(dagen\) {2,}54 {2,}147 {2,}\+93$/m
      );
      // No complaints table given: no Klachten row, and a note that says why.
      expect(stdout).not.toMatch(/^Klachten /m);
      expect(stdout).toContain(
        "Niet opgenomen, want de gegevens ontbreken in de export: Klachten (geen klachtentabel aangeleverd)."
      );
      expect(lines.at(-2)).toBe(
        "9 casussen gelezen; 2 meldingen over de gegevens (1 fout, 1 waarschuwing)."
      );
      // Right-aligned: the current-period column ends at the same place on every row of the first table.
      const header = lines.find((line) => line.startsWith("Soort KPI")) ?? "";
      const end = header.indexOf("t/m Q3 2024") + "t/m Q3 2024".length;
      // The table's rows, without the notes printed below them.
      const table = lines
        .slice(lines.indexOf(header) + 2, lines.indexOf("", lines.indexOf(header)))
        .filter((line) => !/^(Recidive:|Niet opgenomen)/.test(line));
      expect(table.length).toBeGreaterThan(10);
      for (const line of table) expect(line.slice(end - 1, end)).not.toBe(" ");
      for (const line of table) expect(line.slice(end, end + 2)).toBe("  ");
    });

    it('shows small numbers as "<5" in publication mode', async () => {
      const { stdout } = await run("report", "--cases", WINDOWS_CSV, ...PERIOD, "--publicatie");
      expect(stdout).toContain(
        "Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5)."
      );
      expect(stdout).toMatch(/^Aantal aanmeldingen {2,}<5 {2,}5/m);
    });

    it("writes the report workbook with --out and says where", async () => {
      const out = join(dir, "rapport.xlsx");
      const { status, stdout } = await run(
        "report",
        "--cases",
        WINDOWS_CSV,
        ...PERIOD,
        "--out",
        out
      );
      expect(status).toBe(0);
      expect(stdout.endsWith(`Rapport geschreven: ${out}\n`)).toBe(true);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        "Rapportage t∕m Q3 2024",
        "Toelichting",
        "Controle",
      ]);
    });

    it("prints only the JSON when --json and --out are both given", async () => {
      const out = join(dir, "rapport-json.xlsx");
      const { status, stdout } = await run(
        "report",
        "--cases",
        WINDOWS_CSV,
        ...PERIOD,
        "--out",
        out,
        "--json"
      );
      expect(status).toBe(0);
      expect(JSON.parse(stdout)).toEqual(EXPECTED_JSON);
      expect(readFileSync(out).length).toBeGreaterThan(1000);
    });
  });

  describe("help and version", () => {
    it("prints the Dutch usage for --hulp, --help and -h with status 0", async () => {
      const { status, stdout } = await run("--hulp");
      expect(status).toBe(0);
      expect(stdout).toContain(
        "welzijnsmonitor rapport --casussen BESTAND --periode PERIODE [opties]"
      );
      expect(stdout).toMatch(/^ {2}--overschrijven {10}bij --uit ook een bestaand bestand/m);
      expect(await run("--help")).toMatchObject({ status: 0, stdout, stderr: "" });
      expect(await run("rapport", "-h")).toMatchObject({ status: 0, stdout, stderr: "" });
    });

    it("prints the version for --versie and --version", async () => {
      const { version } = JSON.parse(
        readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
      ) as { version: string };
      for (const option of ["--versie", "--version"])
        expect(await run(option)).toMatchObject({
          status: 0,
          stdout: `welzijnsmonitor ${version}\n`,
          stderr: "",
        });
    });
  });

  describe("edge cases", () => {
    async function expectUsageError(argv: string[], message: string | RegExp): Promise<void> {
      const { status, stdout, stderr } = await run(...argv);
      expect(status).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.endsWith("\n")).toBe(true);
      expect(stderr.trimEnd()).not.toContain("\n"); // one line
      if (typeof message === "string") expect(stderr).toBe(`welzijnsmonitor: ${message}\n`);
      else expect(stderr).toMatch(message);
    }

    it("exits 2 for a missing file", async () => {
      await expectUsageError(
        ["report", "--cases", "bestaat-niet.xlsx", ...PERIOD],
        "bestand niet gevonden: bestaat-niet.xlsx"
      );
    });

    it("exits 2 for an unreadable path in Dutch, without Node's English message", async () => {
      // A path through a file: ENOTDIR, which readTableFile did not translate.
      const path = join(WINDOWS_CSV, "export.csv");
      await expectUsageError(
        ["report", "--cases", path, ...PERIOD],
        `kan ${path} niet lezen: een deel van het pad is geen map`
      );
    });

    it("exits 2 for an empty .csv file, saying it is empty", async () => {
      const empty = join(dir, "leeg.csv");
      writeFileSync(empty, "");
      await expectUsageError(
        ["report", "--cases", empty, ...PERIOD],
        `${empty} is leeg: het bestand bevat geen gegevens`
      );
      // Only a byte order mark, blank lines and separators: just as empty.
      const blank = join(dir, "alleen-scheidingstekens.csv");
      writeFileSync(blank, "\ufeff\r\n;;;\r\n \r\n");
      await expectUsageError(
        ["report", "--cases", blank, ...PERIOD],
        `${blank} is leeg: het bestand bevat geen gegevens`
      );
      // An empty optional table is as unreadable as an empty case table.
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, "--complaints", empty, ...PERIOD],
        `${empty} is leeg: het bestand bevat geen gegevens`
      );
    });

    it("exits 2 for an empty sheet of an .xlsx file", async () => {
      const path = join(dir, "leeg.xlsx");
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Export");
      await workbook.xlsx.writeFile(path);
      await expectUsageError(
        ["report", "--cases", path, ...PERIOD],
        `het werkblad in ${path} is leeg: er staan geen gegevens in`
      );
    });

    it("exits 2 for an option with a value given twice", async () => {
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, "--cases", UTF8_CSV, ...PERIOD],
        "optie --cases is meer dan eens gegeven; geef deze één keer (alleen --kolom mag vaker)"
      );
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, ...PERIOD, "--period", "Q3 2024"],
        "optie --period is meer dan eens gegeven; geef deze één keer (alleen --kolom mag vaker)"
      );
      await expectUsageError(
        ["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--periode", "Q3 2024"],
        "optie --period is meer dan eens gegeven (ook als --periode); geef deze één keer (alleen --kolom mag vaker)"
      );
    });

    it("exits 2 for a period it does not know, listing the accepted forms on one line", async () => {
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, "--period", "Q5 2024"],
        /^welzijnsmonitor: .*Q5 2024.*t\/m Q3 2024/
      );
    });

    it("exits 2 for an unknown option and for a missing --cases", async () => {
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, ...PERIOD, "--csv"],
        "onbekende optie: --csv (zie welzijnsmonitor --hulp)"
      );
      await expectUsageError(
        ["report", ...PERIOD],
        "--casussen ontbreekt: geef het bestand met de casussen (.xlsx of .csv)"
      );
    });

    it("exits 2 when the case id column cannot be found", async () => {
      await expectUsageError(
        ["report", "--cases", join(FIXTURES, "cases-zonder-casusnummer.csv"), ...PERIOD],
        /^welzijnsmonitor: .*[Cc]asusnummer/
      );
    });

    it("exits 2 for a --kolom header that is not in the file, a field the table has not, or a table that is not given", async () => {
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, ...PERIOD, "--map", "closedOn=Sluitdatum"],
        /^welzijnsmonitor: .*Sluitdatum/
      );
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, ...PERIOD, "--map", "zrm.domain=Leefgebied"],
        "--map voor de ZRM-scores: geef ook het bestand met --zrm"
      );
      await expectUsageError(
        ["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--kolom", "activiteit.datum=Dag"],
        "--kolom voor de activiteiten: geef ook het bestand met --activiteiten"
      );
      await expectUsageError(
        ["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--kolom", "sluitdatum=Sluitdag"],
        /^welzijnsmonitor: ongeldige --kolom "sluitdatum=Sluitdag": onbekend veld "sluitdatum" voor de casussen; kies uit: casusnummer, clientnummer, .*, einddatum, /
      );
    });

    it("exits 2 for an .xls file, an unknown file type and a damaged .xlsx", async () => {
      await expectUsageError(["report", "--cases", "export.xls", ...PERIOD], /oude \.xls-formaat/);
      await expectUsageError(
        ["report", "--cases", "export.ods", ...PERIOD],
        "onbekend bestandstype: export.ods (gebruik .xlsx of .csv)"
      );
      const damaged = join(dir, "kapot.xlsx");
      // A zip's signature and then nothing of a workbook (text saved as .xlsx: readTableFile's test).
      writeFileSync(
        damaged,
        Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("kapot")])
      );
      await expectUsageError(
        ["report", "--cases", damaged, ...PERIOD],
        `kan ${damaged} niet lezen als Excel-bestand (.xlsx)`
      );
    });

    it("exits 2 when the report cannot be written, naming the option as typed", async () => {
      // Found before the input is read (checkOutPath), in Dutch without Node's "ENOENT: …".
      const out = join(dir, "geen-map", "r.xlsx");
      await expectUsageError(
        ["report", "--cases", WINDOWS_CSV, ...PERIOD, "--out", out],
        `--out ${out}: de map ${join(dir, "geen-map")} bestaat niet`
      );
      await expectUsageError(
        ["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--uit", out],
        `--uit ${out}: de map ${join(dir, "geen-map")} bestaat niet`
      );
      await expectUsageError(
        ["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--uit", WINDOWS_CSV],
        `--uit ${WINDOWS_CSV} is hetzelfde bestand als --casussen; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
      );
    });

    it("exits 2 when only the output cannot be written, the report written all the same (as --hulp says)", async () => {
      const out = join(dir, "uitvoer-vol.xlsx");
      const capture = captureIo();
      const full = Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      const status = await main(["rapport", "--casussen", WINDOWS_CSV, ...PERIOD, "--uit", out], {
        ...capture.io,
        flush: () => Promise.reject(full),
      });
      expect([status, capture.stderr(), existsSync(out)]).toEqual([
        2,
        "welzijnsmonitor: kan de uitvoer niet schrijven: de schijf is vol\n",
        true,
      ]);
      const { USAGE_TEXT } = await import("../../src/cli/usageText");
      expect(USAGE_TEXT).toContain(
        "lukt alleen de uitvoer niet, dan is het rapport wel geschreven"
      );
    });

    it("exits 0 although the data has issues", async () => {
      expect((await run("report", "--cases", WINDOWS_CSV, ...PERIOD, "--json")).status).toBe(0);
    });
  });
});
