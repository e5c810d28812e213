import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import type { CellValue } from "../../src/core/types";
import { COMMAND_ERROR_EVENT, REFRESHED_EVENT } from "../../src/excel/paneEvents";
import { writeStoredSettings } from "../../src/excel/storedSettings";
import { createFakeHost, FakeSettings, FakeWorkbook, type FakeValue } from "../excel/fakeExcel";

/** Installs Office and Excel globals over the in-memory workbook, as the shared runtime has them. */
function installOffice(book: FakeWorkbook, settings: FakeSettings) {
  const host = createFakeHost(book, settings);
  const showAsTaskpane = jest.fn(async () => undefined);
  const associate = jest.fn();
  const events: { type: string; detail: unknown }[] = [];
  const g = globalThis as Record<string, unknown>;
  g.Excel = { run: host.run };
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
  g.window = target;
  return { showAsTaskpane, associate, events };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
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
    expect(office.events).toEqual([{ type: REFRESHED_EVENT, detail: null }]);
    expect(office.showAsTaskpane).not.toHaveBeenCalled();
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
