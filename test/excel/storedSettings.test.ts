import {
  parseStoredSettings,
  readStoredSettings,
  SETTINGS_KEY,
  writeStoredSettings,
  type StoredSettings,
  officeSettingsStore,
} from "../../src/excel/storedSettings";
import { officeErrorMessage } from "../../src/excel/officeErrorMessage";
import { FakeSettings } from "./fakeExcel";

const SETTINGS: StoredSettings = {
  version: 1,
  cases: {
    source: { kind: "table", name: "Casussen" },
    overrides: { closedOn: "Datum einde", clientId: "" },
  },
  zrm: { source: { kind: "range", sheet: "ZRM", address: "" }, overrides: {} },
  caseTypeMap: { "Kort contact": "IA" },
  period: "t/m Q3 2024",
  recidive: { minGapMonths: 3 },
  tables: ["kpis", "topDomains"],
  publication: { threshold: 10 },
  reports: [
    {
      sheetName: "Rapportage t\u2215m Q3 2024",
      kind: "report",
      period: "t/m Q3 2024",
      sheetId: "{1}",
    },
  ],
};

describe("stored settings", () => {
  it('survive save and reopen under the key "welzijnsmonitor"', async () => {
    const store = new FakeSettings();
    await writeStoredSettings(SETTINGS, store);
    expect(store.saveCount).toBe(1);
    const reopened = store.reopen();
    expect(reopened.get(SETTINGS_KEY)).toEqual(SETTINGS);
    expect(readStoredSettings(reopened)).toEqual(SETTINGS);
  });

  it("read as null outside Office, without throwing", () => {
    expect(typeof Office).toBe("undefined");
    expect(readStoredSettings()).toBeNull();
  });

  it("accept the JSON text of the settings too", () => {
    expect(parseStoredSettings(JSON.stringify(SETTINGS))).toEqual(SETTINGS);
  });

  describe("edge cases", () => {
    it("read as null when nothing or something else is stored", () => {
      expect(readStoredSettings(new FakeSettings())).toBeNull();
      expect(parseStoredSettings({ version: 2, reports: [] })).toBeNull();
      expect(parseStoredSettings("{kapot")).toBeNull();
      expect(parseStoredSettings([1, 2])).toBeNull();
    });

    it("drop malformed parts instead of trusting them", () => {
      const parsed = parseStoredSettings({
        version: 1,
        cases: { source: { kind: "table" }, overrides: {} },
        reports: [
          { sheetName: "X", kind: "grafiek", period: "Q1 2024" },
          { sheetName: "Y", kind: "controle", period: "Q1 2024" },
        ],
      });
      expect(parsed).toEqual({
        version: 1,
        reports: [{ sheetName: "Y", kind: "controle", period: "Q1 2024" }],
      });
    });

    it("refuse to write outside Office", async () => {
      await expect(writeStoredSettings(SETTINGS)).rejects.toThrow(/geen Office-document/);
    });
  });
});

describe("officeSettingsStore", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("turns a failed saveAsync with a numeric error code into a Dutch message with what to do", async () => {
    const values = new Map<string, unknown>();
    (globalThis as { Office?: unknown }).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        document: {
          settings: {
            get: (key: string) => values.get(key),
            set: (key: string, value: unknown) => values.set(key, value),
            saveAsync: (callback: (result: unknown) => void) =>
              callback({
                status: "failed",
                error: {
                  code: 5001,
                  name: "Internal Error",
                  message: "An internal error has occurred.",
                },
              }),
          },
        },
      },
    };
    const error = await writeStoredSettings(SETTINGS, officeSettingsStore()).catch(
      (e: unknown) => e
    );
    const message = officeErrorMessage(error);
    expect(message).toMatch(
      /^De instellingen van Welzijnsmonitor konden niet in de werkmap worden opgeslagen \(Office-foutcode 5001\)\./
    );
    expect(message).toContain("Bewerken inschakelen");
    expect(message).not.toMatch(/internal error/i);
  });

  it("gives a Dutch message for any other error with a numeric Office code", () => {
    expect(officeErrorMessage({ code: 7002, message: "Something" })).toMatch(
      /^Office meldde foutcode 7002\. /
    );
  });
});
