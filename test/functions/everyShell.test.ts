/**
 * One export, one "today", three shells: the command line (`report --json`), the task pane's
 * workflow (against the in-memory Excel double) and the custom functions must give the same KPI
 * values. The clock is set for the whole test (only `Date` is faked, no timers), so every shell
 * reads "today" at its own edge as it does in use: the command line through its default
 * --peildatum, the pane through its `now`, the functions through the clock.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { writeSampleWorkbook } from "../../src/cli/writeSampleWorkbook";
import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { refreshReport } from "../../src/excel/reportWorkflow";
import { writeStoredSettings, type StoredSettings } from "../../src/excel/storedSettings";
import { clearFunctionCaches, setSettingsReader } from "../../src/functions/loadFunctionData";
import { captureIo } from "../cli/captureIo";
import { createFakeHost, FakeWorkbook, type FakeValue } from "../excel/fakeExcel";
import { customFunction } from "./declaredFunctions";
import { copyTable } from "./fixtureTables";

/** 15 August 2024, mid-morning: the sample export runs to 4 October 2024, so it has later dates. */
const TODAY = new Date(2024, 7, 15, 10, 30);
const PERIOD = "t/m Q2 2024";
/** The KPIs compared, by registry id and function name. */
const COMPARED: readonly (readonly [string, string])[] = [
  ["registrations", "AANMELDINGEN"],
  ["started", "OPGESTART"],
  ["active", "BEHANDELD"],
  ["closed", "AFGESLOTEN"],
  ["openAtEnd", "LOPEND"],
  ["uniqueClients", "UNIEKECLIENTEN"],
];

const sample = generateSampleExport({ cases: 800 });
const cases = sample.cases;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-shells-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  jest.useFakeTimers({
    now: TODAY,
    doNotFake: [
      "hrtime",
      "nextTick",
      "performance",
      "queueMicrotask",
      "setImmediate",
      "clearImmediate",
      "setInterval",
      "clearInterval",
      "setTimeout",
      "clearTimeout",
    ],
  });
  clearFunctionCaches();
  setSettingsReader(() => null);
});
afterEach(() => {
  jest.useRealTimers();
  clearFunctionCaches();
});

async function cliValues(): Promise<Record<string, number | null>> {
  const file = join(dir, "export.xlsx");
  writeFileSync(
    file,
    await writeSampleWorkbook({ ...sample, zrm: [], activities: [], complaints: [] })
  );
  const capture = captureIo();
  const status = await main(
    ["report", "--cases", file, "--sheet", "Casussen", "--period", PERIOD, "--json"],
    capture.io
  );
  expect(capture.stderr()).toBe("");
  expect(status).toBe(0);
  const json = JSON.parse(capture.stdout()) as {
    kpis: Record<string, { current: number | null }>;
    issues: { code: string }[];
  };
  expect(json.issues.some((issue) => issue.code === "FUTURE_DATE")).toBe(true);
  return Object.fromEntries(COMPARED.map(([id]) => [id, json.kpis[id]?.current ?? null]));
}

/** The pane's report rows of the first table ("Inzicht meetbare resultaten"), by KPI id. */
let paneLabels: Record<string, string> = {};

async function paneValues(): Promise<Record<string, number | null>> {
  const book = new FakeWorkbook();
  const values = (rows: readonly (readonly CellValue[])[]): FakeValue[][] =>
    rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : (v as FakeValue))));
  book.addTable("Casussen", "Export", values(cases));
  const host = createFakeHost(book);
  const settings: StoredSettings = {
    version: 1,
    cases: { source: { kind: "table", name: "Casussen" }, overrides: {} },
    period: PERIOD,
    reports: [],
  };
  await writeStoredSettings(settings, host.settings);
  const { report } = await refreshReport(host, { now: new Date() });
  const rows = report.tables[0]?.rows ?? [];
  paneLabels = Object.fromEntries(rows.map((row) => [row.key, row.label]));
  return Object.fromEntries(
    COMPARED.map(([id]) => [id, rows.find((row) => row.key === id)?.current ?? null])
  );
}

function functionValues(): Record<string, number | null> {
  return Object.fromEntries(
    COMPARED.map(([id, name]) => [id, customFunction(name)(copyTable(cases), PERIOD) as number])
  );
}

/** =WELZIJN.KPIS: the current period's column, by the pane's row labels. */
function kpisValues(): Record<string, number | null> {
  const table = customFunction("KPIS")(copyTable(cases), PERIOD) as (string | number)[][];
  return Object.fromEntries(
    COMPARED.map(([id]) => {
      const row = table.find((cells) => cells[0] === paneLabels[id]);
      return [id, typeof row?.[2] === "number" ? row[2] : null];
    })
  );
}

describe("the command line, the task pane and the functions", () => {
  it("give the same KPIs for one export when it holds dates after today (FUTURE_DATE everywhere)", async () => {
    const cli = await cliValues();
    const pane = await paneValues();
    expect(paneLabels.active).toBe("Behandeld (in behandeling)");
    expect(kpisValues()).toEqual(cli);
    expect(functionValues()).toEqual(cli);
    expect(pane).toEqual(cli);
    // Real numbers, so that "equal" cannot mean "equally empty".
    expect(cli).toEqual({
      registrations: 139,
      started: 145,
      active: 200,
      closed: 129,
      openAtEnd: 71,
      uniqueClients: 182,
    });
  });

  it("functions read today at every call: a cached table does not keep yesterday's future dates", () => {
    const behandeld = customFunction("BEHANDELD");
    expect(behandeld(copyTable(cases), PERIOD)).toBe(200);
    // The day after the export's last regular date: only the sample's one deliberately wrong
    // future date is still after today (without any check it would be 211). The same table (a
    // cache hit) must be parsed again for the new day.
    jest.setSystemTime(new Date(2024, 9, 5, 0, 1));
    expect(behandeld(copyTable(cases), PERIOD)).toBe(210);
    jest.setSystemTime(TODAY);
    expect(behandeld(copyTable(cases), PERIOD)).toBe(200);
  });
});
