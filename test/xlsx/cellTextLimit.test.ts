import ExcelJS from "exceljs";
import { buildReportRow } from "../../src/core/report/buildReportRow";
import type { Report } from "../../src/core/reportTable";
import type { DataIssue } from "../../src/core/types";
import { buildReportWorkbook } from "../../src/xlsx/buildReportWorkbook";

// Excel holds at most 32,767 characters in a cell; a longer text makes it repair the file. The
// parse cuts long text from the data (textTruncated test); the writer's cut is the last guard.
const LONG_TEAM = "Team " + "Noord".repeat(8000); // 40,005 characters
const LONG_VALUE_ISSUE: DataIssue = {
  table: "cases",
  row: 12,
  column: "Startdatum",
  code: "INVALID_DATE",
  severity: "error",
  message: `Ongeldige datum "${"9".repeat(40000)}"; de casus telt niet mee.`,
};

function report(): Report {
  return {
    title: "Welzijnsmonitor – rapportage t/m Q3 2024",
    periodLabel: "t/m Q3 2024",
    previousLabel: "t/m Q3 2023",
    tables: [
      {
        id: "byTeam",
        title: "Per team – behandeld",
        headers: ["Team", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
        rows: [
          buildReportRow({
            label: LONG_TEAM,
            key: LONG_TEAM,
            previous: 3,
            current: 4,
            format: "count",
            polarity: "neutral",
            deltaKind: "absolute",
          }),
        ],
      },
    ],
    definitions: [],
    parameters: [],
  };
}

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  const opened = new ExcelJS.Workbook();
  await opened.xlsx.load(buffer);
  return opened;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const found: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") found.push(cell.value);
    })
  );
  return found;
}

describe("text longer than an Excel cell holds, in the .xlsx writer", () => {
  it("cuts a long label and a long echoed value to 32,767 characters ending in …", async () => {
    const book = await reopen(buildReportWorkbook(report(), [LONG_VALUE_ISSUE]).workbook);
    const all = book.worksheets.flatMap(texts);
    expect(Math.max(...all.map((t) => t.length))).toBe(32767);
    const label = texts(book.worksheets[0] as ExcelJS.Worksheet).find((t) => t.startsWith("Team "));
    expect(label).toBe(LONG_TEAM.slice(0, 32766) + "…");
    const message = texts(book.getWorksheet("Controle") as ExcelJS.Worksheet).find((t) =>
      t.startsWith("Ongeldige datum")
    );
    expect(message?.length).toBe(32767);
    expect(message?.endsWith("99…")).toBe(true);
  });

  it("lists the issues as given: the TEXT_TRUNCATED warnings come from the parse", async () => {
    // A warning added here would name the source cell while meaning this one, and be missing
    // from the CLI's summary and JSON.
    const book = await reopen(buildReportWorkbook(report(), [LONG_VALUE_ISSUE]).workbook);
    const sheet = book.getWorksheet("Controle") as ExcelJS.Worksheet;
    const codes: unknown[] = [];
    sheet.eachRow((row) => codes.push((row.values as unknown[])[4]));
    expect(codes).toEqual(["Code", "INVALID_DATE"]);
  });
});
