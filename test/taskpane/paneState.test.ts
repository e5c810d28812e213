import type { StoredSettings } from "../../src/excel/storedSettings";
import { DEFAULT_RECIDIVE, initialState, settingsFromState } from "../../src/taskpane/paneState";

const NOW = new Date(2024, 9, 7);

describe("initialState and settingsFromState", () => {
  it("start a new workbook with the last complete quarter, year to date", () => {
    const state = initialState(null, NOW);
    expect(state.period).toEqual({ mode: "ytd", year: 2024, quarter: 3, text: "" });
    expect(state.recidive).toEqual(DEFAULT_RECIDIVE);
    state.choice.cases = { kind: "table", name: "Casussen" };
    state.overrides.cases = { closedOn: "Datum einde" };
    expect(settingsFromState(state)).toEqual({
      version: 1,
      cases: {
        source: { kind: "table", name: "Casussen" },
        overrides: { closedOn: "Datum einde" },
      },
      period: "t/m Q3 2024",
      recidive: DEFAULT_RECIDIVE,
      publication: null,
      reports: [],
    });
  });

  it("round-trip stored settings, keeping the owned sheets", () => {
    const stored: StoredSettings = {
      version: 1,
      cases: { source: { kind: "range", sheet: "Export", address: "" }, overrides: { team: "" } },
      complaints: { source: { kind: "table", name: "Klachten" }, overrides: {} },
      caseTypeMap: { "Kort contact": "IA" },
      period: "1-1-2024 t/m 30-9-2024",
      recidive: { minGapMonths: 3, sameDomain: false, startField: "registeredOn" },
      tables: ["kpis"],
      publication: { threshold: 10 },
      reports: [
        { sheetName: "R", kind: "report", period: "1-1-2024 t/m 30-9-2024", sheetId: "{1}" },
      ],
    };
    const state = initialState(stored, NOW);
    expect(state.period.mode).toBe("text");
    expect(state.refreshPeriod).toBe("1-1-2024 t/m 30-9-2024");
    expect(settingsFromState(state)).toEqual(stored);
  });

  describe("edge cases", () => {
    it("fills missing recidive options with the defaults", () => {
      const state = initialState({ version: 1, recidive: { minGapMonths: 0 }, reports: [] }, NOW);
      expect(state.recidive).toEqual({ ...DEFAULT_RECIDIVE, minGapMonths: 0 });
    });
  });
});
