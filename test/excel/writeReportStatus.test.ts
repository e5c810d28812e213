import { planControleSheet, planToelichtingSheet } from "../../src/excel/planExplanationSheets";
import { planReportSheet } from "../../src/excel/planReportSheet";
import { writeReportStatus } from "../../src/excel/writeReportStatus";
import { writeSheetPlans } from "../../src/excel/writeSheetPlans";
import { createFakeHost, FakeWorkbook } from "./fakeExcel";
import { fixtureReport, KPI_TABLE } from "./reportFixture";

const REPORT = "Rapportage t\u2215m Q3 2024";

async function written() {
  const book = new FakeWorkbook();
  const host = createFakeHost(book);
  const report = fixtureReport([KPI_TABLE]);
  const { owned } = await writeSheetPlans(
    host.run,
    [
      { name: REPORT, plan: planReportSheet(report, { statusText: "Bijgewerkt." }) },
      { name: "Toelichting", plan: planToelichtingSheet(report) },
      { name: "Controle", plan: planControleSheet([]) },
    ],
    [],
    "t/m Q3 2024"
  );
  return { book, host, owned };
}

describe("writeReportStatus", () => {
  it("writes the status line into the owned report sheet in three syncs", async () => {
    const { book, host, owned } = await written();
    const syncs = book.syncCount;
    await expect(writeReportStatus(host.run, owned, "Bezig met vernieuwen…")).resolves.toBe(true);
    expect(book.syncCount - syncs).toBe(3);
    expect(book.cell(REPORT, "A3")).toBe("Bezig met vernieuwen…");
  });

  describe("edge cases", () => {
    it("leaves a report sheet the user renamed alone", async () => {
      const { book, host, owned } = await written();
      book.sheet(REPORT).name = "Mijn kopie";
      const before = book.snapshot("Mijn kopie");
      await expect(writeReportStatus(host.run, owned, "Bezig…")).resolves.toBe(false);
      expect(book.snapshot("Mijn kopie")).toBe(before);
    });
  });
});
