import { OTHER_KEY } from "../../src/core/kpis/arrangeGroupRows";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { isoToDay } from "../../src/core/dates/dayToIso";
import { compareGroup } from "../../src/core/kpis/compareGroup";
import { computeKpi } from "../../src/core/kpis/computeKpi";
import { loadDataset } from "../../src/core/parse/loadDataset";
import { parsePeriod } from "../../src/core/periods/parsePeriod";
import { roundForDisplay } from "../../src/core/report/buildReportRow";
import { buildStandardReport } from "../../src/core/report/buildStandardReport";
import { STANDARD_REPORT_TABLES } from "../../src/core/report/standardReportTables";
import type { Report } from "../../src/core/reportTable";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../src/core/sample/generateSampleExport";
import type { Dataset } from "../../src/core/types";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";
import { saveReportWorkbook } from "../../src/xlsx/reportWorkbook";
import { getGroup, getKpi } from "../../src/core/index";
import { calibriWidth } from "./calibriWidth";
import { engineRows, shown, TABLE_SOURCES, type EngineRow } from "./engineTableNumbers";
import { expectSheetMatchesReport, findTableRows } from "./expectSheetMatchesReport";
import { parseKpiId } from "../../src/core/kpis/kpiRegistry";
import { engineOf } from "../helpers/engineOf";

const PERIOD = parsePeriod("t/m Q3 2024");
const PREVIOUS = parsePeriod("t/m Q3 2023");

function sampleDataset(): Dataset {
  const sample = generateSampleExport();
  return loadDataset({
    cases: { rows: sample.cases },
    zrm: { rows: sample.zrm },
    activities: { rows: sample.activities },
    complaints: { rows: sample.complaints },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
}

async function reopen(
  report: Report,
  dataset: Dataset
): Promise<{ sheet: ExcelJS.Worksheet; workbook: ExcelJS.Workbook; zip: JSZip }> {
  const buffer = await saveReportWorkbook(buildReportWorkbook(report, dataset.issues));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer.slice().buffer);
  return {
    sheet: workbook.worksheets[0] as ExcelJS.Worksheet,
    workbook,
    zip: await JSZip.loadAsync(buffer),
  };
}

describe("the report workbook of the sample export", () => {
  const dataset = sampleDataset();
  const report = buildStandardReport(engineOf(dataset), PERIOD);
  let opened: Awaited<ReturnType<typeof reopen>>;

  beforeAll(async () => {
    opened = await reopen(report, dataset);
  });

  it("has every table of the standard report: the sample has all data", () => {
    expect(report.tables.map((t) => t.id)).toEqual(STANDARD_REPORT_TABLES.map((t) => t.id));
    expect(opened.workbook.worksheets.map((s) => s.name)).toEqual([
      "Rapportage t\u2215m Q3 2024",
      "Toelichting",
      "Controle",
    ]);
  });

  it("holds the engine’s numbers: the scalar KPIs and the grouped KPIs of both periods", () => {
    const options = { recidive: {} };
    for (const row of report.tables.find((t) => t.id === "kpis")?.rows ?? []) {
      const filters = ["recidive", "recidivists", "recidivePct"].includes(row.key)
        ? [{ field: "caseType" as const, values: ["IT", "LS"] }]
        : undefined;
      const opts = { ...options, ...(filters ? { filters } : {}) };
      // Rates and means are rounded to the precision shown; counts are exact.
      const engine = (period: typeof PERIOD) =>
        roundForDisplay(
          computeKpi(engineOf(dataset), parseKpiId(row.key), period, opts),
          row.format
        );
      expect([row.key, row.current, row.previous]).toEqual([
        row.key,
        engine(PERIOD),
        engine(PREVIOUS),
      ]);
    }
    const referrers = compareGroup(engineOf(dataset), "byReferrer", PERIOD, PREVIOUS);
    const table = report.tables.find((t) => t.id === "byReferrer");
    expect(table?.rows.map((r) => [r.key, r.previous, r.current])).toEqual(
      referrers.rows.map((r) => [r.key, r.previous.started, r.current.started])
    );
  });

  it("writes the engine’s number in every row of every table, with Δ and Δ% worked out here", () => {
    const missingText = (tableId: string) => (tableId === "activities.deelnemers" ? "n.v.t." : "–");
    let checked = 0;
    for (const table of report.tables) {
      const engine = engineRows(table.id, dataset, PERIOD, PREVIOUS);
      // The same rows as the engine has (and a lost or extra row fails here).
      expect({ table: table.id, keys: table.rows.map((r) => r.key).sort() }).toEqual({
        table: table.id,
        keys: [...engine.keys()].sort(),
      });
      const sheetRows = findTableRows(opened.sheet, table.title, table.rows.length);
      // The row after the table is a note or blank, not another number row.
      const after = opened.sheet.getRow((sheetRows.at(-1) as number) + 1);
      expect(typeof after.getCell(2).value === "number").toBe(false);
      table.rows.forEach(({ key }, i) => {
        const row = engine.get(key) as EngineRow;
        const cells = opened.sheet.getRow(sheetRows[i] as number);
        const where = `${table.id} / ${key}`;
        const previous = shown(row.previous, row.format);
        const current = shown(row.current, row.format);
        const value = (v: number | null) => v ?? missingText(table.id);
        expect({
          where,
          previous: cells.getCell(2).value,
          current: cells.getCell(3).value,
        }).toEqual({
          where,
          previous: value(previous),
          current: value(current),
        });
        const delta = previous === null || current === null ? null : current - previous;
        const deltaCell = cells.getCell(4).value;
        if (delta === null) expect({ where, delta: deltaCell }).toEqual({ where, delta: "–" });
        else
          expect({ where, delta: Number(deltaCell) }).toEqual({
            where,
            delta: expect.closeTo(delta, 9),
          });
        const pctCell = cells.getCell(5).value;
        if (row.points) expect({ where, pct: pctCell }).toEqual({ where, pct: null });
        else if (delta === null || previous === null || previous === 0)
          expect({ where, pct: pctCell }).toEqual({ where, pct: "–" });
        else
          expect({ where, pct: Number(pctCell) }).toEqual({
            where,
            pct: expect.closeTo(delta / Math.abs(previous), 12),
          });
        checked += 1;
      });
    }
    expect(checked).toBeGreaterThan(150);
  });

  it("writes every cell as the report says: value, format code, text and Δ colour", () => {
    expectSheetMatchesReport(opened.sheet, report);
  });

  it("draws data bars over the current column of the groups (not Overig, not Totaal) of the domain, reason, referrer and collective tables", () => {
    const { conditionalFormattings } = opened.sheet as unknown as {
      conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
    };
    const expected = report.tables
      .filter((t) => t.dataBar === true)
      .map((t) => {
        const rows = findTableRows(opened.sheet, t.title, t.rows.length);
        const groups = t.rows.filter((r) => !r.isTotal && r.key !== OTHER_KEY).length;
        const last = rows[groups - 1];
        return `C${rows[0]}:C${last}`;
      });
    expect(expected).toHaveLength(6);
    expect(conditionalFormattings.map((cf) => cf.ref)).toEqual(expected);
    expect(conditionalFormattings.every((cf) => cf.rules[0]?.type === "dataBar")).toBe(true);
  });

  it('writes the sample’s team "- geen team -" as text and no formula anywhere', async () => {
    const teams = report.tables.find((t) => t.id === "byTeam");
    const index = teams?.rows.findIndex((r) => r.label.startsWith("-")) ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    const rows = findTableRows(opened.sheet, teams?.title ?? "", teams?.rows.length ?? 0);
    const cell = opened.sheet.getRow(rows[index] as number).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(teams?.rows[index]?.label);
    const sheets = Object.keys(opened.zip.files).filter((n) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(n)
    );
    expect(sheets).toHaveLength(3);
    for (const name of sheets) {
      expect(await opened.zip.file(name)?.async("string")).not.toMatch(/<f[ >]/);
    }
  });

  it("breaks pages only between tables, on the blank row before a title", async () => {
    const xml = (await opened.zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    expect(breaks.length).toBeGreaterThan(0);
    const titles = new Set(report.tables.map((t) => t.title));
    for (const row of breaks) {
      expect(opened.sheet.getRow(row).getCell(1).value).toBeNull();
      expect(titles.has(String(opened.sheet.getRow(row + 1).getCell(1).value))).toBe(true);
    }
  });

  it("prints the report one page wide on A4 landscape, with the charts beside the tables", () => {
    expect(opened.sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      // Columns A–E hold the tables; G–N the charts, one blank column between.
      printArea: expect.stringMatching(/^A1:N\d+$/),
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
  });

  it("lists the sample’s data issues on Controle, one row each with table, row, column and message", () => {
    const sheet = opened.workbook.getWorksheet("Controle") as ExcelJS.Worksheet;
    expect(dataset.issues.length).toBe(9);
    expect(sheet.rowCount).toBe(dataset.issues.length + 1);
    const tableNames = {
      cases: "Casussen",
      zrm: "ZRM-scores",
      activities: "Activiteiten",
      complaints: "Klachten",
    };
    dataset.issues.forEach((issue, i) => {
      const row = sheet.getRow(i + 2);
      expect([1, 2, 3, 6].map((c) => row.getCell(c).value)).toEqual([
        tableNames[issue.table],
        issue.row,
        issue.column,
        issue.message,
      ]);
    });
    expect(sheet.getRow(2).getCell(3).value).toBe("Hoofddomein 2");
    expect(sheet.getRow(2).getCell(2).value).toBe(542);
  });

  it("defines on Toelichting every KPI and group that appears in the report", () => {
    const sheet = opened.workbook.getWorksheet("Toelichting") as ExcelJS.Worksheet;
    const definitions = new Map<string, string>();
    sheet.eachRow((row) => {
      const [label, text] = [row.getCell(1).value, row.getCell(2).value];
      if (typeof label === "string" && typeof text === "string") definitions.set(label, text);
    });
    const expected: [string, string][] = [];
    for (const table of report.tables) {
      const source = TABLE_SOURCES[table.id];
      if (source === undefined) throw new Error(`no source for ${table.id}`);
      if ("kpis" in source)
        for (const { key, kpi } of source.kpis) {
          // A row under the KPI's own label is defined under the label it shows, scope and
          // all ("Aantal recidive trajecten, zelfde hoofddomein (IT+LS)"); a row with a label
          // of its own ("Leun en steun – opgestart") under the KPI's label.
          // A KPI the export has no column for is no row (the engine rows above say which).
          const row = table.rows.find((r) => r.key === key);
          if (row === undefined) continue;
          const shown = row.label;
          const label = shown.startsWith(getKpi(kpi).label) ? shown : getKpi(kpi).label;
          expected.push([label, getKpi(kpi).definition]);
        }
      else if ("group" in source)
        expected.push([getGroup(source.group).label, getGroup(source.group).definition]);
      else
        for (const row of table.rows) expected.push([`Recidive: ${row.label}`, expect.any(String)]);
    }
    expect(expected.length).toBeGreaterThan(40);
    for (const [label, definition] of expected)
      expect({ label, definition: definitions.get(label) }).toEqual({ label, definition });
  });

  it("makes the label column at least as wide as its longest label, up to the cap of 60", () => {
    const labels = report.tables.flatMap((t) => [
      { text: t.headers[0], bold: true },
      ...t.rows.map((r) => ({ text: r.label, bold: r.isTotal })),
    ]);
    const needed = Math.max(...labels.map((l) => calibriWidth(l.text, l.bold)));
    expect(needed).toBeGreaterThan(40); // "Individuele trajecten – doorlooptijd afgesloten (dagen)"
    expect(opened.sheet.getColumn(1).width).toBeGreaterThanOrEqual(Math.min(60, needed));
    for (let c = 2; c <= 5; c++) {
      const texts = report.tables.map((t) => t.headers[c - 1]);
      const width = Math.max(...texts.map((t) => calibriWidth(t ?? "", true)));
      expect(opened.sheet.getColumn(c).width).toBeGreaterThanOrEqual(width);
    }
  });

  it("colours Δ by polarity with a light fill: good, bad, neutral and zero", () => {
    const cell = (tableId: string, key: string, column: number) => {
      const table = report.tables.find((t) => t.id === tableId);
      const index = table?.rows.findIndex((r) => r.key === key) ?? -1;
      const rows = findTableRows(opened.sheet, table?.title ?? "", table?.rows.length ?? 0);
      const c = opened.sheet.getRow(rows[index] as number).getCell(column);
      return {
        value: c.value,
        colour: c.font?.color?.argb,
        fill: (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
      };
    };
    const green = { colour: "FF006100", fill: "FFE2EFDA" };
    const red = { colour: "FF9C0006", fill: "FFFCE4E4" };
    const plain = { colour: undefined, fill: undefined };
    // Wachttijd 18 → 16 days: down is good.
    expect(cell("kpis", "meanWaitDays", 4)).toEqual({ value: -2, ...green });
    expect(cell("kpis", "meanWaitDays", 5)).toEqual({ value: null, ...plain }); // a mean: no Δ%
    // Recidive 29 → 35: up is bad, Δ and Δ%.
    expect(cell("kpis", "recidive", 4)).toEqual({ value: 6, ...red });
    expect(cell("kpis", "recidive", 5)).toEqual({ value: 6 / 29, ...red });
    // Behandeld 1.497 → 1.592: neutral, never coloured.
    expect(cell("kpis", "active", 4)).toEqual({ value: 95, ...plain });
    expect(cell("kpis", "active", 5)).toEqual({ value: 95 / 1497, ...plain });
    // Klantoordeel 7,5 → 7,5: no change, no colour although the polarity is up.
    expect(cell("results", "meanRating", 4)).toEqual({ value: 0, ...plain });
    // The values themselves are never coloured.
    expect(cell("kpis", "recidive", 3)).toEqual({ value: 35, ...plain });
  });

  it("makes every Totaal row bold, label and numbers", () => {
    let totals = 0;
    for (const table of report.tables) {
      const rows = findTableRows(opened.sheet, table.title, table.rows.length);
      table.rows.forEach((row, i) => {
        const sheetRow = opened.sheet.getRow(rows[i] as number);
        const bold = [1, 2, 3, 4, 5].map((c) => sheetRow.getCell(c).font?.bold === true);
        expect({ table: table.id, row: row.label, bold }).toEqual({
          table: table.id,
          row: row.label,
          bold: Array(5).fill(row.label.startsWith("Totaal")),
        });
        if (row.label.startsWith("Totaal")) totals += 1;
      });
    }
    expect(totals).toBe(20);
  });

  it("writes each data bar solid light blue from 0 to the maximum, with Excel 2010’s x14 extension", async () => {
    const xml = (await opened.zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const rules = [
      ...xml.matchAll(
        /<conditionalFormatting sqref="([^"]+)"><cfRule type="dataBar"[^>]*><dataBar>(.*?)<\/dataBar><extLst><ext uri="\{B025F937-C7B1-47D3-B67F-A62EFF666E3E\}"[^>]*><x14:id>(\{[0-9A-F-]+\})<\/x14:id>/g
      ),
    ];
    expect(rules).toHaveLength(6);
    const ext =
      /<ext uri="\{78C0D931-6437-407d-A8EE-F0AAD7539E65\}"[^>]*><x14:conditionalFormattings>(.*?)<\/x14:conditionalFormattings>/.exec(
        xml
      )?.[1] ?? "";
    for (const [, ref, body, id] of rules) {
      expect(body).toBe('<cfvo type="num" val="0"/><cfvo type="max"/><color rgb="FF9DC3E6"/>');
      const x14 = new RegExp(
        `<x14:cfRule type="dataBar" id="${(id ?? "").replace(/[{}]/g, "\\$&")}"><x14:dataBar ([^>]*)>(.*?)</x14:dataBar></x14:cfRule><xm:sqref>([^<]+)</xm:sqref>`
      ).exec(ext);
      expect(x14?.[1]).toContain('gradient="0"');
      expect(x14?.[2]).toBe('<x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="max"/>');
      expect(x14?.[3]).toBe(ref);
    }
  });

  it('writes the publication version with "<5" cells that match the report', async () => {
    const published = buildStandardReport(engineOf(dataset), PERIOD, {
      publication: { threshold: 5 },
    });
    const { sheet } = await reopen(published, dataset);
    expectSheetMatchesReport(sheet, published);
    const small = published.tables
      .flatMap((t) => t.rows)
      .filter((r) => r.suppressed?.current === "small");
    expect(small.length).toBeGreaterThan(0);
    expect(sheet.getCell("A3").value).toBe(
      "Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5)."
    );
  });
});
