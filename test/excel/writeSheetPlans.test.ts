import { planControleSheet, planToelichtingSheet } from "../../src/excel/planExplanationSheets";
import { planReportSheet } from "../../src/excel/planReportSheet";
import { officeErrorMessage, UserFacingError } from "../../src/excel/officeErrorMessage";
import type { OwnedSheet } from "../../src/excel/storedSettings";
import { REPORT_COLORS, textWidth } from "../../src/excel/reportStyle";
import { charactersToPoints } from "../../src/excel/sheetPlan";
import { writeSheetPlans, type NamedSheetPlan } from "../../src/excel/writeSheetPlans";
import { createFakeHost, FakeWorkbook } from "./fakeExcel";
import { fixtureReport, KPI_TABLE, TEAM_TABLE } from "./reportFixture";

const REPORT = "Rapportage t\u2215m Q3 2024";

function plans(tables = [KPI_TABLE, TEAM_TABLE], name = REPORT): NamedSheetPlan[] {
  const report = fixtureReport(tables);
  return [
    { name, plan: planReportSheet(report, { statusText: "Bijgewerkt." }) },
    { name: "Toelichting", plan: planToelichtingSheet(report) },
    { name: "Controle", plan: planControleSheet([]) },
  ];
}

function setup(): { book: FakeWorkbook; host: ReturnType<typeof createFakeHost> } {
  const book = new FakeWorkbook();
  book.addSheet("Blad1", [["Eigen gegevens", 1]]);
  return { book, host: createFakeHost(book) };
}

describe("writeSheetPlans", () => {
  it("adds the report sheets and records them with their ids", async () => {
    const { book, host } = setup();
    const result = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
    expect(book.sheets.map((s) => s.name)).toEqual(["Blad1", REPORT, "Toelichting", "Controle"]);
    expect(result.written).toEqual([
      {
        sheetName: REPORT,
        kind: "report",
        period: "t/m Q3 2024",
        sheetId: book.sheet(REPORT).id,
        marker: expect.stringMatching(/^[a-z0-9]{10}$/),
        statusCell: "A3",
      },
      {
        sheetName: "Toelichting",
        kind: "toelichting",
        period: "t/m Q3 2024",
        sheetId: book.sheet("Toelichting").id,
        marker: expect.any(String),
      },
      {
        sheetName: "Controle",
        kind: "controle",
        period: "t/m Q3 2024",
        sheetId: book.sheet("Controle").id,
        marker: expect.any(String),
      },
    ]);
    // The second mark: a workbook name on A1 of each sheet, pointing at it by reference.
    expect(book.names.map((n) => [n.name, book.nameValue(n)])).toEqual(
      result.written.map((w) => [
        `Welzijnsmonitor_${w.marker}`,
        w.kind === "report" ? `='${REPORT}'!$A$1` : `=${w.sheetName}!$A$1`,
      ])
    );
    expect(book.activeSheetId).toBe(book.sheet(REPORT).id);
  });

  it("writes values, number formats, fonts, fills, widths, charts and data bars", async () => {
    const { book, host } = setup();
    await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
    expect(book.cell(REPORT, "A7")).toBe("Aantal aanmeldingen");
    expect(book.cell(REPORT, "B7")).toBe(479);
    expect(book.cell(REPORT, "D7")).toBe(-27);
    expect(book.format(REPORT, "D7").numberFormat).toBe('+#,##0;"\u2212"#,##0;0');
    expect(book.format(REPORT, "A1")).toEqual({
      numberFormat: "@",
      bold: true,
      fontSize: 16,
      fontColor: REPORT_COLORS.title,
    });
    expect(book.format(REPORT, "D8").fontColor).toBe(REPORT_COLORS.good);
    expect(book.format(REPORT, "D10").fontColor).toBe(REPORT_COLORS.bad);
    expect(book.format(REPORT, "A18")).toEqual(
      expect.objectContaining({ bold: true, borderTop: REPORT_COLORS.totalBorder })
    );
    expect(book.format(REPORT, "C6")).toEqual(
      expect.objectContaining({ fill: REPORT_COLORS.headerFill, horizontalAlignment: "Right" })
    );
    const sheet = book.sheet(REPORT);
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        sourceAddress: "A14:C17",
        title: "Per team – behandeld",
        topLeft: "G13",
        bottomRight: "M28",
        reversePlotOrder: true,
      }),
    ]);
    expect(sheet.conditionalFormats).toEqual([
      {
        type: "DataBar",
        address: "C15:C17",
        fillColor: REPORT_COLORS.dataBar,
        gradientFill: false,
      },
    ]);
    expect(sheet.frozenRows).toBe(3);
    expect(sheet.showGridlines).toBe(false);
    // As wide as the ExcelJS writer makes it: the bold period header fits.
    expect(sheet.columnWidths.get(1)).toBe(charactersToPoints(textWidth("t/m Q3 2023", true)));
    expect(book.sheet("Controle").autoFilter).toBe("A1:F1");
  });

  it("costs three syncs, whatever the number of tables", async () => {
    const small = setup();
    await writeSheetPlans(small.host.run, plans([KPI_TABLE]), [], "t/m Q3 2024");
    const many = setup();
    const tables = Array.from({ length: 30 }, (_, i) => ({ ...TEAM_TABLE, id: `t${i}` }));
    // Spy on context.sync of every batch the writer runs.
    const spies: jest.SpyInstance[] = [];
    const spiedRun: typeof many.host.run = (batch) =>
      many.host.run((context) => {
        spies.push(jest.spyOn(context, "sync"));
        return batch(context);
      });
    await writeSheetPlans(spiedRun, plans(tables), [], "t/m Q3 2024");
    expect(spies).toHaveLength(1);
    expect(spies[0]).toHaveBeenCalledTimes(3);
    expect(small.book.syncCount).toBe(3);
    expect(many.book.syncCount).toBe(3);
    expect(many.book.sheet(REPORT).charts).toHaveLength(30);
  });

  it("writes text from the data as text: no formulas, no numbers from digit labels", async () => {
    const { book, host } = setup();
    await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
    const sheet = book.sheet(REPORT);
    expect(sheet.formulas.size).toBe(0);
    expect(book.cell(REPORT, "A15")).toBe("=Noord");
    expect(book.cell(REPORT, "A16")).toBe("-Zuid");
    expect(book.cell(REPORT, "A17")).toBe("1");
  });

  it("rewrites its own sheets in place on refresh and renames them for the new period", async () => {
    const { book, host } = setup();
    const first = await writeSheetPlans(
      host.run,
      plans([KPI_TABLE, TEAM_TABLE]),
      [],
      "t/m Q3 2024"
    );
    const id = book.sheet(REPORT).id;
    // A stale cell far below the new content, and the old chart, must go.
    book.sheet(REPORT).values[200] = ["oud"];
    const syncsBefore = book.syncCount;
    const second = await writeSheetPlans(
      host.run,
      plans([KPI_TABLE], "Rapportage t\u2215m Q4 2024"),
      first.owned,
      "t/m Q4 2024"
    );
    expect(book.syncCount - syncsBefore).toBe(3);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Blad1",
      "Rapportage t\u2215m Q4 2024",
      "Toelichting",
      "Controle",
    ]);
    expect(book.sheet("Rapportage t\u2215m Q4 2024").id).toBe(id);
    expect(book.cell("Rapportage t\u2215m Q4 2024", "A201")).toBe("");
    expect(book.sheet("Rapportage t\u2215m Q4 2024").charts).toEqual([]);
    expect(second.targets.map((t) => t.action)).toEqual(["rewrite", "rewrite", "rewrite"]);
    expect(second.owned.map((o) => o.period)).toEqual([
      "t/m Q4 2024",
      "t/m Q4 2024",
      "t/m Q4 2024",
    ]);
  });

  describe("edge cases", () => {
    it('never touches a user’s sheet that has the report’s name: the report gets "(2)"', async () => {
      const { book, host } = setup();
      book.addSheet(REPORT, [["Mijn notities"], ["=SOM(A1)", 3]]);
      book.addSheet("Toelichting", [["Van mij"]]);
      const before = [book.snapshot(REPORT), book.snapshot("Toelichting"), book.snapshot("Blad1")];
      const result = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      expect([book.snapshot(REPORT), book.snapshot("Toelichting"), book.snapshot("Blad1")]).toEqual(
        before
      );
      expect(result.written.map((w) => w.sheetName)).toEqual([
        `${REPORT} (2)`,
        "Toelichting (2)",
        "Controle",
      ]);
    });

    it("does not trust an owned entry whose sheet was deleted and replaced by the user", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      book.sheets = book.sheets.filter((s) => s.name !== REPORT);
      book.addSheet(REPORT, [["Nieuw blad van de gebruiker"]]);
      const before = book.snapshot(REPORT);
      const second = await writeSheetPlans(host.run, plans(), first.owned, "t/m Q3 2024");
      expect(book.snapshot(REPORT)).toBe(before);
      expect(second.written[0]!.sheetName).toBe(`${REPORT} (2)`);
      expect(second.owned).toHaveLength(3);
    });

    it("recognises its sheets by their marker when Excel gave them new ids on reopen", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      book.reassignSheetIds();
      expect(first.owned.every((o) => book.sheets.every((s) => s.id !== o.sheetId))).toBe(true);
      book.addSheet("Mijn analyse", [["eigen"]]);
      const mine = [book.snapshot("Blad1"), book.snapshot("Mijn analyse")];
      const syncs = book.syncCount;
      const second = await writeSheetPlans(
        host.run,
        plans([KPI_TABLE], "Rapportage t\u2215m Q4 2024"),
        first.owned,
        "t/m Q4 2024"
      );
      expect(book.syncCount - syncs).toBe(3);
      expect(second.targets.map((t) => t.action)).toEqual(["rewrite", "rewrite", "rewrite"]);
      expect(book.sheets.map((s) => s.name)).toEqual([
        "Blad1",
        "Rapportage t\u2215m Q4 2024",
        "Toelichting",
        "Controle",
        "Mijn analyse",
      ]);
      expect([book.snapshot("Blad1"), book.snapshot("Mijn analyse")]).toEqual(mine);
      expect(second.owned.map((o) => o.sheetId)).toEqual(book.sheets.slice(1, 4).map((s) => s.id));
      expect(second.owned.map((o) => o.marker)).toEqual(first.owned.map((o) => o.marker));
      expect(book.names).toHaveLength(3);
    });

    it("does not trust changed ids without a marker (older settings): new sheets, old ones untouched", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      book.reassignSheetIds();
      const withoutMarkers = first.owned.map(({ marker: _marker, ...rest }) => rest);
      const before = book.snapshot(REPORT);
      const second = await writeSheetPlans(host.run, plans(), withoutMarkers, "t/m Q3 2024");
      expect(book.snapshot(REPORT)).toBe(before);
      expect(second.written[0]!.sheetName).toBe(`${REPORT} (2)`);
    });

    it("treats an owned sheet the user renamed as the user's: left as it is, a new sheet written", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      book.sheet(REPORT).name = "Rapport Q3 bewaard";
      const kept = book.snapshot("Rapport Q3 bewaard");
      const second = await writeSheetPlans(
        host.run,
        plans([KPI_TABLE], "Rapportage t\u2215m Q4 2024"),
        first.owned,
        "t/m Q4 2024"
      );
      expect(book.snapshot("Rapport Q3 bewaard")).toBe(kept);
      expect(second.targets.map((t) => t.action)).toEqual(["add", "rewrite", "rewrite"]);
      expect(second.released).toEqual([{ sheetName: REPORT, renamedTo: "Rapport Q3 bewaard" }]);
      expect(second.owned.map((o) => o.sheetName)).toEqual([
        "Rapportage t\u2215m Q4 2024",
        "Toelichting",
        "Controle",
      ]);
      // Its marker is gone: nothing points the add-in at the user's sheet any more.
      expect(book.names.map((n) => book.nameValue(n))).not.toContain("='Rapport Q3 bewaard'!$A$1");
      expect(book.names).toHaveLength(3);
    });

    it("keeps a sheet it renamed itself when saving the new name failed: no release, no new sheet", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      const id = book.sheet(REPORT).id;
      // Renamed for Q4, but the settings with the new name were never saved.
      await writeSheetPlans(
        host.run,
        plans([KPI_TABLE], "Rapportage t\u2215m Q4 2024"),
        first.owned,
        "t/m Q4 2024"
      );
      const third = await writeSheetPlans(
        host.run,
        plans([KPI_TABLE], "Rapportage t\u2215m Q1 2025"),
        first.owned,
        "t/m Q1 2025"
      );
      expect(third.released).toEqual([]);
      expect(third.targets.map((t) => t.action)).toEqual(["rewrite", "rewrite", "rewrite"]);
      expect(book.sheets.map((s) => s.name)).toEqual([
        "Blad1",
        "Rapportage t\u2215m Q1 2025",
        "Toelichting",
        "Controle",
      ]);
      expect(book.sheet("Rapportage t\u2215m Q1 2025").id).toBe(id);
      expect(third.owned.map((o) => o.marker)).toEqual(first.owned.map((o) => o.marker));
      expect(book.names).toHaveLength(3);
    });

    it("removes a recorded marker of a deleted sheet whatever the case of its name, as Excel compares names", async () => {
      const { book, host } = setup();
      book.addSheet("Weg", [["oud"]]);
      book.names.push({
        name: "WELZIJNSMONITOR_OUD",
        sheetId: book.sheet("Weg").id,
        address: "A1",
        comment: "",
      });
      const gone: OwnedSheet = {
        sheetName: "Weg",
        kind: "report",
        period: "t/m Q2 2024",
        marker: "oud",
      };
      book.sheets = book.sheets.filter((s) => s.name !== "Weg");
      await writeSheetPlans(host.run, plans(), [gone], "t/m Q3 2024");
      expect(book.names.map((n) => n.name)).not.toContain("WELZIJNSMONITOR_OUD");
      expect(book.names).toHaveLength(3);
    });

    it("leaves the user's own Welzijnsmonitor_… names alone, on first write and on refresh", async () => {
      const { book, host } = setup();
      book.addSheet("Weg", [["weg"]]);
      const user = (name: string, sheet: string, address: string) =>
        book.names.push({ name, sheetId: book.sheet(sheet).id, address, comment: "" });
      user("Welzijnsmonitor_Mijn", "Blad1", "B1");
      user("Welzijnsmonitor_Weg", "Weg", "A1");
      book.sheets = book.sheets.filter((s) => s.name !== "Weg");
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      await writeSheetPlans(
        host.run,
        plans([KPI_TABLE], "Rapportage t\u2215m Q4 2024"),
        first.owned,
        "t/m Q4 2024"
      );
      const mine = book.names.filter(
        (n) => !first.owned.some((o) => n.name === `Welzijnsmonitor_${o.marker}`)
      );
      expect(mine.map((n) => [n.name, book.nameValue(n)])).toEqual([
        ["Welzijnsmonitor_Mijn", "=Blad1!$B$1"],
        ["Welzijnsmonitor_Weg", "#REF!"],
      ]);
      expect(book.names).toHaveLength(5);
    });

    it("settings without recorded markers: removes only the prefixed names on its own sheets", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      // A workbook whose settings never recorded the markers: the names are there, unrecorded.
      const unrecorded = first.owned.map(({ marker: _marker, ...rest }) => rest);
      book.names.push({
        name: "Welzijnsmonitor_Mijn",
        sheetId: book.sheet("Blad1").id,
        address: "A1",
        comment: "",
      });
      const oldNames = book.names.map((n) => n.name).filter((n) => n !== "Welzijnsmonitor_Mijn");
      const second = await writeSheetPlans(host.run, plans(), unrecorded, "t/m Q3 2024");
      expect(second.targets.map((t) => t.action)).toEqual(["rewrite", "rewrite", "rewrite"]);
      const names = book.names.map((n) => n.name);
      expect(names.filter((n) => oldNames.includes(n))).toEqual([]);
      expect(names).toEqual([
        "Welzijnsmonitor_Mijn",
        ...second.owned.map((o) => `Welzijnsmonitor_${o.marker}`),
      ]);
    });

    it("stops with a Dutch message, before writing anything, when an owned sheet is protected", async () => {
      const { book, host } = setup();
      const first = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024");
      book.sheet("Controle").protected = true;
      const before = book.snapshot(REPORT);
      const error = await writeSheetPlans(host.run, plans(), first.owned, "t/m Q3 2024").catch(
        (e: unknown) => e
      );
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as Error).message).toMatch(/^Het blad "Controle" is beveiligd/);
      expect(book.snapshot(REPORT)).toBe(before);
    });

    it("stops with a Dutch message when the workbook structure is protected", async () => {
      const { book, host } = setup();
      book.structureProtected = true;
      await expect(writeSheetPlans(host.run, plans(), [], "t/m Q3 2024")).rejects.toThrow(
        /structuur van de werkmap is beveiligd/
      );
      expect(book.sheets).toHaveLength(1);
    });

    it("reports an edit in progress as the Office error that the pane translates", async () => {
      const { book, host } = setup();
      book.cellEditMode = true;
      const error = await writeSheetPlans(host.run, plans(), [], "t/m Q3 2024").catch(
        (e: unknown) => e
      );
      expect(officeErrorMessage(error)).toMatch(
        /^Excel is nog bezig met het bewerken van een cel\. Druk op Enter of Esc/
      );
    });

    it("owns exactly what it wrote plus still-existing earlier sheets", async () => {
      const { book, host } = setup();
      const ghost: OwnedSheet = {
        sheetName: "Weg",
        kind: "report",
        period: "Q1 2024",
        sheetId: "{gone}",
      };
      const kept = book.addSheet("Oud rapport");
      const old: OwnedSheet = {
        sheetName: "Oud rapport",
        kind: "controle",
        period: "Q1 2024",
        sheetId: kept.id,
      };
      const result = await writeSheetPlans(
        host.run,
        plans().slice(0, 1),
        [ghost, old],
        "t/m Q3 2024"
      );
      expect(result.owned.map((o) => o.sheetName)).toEqual([REPORT, "Oud rapport"]);
    });
  });
});

describe("the in-memory workbook double", () => {
  it('takes text starting with "=" for a formula unless the cell is formatted as text, as Excel does', async () => {
    const book = new FakeWorkbook();
    book.addSheet("Blad1");
    const host = createFakeHost(book);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Blad1");
      sheet.getRange("A1:B1").values = [["=1+1", "42"]];
      const safe = sheet.getRange("A2:B2");
      safe.numberFormat = [["@", "@"]];
      safe.values = [["=1+1", "42"]];
      await context.sync();
    });
    expect(book.formula("Blad1", "A1")).toBe("=1+1");
    expect(book.cell("Blad1", "B1")).toBe(42);
    expect(book.formula("Blad1", "A2")).toBeUndefined();
    expect(book.cell("Blad1", "B2")).toBe("42");
  });

  it("throws PropertyNotLoaded for a value read before load and sync", async () => {
    const book = new FakeWorkbook();
    book.addSheet("Blad1", [[1]]);
    const host = createFakeHost(book);
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Blad1").getRange("A1");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- the mistake under test
        return range.values;
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });
});

describe("writeSheetPlans with text longer than a cell holds (the last guard)", () => {
  // The parse cuts long text from the data and messages clip what they echo (textTruncated
  // test); should a long text still reach the writer, it is cut rather than rejected by Excel.
  const longTeam = "Team " + "Noord".repeat(8000);
  const issue = {
    table: "cases" as const,
    row: 12,
    column: "Startdatum",
    code: "INVALID_DATE" as const,
    severity: "error" as const,
    message: `Ongeldige datum "${"9".repeat(40000)}"; de casus telt niet mee.`,
  };
  const teamTable = {
    ...TEAM_TABLE,
    rows: TEAM_TABLE.rows.map((r, i) => (i === 0 ? { ...r, label: longTeam } : r)),
  };

  it("writes every text cut to 32,767 characters, ending in …", async () => {
    const { book, host } = setup();
    const report = fixtureReport([KPI_TABLE, teamTable]);
    await writeSheetPlans(
      host.run,
      [
        { name: REPORT, plan: planReportSheet(report, { statusText: "Bijgewerkt." }) },
        { name: "Toelichting", plan: planToelichtingSheet(report) },
        { name: "Controle", plan: planControleSheet([issue]) },
      ],
      [],
      "t/m Q3 2024"
    );
    const texts = book.sheets.flatMap((s) =>
      s.values.flatMap((row) => (row ?? []).filter((v): v is string => typeof v === "string"))
    );
    expect(Math.max(...texts.map((t) => t.length))).toBe(32767);
    expect(texts).toContain(longTeam.slice(0, 32766) + "…");
    expect(book.cell("Controle", "F2")).toBe(issue.message.slice(0, 32766) + "…");
  });

  it("lists the issues as given: the TEXT_TRUNCATED warnings come from the parse", () => {
    // A warning added here would name the source cell while meaning this one, and be missing
    // from the pane's and the CLI's counts.
    const plan = planControleSheet([issue]);
    expect(plan.blocks[0]!.values.map((row) => row[3])).toEqual(["Code", "INVALID_DATE"]);
  });
});
