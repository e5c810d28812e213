import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { acquireBusy, busyOwner } from "../../src/excel/busyLock";
import { BUSY_EVENT, COMMAND_ERROR_EVENT, REFRESHED_EVENT } from "../../src/excel/paneEvents";
import { refreshReport } from "../../src/excel/reportWorkflow";
import { writeStoredSettings } from "../../src/excel/storedSettings";
import { createFakeHost, FakeSettings, FakeWorkbook, type FakeValue } from "../excel/fakeExcel";

/** Installs Office and Excel globals over the in-memory workbook, as the shared runtime has them. */
function installOffice(book: FakeWorkbook, settings: FakeSettings) {
  const host = createFakeHost(book, settings);
  /** The status cell of the report sheet at the start of every batch. */
  const statusSeen: string[] = [];
  const run: typeof host.run = (batch) => {
    const report = book.sheets.find((s) => s.name.startsWith("Rapportage"));
    if (report) statusSeen.push(String(report.values[2]?.[0] ?? ""));
    return host.run(batch);
  };
  const showAsTaskpane = jest.fn(async () => undefined);
  const associate = jest.fn();
  const events: { type: string; detail: unknown }[] = [];
  const g = globalThis as Record<string, unknown>;
  g.Excel = { run };
  g.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Excel: "Excel" },
    context: {
      document: {
        settings: {
          get: (key: string) => settings.get(key),
          set: (key: string, value: unknown) => settings.set(key, value),
          saveAsync: (callback: (result: { status: string }) => void) => {
            void settings.save().then(() => callback({ status: "succeeded" }));
          },
        },
      },
    },
    addin: { showAsTaskpane },
    actions: { associate },
    onReady: (callback: (info: { host: string }) => void) => callback({ host: "Excel" }),
  };
  const target = new EventTarget();
  target.addEventListener(REFRESHED_EVENT, (e) =>
    events.push({ type: e.type, detail: (e as CustomEvent).detail })
  );
  target.addEventListener(COMMAND_ERROR_EVENT, (e) =>
    events.push({ type: e.type, detail: (e as CustomEvent).detail })
  );
  const busy: unknown[] = [];
  target.addEventListener(BUSY_EVENT, (e) => busy.push((e as CustomEvent).detail));
  g.window = target;
  return { showAsTaskpane, associate, events, busy, statusSeen };
}

/** A workbook with a case table and settings, with a report already written once. */
async function setUpReport(): Promise<{ book: FakeWorkbook; settings: FakeSettings }> {
  const sample = generateSampleExport({ cases: 300 });
  const book = new FakeWorkbook();
  book.addTable(
    "Casussen",
    "Export",
    sample.cases.map((r) => r.map((v) => (v ?? "") as FakeValue))
  );
  const settings = new FakeSettings();
  await writeStoredSettings(
    {
      version: 1,
      cases: { source: { kind: "table", name: "Casussen" }, overrides: {} },
      period: "t/m Q2 2024",
      reports: [],
    },
    settings
  );
  await refreshReport(createFakeHost(book, settings), { now: new Date(2024, 9, 1, 9, 0) });
  return { book, settings };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("welzijnsmonitor.busy")];
  delete g.Excel;
  delete g.Office;
  delete g.window;
  jest.resetModules();
});

describe("the Rapport vernieuwen command", () => {
  it("is associated with the ribbon button and refreshes the report with the stored settings", async () => {
    const sample = generateSampleExport({ cases: 400 });
    const book = new FakeWorkbook();
    const values = (rows: CellValue[][]): FakeValue[][] =>
      rows.map((r) => r.map((v) => (v ?? "") as FakeValue));
    book.addTable("Casussen", "Export", values(sample.cases));
    const settings = new FakeSettings();
    await writeStoredSettings(
      {
        version: 1,
        cases: { source: { kind: "table", name: "Casussen" }, overrides: {} },
        period: "t/m Q2 2024",
        reports: [],
      },
      settings
    );
    const office = installOffice(book, settings);
    const { refreshReportCommand } = await import("../../src/commands/commands");
    expect(office.associate).toHaveBeenCalledWith("refreshReport", refreshReportCommand);
    const completed = jest.fn();
    await refreshReportCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Export",
      "Rapportage t\u2215m Q2 2024",
      "Toelichting",
      "Controle",
    ]);
    expect(String(book.cell("Rapportage t\u2215m Q2 2024", "A3"))).toMatch(
      /^Bijgewerkt op .* \(knop Rapport vernieuwen\)\.$/
    );
    expect(book.activeSheetId).toBe(book.sheet("Rapportage t\u2215m Q2 2024").id);
    // The pane gets the whole result, so its Controle list shows the new data.
    expect(office.events).toEqual([
      {
        type: REFRESHED_EVENT,
        detail: expect.objectContaining({ reportSheet: "Rapportage t\u2215m Q2 2024" }),
      },
    ]);
    const result = office.events[0]!.detail as { dataset: { issues: unknown[] } };
    expect(book.sheet("Controle").values.length).toBe(result.dataset.issues.length + 1);
    expect(office.showAsTaskpane).not.toHaveBeenCalled();
    expect(office.busy).toEqual([
      { owner: "ribbon", busy: true },
      { owner: "ribbon", busy: false },
    ]);
    expect(busyOwner()).toBeNull();
  });

  it("says on the report sheet that it is busy, then done; and when it failed, why", async () => {
    const { book, settings } = await setUpReport();
    const office = installOffice(book, settings);
    const { refreshReportCommand } = await import("../../src/commands/commands");
    const clock = () => new Date(2024, 9, 7, 10, 15);
    await refreshReportCommand(
      { completed: jest.fn() } as unknown as Office.AddinCommands.Event,
      clock
    );
    const sheet = "Rapportage t\u2215m Q2 2024";
    expect(office.statusSeen).toContain(
      "Bezig met vernieuwen (knop Rapport vernieuwen, gestart op 7-10-2024 om 10:15)…"
    );
    expect(book.cell(sheet, "A3")).toBe(
      "Bijgewerkt op 7-10-2024 om 10:15 (knop Rapport vernieuwen)."
    );

    // Next time the table is gone: the sheet keeps the old report and says why.
    const before = book.cell(sheet, "A7");
    book.tables = [];
    const completed = jest.fn();
    await refreshReportCommand({ completed } as unknown as Office.AddinCommands.Event, clock);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(book.cell(sheet, "A3")).toBe(
      'Vernieuwen mislukt op 7-10-2024 om 10:15; dit blad toont nog het vorige rapport. De tabel "Casussen" staat niet (meer) in deze werkmap. Kies de gegevens opnieuw in het taakvenster.'
    );
    expect(book.format(sheet, "A3").numberFormat).toBe("@");
    expect(book.cell(sheet, "A7")).toBe(before);
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(office.events.at(-1)?.type).toBe(COMMAND_ERROR_EVENT);
  });

  it("shares one busy lock with the pane: while the pane works, the button changes nothing", async () => {
    const { book, settings } = await setUpReport();
    const office = installOffice(book, settings);
    const { refreshReportCommand, BUSY_MESSAGE } = await import("../../src/commands/commands");
    const release = acquireBusy("pane")!;
    const syncs = book.syncCount;
    const completed = jest.fn();
    await refreshReportCommand({ completed } as unknown as Office.AddinCommands.Event);
    expect(book.syncCount).toBe(syncs);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(office.events).toEqual([{ type: COMMAND_ERROR_EVENT, detail: BUSY_MESSAGE }]);
    expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(busyOwner()).toBe("pane");
    release();
    expect(acquireBusy("ribbon")).not.toBeNull();
  });

  describe("edge cases", () => {
    it("opens the task pane with the Dutch reason when nothing is set up, and still completes", async () => {
      const book = new FakeWorkbook();
      book.addSheet("Blad1");
      const office = installOffice(book, new FakeSettings());
      const { refreshReportCommand } = await import("../../src/commands/commands");
      const completed = jest.fn();
      await refreshReportCommand({ completed } as unknown as Office.AddinCommands.Event);
      expect(completed).toHaveBeenCalledTimes(1);
      expect(office.showAsTaskpane).toHaveBeenCalledTimes(1);
      expect(office.events).toEqual([
        {
          type: COMMAND_ERROR_EVENT,
          detail:
            "Er is nog geen rapport ingesteld in deze werkmap. Open het taakvenster Welzijnsmonitor, kies de gegevens en maak het rapport.",
        },
      ]);
      expect(book.sheets).toHaveLength(1);
    });
  });
});
