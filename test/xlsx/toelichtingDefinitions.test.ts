// The Toelichting sheet of a generated report shows the texts of definitionEntries() (the
// same source as docs/definities.md): the ExcelJS workbook of the command line and the task
// pane's Office.js plan alike.
import ExcelJS from "exceljs";
import { isoToDay } from "../../src/core/dates/dayToIso";
import { GROUP_REGISTRY } from "../../src/core/kpis/groupRegistry";
import { KPI_REGISTRY } from "../../src/core/kpis/kpiRegistry";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { buildStandardReport } from "../../src/core/report/buildStandardReport";
import { definitionEntries } from "../../src/core/report/definitionEntries";
import { EXCLUDES_LABEL } from "../../src/core/report/definitionLines";
import type { ReportTableSpec } from "../../src/core/report/reportTableSpec";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../src/core/sample/generateSampleExport";
import { planToelichtingSheet } from "../../src/excel/planExplanationSheets";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { engineOf } from "../helpers/engineOf";

/** A report with every KPI and every group of the registries, so every entry is defined. */
const EVERY_KPI: readonly ReportTableSpec[] = [
  {
    kind: "kpis",
    id: "all",
    title: "Alle KPI's",
    keyLabel: "KPI",
    rows: KPI_REGISTRY.map((kpi) => ({ kpi: kpi.id })),
  },
  ...GROUP_REGISTRY.map((group): ReportTableSpec => ({
    kind: "group",
    id: group.id,
    title: group.label,
    group: group.id,
  })),
];

function sampleReport() {
  const sample = generateSampleExport();
  // The sample has no contacts, weight or referral column; with them, every KPI and group is
  // available.
  const cases = sample.cases.map((row, i) =>
    i === 0
      ? [...row, "Aantal contactmomenten", "Zwaarte hulpvraag", "Doorverwezen naar"]
      : [...row, i % 9, i % 2 === 0 ? "Licht" : "Zwaar", i % 3 === 0 ? "GGZ" : ""]
  );
  const dataset = loadDataset({
    cases: { rows: cases },
    zrm: { rows: sample.zrm },
    activities: { rows: sample.activities },
    complaints: { rows: sample.complaints },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
  return buildStandardReport(engineOf(dataset), parsePeriod("t/m Q3 2024"), {
    definition: EVERY_KPI,
  });
}

/** Each definition row followed by its "Wat niet meetelt" row: [definition, label, excludes]. */
function definitionTriples(rows: readonly (readonly unknown[])[]): string[][] {
  const triples: string[][] = [];
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    if (next !== undefined && next[0] === EXCLUDES_LABEL)
      triples.push([String(row[1]), String(next[0]), String(next[1])]);
  });
  return triples;
}

describe("the Toelichting sheet shows the definition entries", () => {
  const report = sampleReport();
  const entries = definitionEntries();
  const expected = entries.map((e) => [e.definition, EXCLUDES_LABEL, e.excludes]);

  it("has every KPI and group of the registries in the report", () => {
    expect(report.tables.map((t) => t.id)).toEqual(EVERY_KPI.map((t) => t.id));
    expect(entries).toHaveLength(KPI_REGISTRY.length + GROUP_REGISTRY.length);
  });

  it("in the ExcelJS workbook: each definition with what it leaves out", async () => {
    const buffer = (await buildReportWorkbook(
      report,
      []
    ).workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer);
    const sheet = workbook.getWorksheet("Toelichting") as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    let firstExcludes = 0;
    sheet.eachRow((row) => {
      rows.push([row.getCell(1).value, row.getCell(2).value]);
      if (firstExcludes === 0 && row.getCell(1).value === EXCLUDES_LABEL)
        firstExcludes = row.number;
    });
    const triples = definitionTriples(rows);
    for (const triple of expected) expect(triples).toContainEqual(triple);
    expect(sheet.getCell(`A${firstExcludes}`).font.italic).toBe(true);
  });

  it("in the task pane's plan: the same texts", () => {
    const values = planToelichtingSheet(report).blocks[0]?.values ?? [];
    const triples = definitionTriples(values);
    for (const triple of expected) expect(triples).toContainEqual(triple);
  });
});
