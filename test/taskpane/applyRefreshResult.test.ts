import { generateSampleExport } from "../../src/core/sample/generateSampleExport";
import { refreshReport } from "../../src/excel/reportWorkflow";
import { writeStoredSettings } from "../../src/excel/storedSettings";
import {
  applyRefreshResult,
  releasedSheetMessage,
  skippedRowsWarning,
} from "../../src/taskpane/applyRefreshResult";
import { initialState } from "../../src/taskpane/paneState";
import { createFakeHost, FakeWorkbook, type FakeValue } from "../excel/fakeExcel";

const NOW = new Date(2025, 0, 10, 9, 0);

async function refreshed(extraRows = 0) {
  const sample = generateSampleExport({ cases: 300 });
  const book = new FakeWorkbook();
  const rows = sample.cases.map((r) => r.map((v) => (v ?? "") as FakeValue));
  book.addSheet("Export", rows);
  const host = createFakeHost(book);
  await writeStoredSettings(
    {
      version: 1,
      cases: {
        source: { kind: "range", sheet: "Export", address: `A1:T${rows.length}` },
        overrides: {},
      },
      period: "t/m Q3 2024",
      reports: [],
    },
    host.settings
  );
  const first = await refreshReport(host, { now: NOW });
  for (let i = 0; i < extraRows; i++) book.sheet("Export").values.push([...rows[1]!]);
  const second = await refreshReport(host, { now: NOW, period: "t/m Q4 2024", via: "ribbon" });
  return { first, second };
}

describe("applyRefreshResult", () => {
  it("shows the ribbon's refresh in the pane: new Controle data, new sheet named, old step-4 message gone", async () => {
    const { first, second } = await refreshed();
    const state = initialState(first.settings, NOW);
    state.dataset = first.dataset;
    state.messages.generate = {
      kind: "success",
      text: `Klaar: het rapport staat op blad "${first.reportSheet}".`,
    };
    applyRefreshResult(state, second, "ribbon", NOW);
    expect(state.dataset).toBe(second.dataset);
    expect(state.data).toBe(second.sources);
    expect(state.proposals.cases?.headers.length).toBeGreaterThan(0);
    expect(state.stored?.period).toBe("t/m Q4 2024");
    expect(state.refreshPeriod).toBe("t/m Q4 2024");
    expect(state.period).toEqual(expect.objectContaining({ mode: "ytd", year: 2024, quarter: 4 }));
    expect(state.messages.generate).toBeUndefined();
    expect(state.messages.refresh?.text).toMatch(
      /^Vernieuwd met de knop Rapport vernieuwen: blad "Rapportage t∕m Q4 2024" toont nu t\/m Q4 2024 \(300 casussen, [\d.]+ meldingen in Controle\)\.$/
    );
  });

  it("lets go of an override for a column the refreshed export lacks, and says so", async () => {
    const { first, second } = await refreshed();
    const state = initialState(first.settings, NOW);
    state.overrides.cases = { closedOn: "Kolom die niet meer bestaat" };
    applyRefreshResult(state, second, "ribbon", NOW);
    expect(state.overrides.cases).not.toHaveProperty("closedOn");
    expect(state.messages.mapping?.kind).toBe("info");
    expect(state.messages.mapping?.text).toMatch(
      /^Een eerder gekozen kolom bestaat niet meer en is losgelaten: .*Kolom die niet meer bestaat/
    );
  });

  it("says how many rows below the stored selection were read", async () => {
    const { first, second } = await refreshed(2);
    const state = initialState(first.settings, NOW);
    applyRefreshResult(state, second, "pane", NOW);
    expect(state.messages.refresh?.text).toContain(
      "2 nieuwe rijen onder de eerder gekozen selectie zijn meegelezen."
    );
  });
});

describe("skippedRowsWarning", () => {
  it("says in Dutch which rows were not read and what to do", () => {
    expect(skippedRowsWarning("Export", 3)).toBe(
      'Let op: op blad "Export" staan na een lege rij nog 3 rijen; die zijn niet gelezen. Horen ze bij de export, haal dan de lege rij weg en vernieuw opnieuw.'
    );
  });
});

describe("releasedSheetMessage", () => {
  it("says in Dutch that the renamed sheet is the user's now and was left alone", () => {
    expect(
      releasedSheetMessage({ sheetName: "Rapportage t\u2215m Q3 2024", renamedTo: "Q3 bewaard" })
    ).toBe(
      'U hebt het vorige rapportblad hernoemd tot "Q3 bewaard"; dat blad is nu van u en is niet aangeraakt.'
    );
  });
});
