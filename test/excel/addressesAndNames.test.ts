import {
  cellAddress,
  columnLetters,
  intersectRects,
  parseAddress,
  SHEET_COLUMNS,
  SHEET_ROWS,
  quoteSheetName,
  rectAddress,
} from "../../src/excel/cellAddress";
import { isGeneratedSheetName } from "../../src/excel/isGeneratedSheetName";
import { planSheetTargets, resolveOwnedSheets } from "../../src/excel/planSheetTargets";
import { parseMarkers, staleMarkerNames } from "../../src/excel/sheetMarkers";
import { uniqueSheetName } from "../../src/excel/uniqueSheetName";

describe("cell addresses", () => {
  it("converts column indexes to letters", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });

  it("writes cells and rectangles in A1 style", () => {
    expect(cellAddress(2, 1)).toBe("B3");
    expect(rectAddress({ row: 0, column: 0, rowCount: 12, columnCount: 5 })).toBe("A1:E12");
    expect(rectAddress({ row: 4, column: 2, rowCount: 1, columnCount: 1 })).toBe("C5");
  });

  it("parses addresses with sheet names, quotes and dollar signs", () => {
    expect(parseAddress("Export!A1:T60001")).toEqual({
      sheet: "Export",
      rect: { row: 0, column: 0, rowCount: 60001, columnCount: 20 },
      kind: "cells",
    });
    expect(parseAddress("'Mijn ''blad'''!$B$3")).toEqual({
      sheet: "Mijn 'blad'",
      rect: { row: 2, column: 1, rowCount: 1, columnCount: 1 },
      kind: "cells",
    });
    expect(parseAddress("'Mijn export'!A1:F500")).toEqual({
      sheet: "Mijn export",
      rect: { row: 0, column: 0, rowCount: 500, columnCount: 6 },
      kind: "cells",
    });
    expect(parseAddress("C7:A2").rect).toEqual({ row: 1, column: 0, rowCount: 6, columnCount: 3 });
  });

  it("parses whole columns as all rows of those columns", () => {
    expect(parseAddress("Export!A:F")).toEqual({
      sheet: "Export",
      rect: { row: 0, column: 0, rowCount: SHEET_ROWS, columnCount: 6 },
      kind: "columns",
    });
    expect(parseAddress("'Jan''s blad'!$C:$C")).toEqual({
      sheet: "Jan's blad",
      rect: { row: 0, column: 2, rowCount: 1048576, columnCount: 1 },
      kind: "columns",
    });
    expect(parseAddress("F:B").rect).toEqual({
      row: 0,
      column: 1,
      rowCount: 1048576,
      columnCount: 5,
    });
  });

  it("parses whole rows as all columns of those rows", () => {
    expect(parseAddress("Export!1:500")).toEqual({
      sheet: "Export",
      rect: { row: 0, column: 0, rowCount: 500, columnCount: SHEET_COLUMNS },
      kind: "rows",
    });
    expect(parseAddress("'Mijn export'!$7:$7")).toEqual({
      sheet: "Mijn export",
      rect: { row: 6, column: 0, rowCount: 1, columnCount: 16384 },
      kind: "rows",
    });
  });

  it("intersects a rectangle with the used range", () => {
    const columns = parseAddress("A:F").rect;
    expect(intersectRects(columns, { row: 2, column: 1, rowCount: 500, columnCount: 20 })).toEqual({
      row: 2,
      column: 1,
      rowCount: 500,
      columnCount: 5,
    });
    expect(
      intersectRects(parseAddress("3:10").rect, {
        row: 0,
        column: 0,
        rowCount: 500,
        columnCount: 6,
      })
    ).toEqual({ row: 2, column: 0, rowCount: 8, columnCount: 6 });
    expect(
      intersectRects(parseAddress("H:J").rect, { row: 0, column: 0, rowCount: 9, columnCount: 6 })
    ).toBeNull();
    expect(intersectRects(columns, null)).toBeNull();
  });

  describe("edge cases", () => {
    it("reads a quoted sheet name that holds a comma or an exclamation mark", () => {
      expect(parseAddress("'Jan, Piet!'!B:D")).toEqual({
        sheet: "Jan, Piet!",
        rect: { row: 0, column: 1, rowCount: 1048576, columnCount: 3 },
        kind: "columns",
      });
    });

    it("rejects several areas, cells outside the sheet and nonsense", () => {
      expect(() => parseAddress("Export!A1:B5,Export!D1:D5")).toThrow(RangeError);
      expect(() => parseAddress("Export!A1:B5, Export!D1:D5")).toThrow(RangeError);
      expect(() => parseAddress("Export!A0")).toThrow(RangeError);
      expect(() => parseAddress("Export!1:1048577")).toThrow(RangeError);
      expect(() => parseAddress("XFE:XFE")).toThrow(RangeError);
      expect(() => parseAddress("'Export!A1")).toThrow(RangeError);
      expect(() => parseAddress("Blad1!")).toThrow(RangeError);
    });

    it("quotes sheet names only when needed", () => {
      expect(quoteSheetName("Export")).toBe("Export");
      expect(quoteSheetName("Rapportage t\u2215m Q3 2024")).toBe("'Rapportage t\u2215m Q3 2024'");
      expect(quoteSheetName("Team's")).toBe("'Team''s'");
    });
  });
});

describe("uniqueSheetName", () => {
  it("keeps a free name", () => {
    expect(uniqueSheetName("Toelichting", ["Blad1"])).toBe("Toelichting");
  });

  it("adds (2), (3) … to a taken name, ignoring case as Excel does", () => {
    expect(uniqueSheetName("Controle", ["controle"])).toBe("Controle (2)");
    expect(uniqueSheetName("Controle", ["Controle", "Controle (2)"])).toBe("Controle (3)");
  });

  describe("edge cases", () => {
    it("shortens a long name so that the suffix fits in 31 characters", () => {
      const long = "Rapport 1-1-2024 t\u2215m 30-9-2024"; // 30 characters
      const name = uniqueSheetName(long, [long]);
      expect(name).toBe("Rapport 1-1-2024 t\u2215m 30-9-2 (2)");
      expect(name.length).toBeLessThanOrEqual(31);
    });
  });
});

describe("planSheetTargets", () => {
  const wanted = [
    { kind: "report" as const, name: "Rapportage t\u2215m Q4 2024" },
    { kind: "toelichting" as const, name: "Toelichting" },
  ];

  it("adds new sheets the first time", () => {
    expect(planSheetTargets([{ id: "1", name: "Export" }], [], wanted)).toEqual([
      { kind: "report", action: "add", name: "Rapportage t\u2215m Q4 2024" },
      { kind: "toelichting", action: "add", name: "Toelichting" },
    ]);
  });

  it("rewrites owned sheets found by id, and leaves a sheet the user renamed to the user", () => {
    const existing = [
      { id: "r", name: "Mijn hernoemde rapport" },
      { id: "t", name: "Toelichting" },
    ];
    const owned = [
      {
        sheetName: "Rapportage t\u2215m Q3 2024",
        kind: "report" as const,
        period: "t/m Q3 2024",
        sheetId: "r",
      },
      {
        sheetName: "Toelichting",
        kind: "toelichting" as const,
        period: "t/m Q3 2024",
        sheetId: "t",
      },
    ];
    expect(planSheetTargets(existing, owned, wanted)).toEqual([
      { kind: "report", action: "add", name: "Rapportage t\u2215m Q4 2024" },
      {
        kind: "toelichting",
        action: "rewrite",
        sheetId: "t",
        currentName: "Toelichting",
        name: "Toelichting",
      },
    ]);
    expect(resolveOwnedSheets(existing, owned)[0]).toEqual(
      expect.objectContaining({ sheet: null, renamedTo: "Mijn hernoemde rapport" })
    );
  });

  it("finds an owned sheet by its marker when its id changed", () => {
    const existing = [{ id: "new", name: "Toelichting" }];
    const owned = [
      {
        sheetName: "Toelichting",
        kind: "toelichting" as const,
        period: "t/m Q3 2024",
        sheetId: "old",
        marker: "k3",
      },
    ];
    expect(
      planSheetTargets(existing, owned, wanted.slice(1), new Map([["k3", "Toelichting"]]))
    ).toEqual([
      {
        kind: "toelichting",
        action: "rewrite",
        sheetId: "new",
        currentName: "Toelichting",
        name: "Toelichting",
        marker: "k3",
      },
    ]);
    // Without the marker the same sheet is not trusted.
    expect(planSheetTargets(existing, owned, wanted.slice(1))[0]!.action).toBe("add");
  });

  it("reads markers from workbook names, skipping deleted sheets and other names", () => {
    expect(
      parseMarkers([
        { name: "Welzijnsmonitor_k3", value: "='Rapportage t\u2215m Q3 2024'!$A$1" },
        { name: "Welzijnsmonitor_k4", value: "=Controle!$A$1" },
        { name: "Welzijnsmonitor_k5", value: "=#REF!$A$1" },
        { name: "Omzet", value: "=Blad1!$B$2" },
      ])
    ).toEqual(
      new Map([
        ["k3", "Rapportage t\u2215m Q3 2024"],
        ["k4", "Controle"],
      ])
    );
  });

  describe("edge cases", () => {
    it("gives a new name when a user’s sheet has the wanted name", () => {
      const existing = [{ id: "u", name: "Toelichting" }];
      expect(planSheetTargets(existing, [], wanted)[1]).toEqual({
        kind: "toelichting",
        action: "add",
        name: "Toelichting (2)",
      });
    });

    it("does not rename an owned sheet onto a user’s sheet name", () => {
      const existing = [
        { id: "r", name: "Rapportage t\u2215m Q3 2024" },
        { id: "u", name: "Rapportage t\u2215m Q4 2024" },
      ];
      const owned = [
        {
          sheetName: "Rapportage t\u2215m Q3 2024",
          kind: "report" as const,
          period: "t/m Q3 2024",
          sheetId: "r",
        },
      ];
      expect(planSheetTargets(existing, owned, wanted.slice(0, 1))).toEqual([
        {
          kind: "report",
          action: "rewrite",
          sheetId: "r",
          currentName: "Rapportage t\u2215m Q3 2024",
          name: "Rapportage t\u2215m Q4 2024 (2)",
        },
      ]);
    });

    it("ignores owned entries without an id or whose sheet is gone", () => {
      const existing = [{ id: "x", name: "Toelichting" }];
      const owned = [
        { sheetName: "Toelichting", kind: "toelichting" as const, period: "Q1 2024" },
        { sheetName: "Rapport", kind: "report" as const, period: "Q1 2024", sheetId: "gone" },
      ];
      expect(planSheetTargets(existing, owned, wanted).map((t) => [t.action, t.name])).toEqual([
        ["add", "Rapportage t\u2215m Q4 2024"],
        ["add", "Toelichting (2)"],
      ]);
    });
  });
});

describe("isGeneratedSheetName", () => {
  it("recognises the report names the add-in hands out, with or without a clash suffix", () => {
    expect(isGeneratedSheetName("report", "Rapportage t\u2215m Q4 2024")).toBe(true);
    expect(isGeneratedSheetName("report", "rapportage Q3 2024 (2)")).toBe(true);
    expect(isGeneratedSheetName("report", "Rapportage januari 2024")).toBe(true);
    expect(isGeneratedSheetName("report", "Rapport 1-1-2024 t\u2215m 30-9-2024")).toBe(true);
    expect(isGeneratedSheetName("controle", "Controle (3)")).toBe(true);
    expect(isGeneratedSheetName("toelichting", "Toelichting")).toBe(true);
  });

  describe("edge cases", () => {
    it("does not take a name the user chose for a generated one", () => {
      expect(isGeneratedSheetName("report", "Rapport Q3 bewaard")).toBe(false);
      expect(isGeneratedSheetName("report", "Rapportage t\u2215m Q3 2024 oud")).toBe(false);
      expect(isGeneratedSheetName("report", "Kopie Rapportage t\u2215m Q3 2024")).toBe(false);
      expect(isGeneratedSheetName("report", "Rapportage t/m Q3 2024")).toBe(false);
      expect(isGeneratedSheetName("report", "Controle")).toBe(false);
      expect(isGeneratedSheetName("controle", "Controle oud")).toBe(false);
    });
  });
});

describe("staleMarkerNames", () => {
  const items = [
    { name: "Welzijnsmonitor_k3", value: "#REF!" },
    { name: "Welzijnsmonitor_live", value: "=Controle!$A$1" },
    { name: "Welzijnsmonitor_Mijn", value: "=Blad1!$A$1" },
    { name: "Welzijnsmonitor_oud", value: "=Controle!$A$1" },
    { name: "Budget", value: "=Blad1!$B$2" },
  ];

  it("removes recorded tokens that are no longer live, and nothing else", () => {
    expect(staleMarkerNames(items, { recorded: ["k3", "live"], live: ["live"] })).toEqual([
      "Welzijnsmonitor_k3",
    ]);
  });

  it("takes a prefixed name on an owned sheet without a recorded marker for the add-in's", () => {
    expect(
      staleMarkerNames(items, { recorded: [], live: ["live"], unmarkedSheets: ["CONTROLE"] })
    ).toEqual(["Welzijnsmonitor_oud"]);
  });

  describe("edge cases", () => {
    it("compares tokens without regard to case, as Excel compares names", () => {
      expect(
        staleMarkerNames([{ name: "WELZIJNSMONITOR_K3", value: "#REF!" }], {
          recorded: ["k3"],
          live: [],
        })
      ).toEqual(["WELZIJNSMONITOR_K3"]);
    });
  });
});
