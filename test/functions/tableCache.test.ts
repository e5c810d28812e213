import {
  clearFunctionCaches,
  functionCacheStats,
  setSettingsReader,
} from "../../src/functions/loadFunctionData";
import { LruCache } from "../../src/functions/lruCache";
import { TableCache } from "../../src/functions/tableCache";
import {
  isEmptyCell,
  normalizeCell,
  takeSnapshot,
  usedHeight,
} from "../../src/functions/tableSnapshot";
import { customFunction } from "./declaredFunctions";
import { caseTable, copyTable } from "./fixtureTables";

const PERIOD = "t/m Q3 2024";

describe("the table cache", () => {
  it("answers equal content in a fresh array from the cache, as Excel passes a new array per call", () => {
    const cache = new TableCache();
    const first = cache.intern(caseTable(), "de casustabel");
    const second = cache.intern(caseTable(), "de casustabel");
    expect(second).toBe(first);
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it("never serves a table with one changed cell, wherever the cell is", () => {
    const cache = new TableCache();
    const table = caseTable();
    const first = cache.intern(table, "de casustabel");
    for (const [row, column] of [
      [0, 0],
      [5, 3],
      [9, 12],
    ] as const) {
      const changed = copyTable(table);
      (changed[row] as unknown[])[column] = "anders";
      expect(cache.intern(changed, "de casustabel").id).not.toBe(first.id);
    }
    const retyped = copyTable(table);
    (retyped[1] as unknown[])[11] = "8"; // the number 8 as text is another cell
    expect(cache.intern(retyped, "de casustabel").id).not.toBe(first.id);
  });

  it("sees a change made in place to an array it has seen before", () => {
    const cache = new TableCache();
    const table = caseTable();
    const first = cache.intern(table, "de casustabel");
    (table[3] as unknown[])[3] = "1-1-2025";
    const second = cache.intern(table, "de casustabel");
    expect(second.id).not.toBe(first.id);
    expect((second.rows[3] as unknown[])[3]).toBe("1-1-2025");
    expect((first.rows[3] as unknown[])[3]).toBe("10-3-2024");
  });

  it("takes a whole-column reference with trailing empty rows and columns for the trimmed table", () => {
    const cache = new TableCache();
    const trimmed = cache.intern(caseTable(), "de casustabel");
    const wholeColumns = caseTable().map((row) => [...row, "", null]);
    for (let i = 0; i < 5000; i++) wholeColumns.push(new Array(15).fill(""));
    expect(cache.intern(wholeColumns, "de casustabel")).toBe(trimmed);
    expect(trimmed.rows.length).toBe(10);
    expect(trimmed.width).toBe(13);
  });

  it("refuses a ragged or malformed argument even when its cells equal a cached table", () => {
    const cache = new TableCache();
    cache.intern(caseTable(), "de casustabel");
    const ragged: unknown[][] = caseTable();
    (ragged[3] as unknown[]).push("");
    expect(() => cache.intern(ragged, "de casustabel")).toThrow(
      "De rijen van de casustabel zijn niet even lang"
    );
    const malformed: unknown[] = [...caseTable(), 5];
    expect(() => cache.intern(malformed, "de casustabel")).toThrow(
      "Geef voor de casustabel een bereik op"
    );
  });

  it("forgets the least recently used tables beyond its bounds", () => {
    const cache = new TableCache(2);
    const a = cache.intern([["a"]], "t");
    cache.intern([["b"]], "t");
    cache.intern([["a"]], "t"); // a is now the most recent
    cache.intern([["c"]], "t"); // b goes
    expect(cache.intern([["a"]], "t")).toBe(a);
    const misses = cache.misses;
    cache.intern([["b"]], "t");
    expect(cache.misses).toBe(misses + 1);
  });

  it("keeps no table larger than its cell bound", () => {
    const cache = new TableCache(8, 10);
    cache.intern([["a", "b", "c", "d", "e", "f"]], "t");
    cache.intern(
      [
        ["a", "b", "c", "d", "e", "f"],
        ["g", "h", "i", "j", "k", "l"],
      ],
      "t"
    );
    expect(cache.misses).toBe(2);
    cache.intern([["a", "b", "c", "d", "e", "f"]], "t");
    expect(cache.hits).toBe(1);
  });
});

describe("the functions and the cache", () => {
  beforeEach(() => {
    clearFunctionCaches();
    setSettingsReader(() => null);
  });

  it("parses a table once for many formulas over it", () => {
    for (const name of ["AANMELDINGEN", "OPGESTART", "BEHANDELD", "AFGESLOTEN"])
      customFunction(name)(caseTable(), PERIOD);
    expect(functionCacheStats()).toEqual({ hits: 3, misses: 1 });
  });

  it("gives the new answer after a cell of the table changes", () => {
    const table = caseTable();
    expect(customFunction("AANMELDINGEN")(table, PERIOD)).toBe(5);
    (table[2] as unknown[])[3] = "1-1-2023"; // C2 registered a year earlier
    expect(customFunction("AANMELDINGEN")(table, PERIOD)).toBe(4);
    (table[2] as unknown[])[3] = "1-2-2024";
    expect(customFunction("AANMELDINGEN")(table, PERIOD)).toBe(5);
  });

  it("gives the same answer for a whole-column reference as for the used range", () => {
    const wholeColumns = caseTable();
    for (let i = 0; i < 2000; i++) wholeColumns.push(new Array(13).fill(""));
    expect(customFunction("BEHANDELD")(wholeColumns, PERIOD)).toBe(7);
  });

  it("keys a table by its data, not by the #N/A padding below it, which counts for nothing", () => {
    const padded = (column: number): unknown[][] => [
      ...caseTable(),
      ...Array.from({ length: 5 }, () =>
        Array.from({ length: 13 }, (_, j) => (j === column ? { code: "#N/A" } : ""))
      ),
    ];
    expect(customFunction("BEHANDELD")(padded(6), PERIOD)).toBe(7);
    expect(customFunction("BEHANDELD")(padded(1), PERIOD)).toBe(7);
    expect(customFunction("BEHANDELD")(caseTable(), PERIOD)).toBe(7);
    expect(functionCacheStats()).toEqual({ hits: 2, misses: 1 });
  });
});

describe("edge cases", () => {
  it("counts null, undefined, empty and blank text as empty cells, and nothing else", () => {
    expect([null, undefined, "", "   "].every(isEmptyCell)).toBe(true);
    expect([0, false, "0", "#N/A"].some(isEmptyCell)).toBe(false);
  });

  it("reads error values and linked data types as their text", () => {
    expect(normalizeCell({ code: "#N/A", message: "x" })).toBe("#N/A");
    expect(normalizeCell({ type: "Error", basicValue: "#VALUE!", errorType: "Value" })).toBe(
      "#VALUE!"
    );
    expect(normalizeCell({ type: "Entity", basicValue: "Noord" })).toBe("Noord");
  });

  it("copies dates, so a later change to the caller’s Date cannot reach the snapshot", () => {
    const date = new Date(2024, 0, 15);
    const rows = [[date]];
    const snapshot = takeSnapshot(rows, usedHeight(rows));
    date.setFullYear(2030);
    expect(((snapshot.rows[0] as unknown[])[0] as Date).getFullYear()).toBe(2024);
  });

  it("gives an all-empty range no rows", () => {
    expect(usedHeight([[""], [null]])).toBe(0);
  });

  it("cuts rows of only empty and #N/A cells at the bottom (HSTACK's padding), not #N/A above a value", () => {
    expect(
      usedHeight([
        [1, "a"],
        ["", "#N/A"],
        [null, { code: "#N/A" }],
        ["", "#N/B"],
      ])
    ).toBe(1);
    expect(
      usedHeight([
        ["#N/A", ""],
        [2, "#N/A"],
      ])
    ).toBe(2);
    expect(usedHeight([["#N/A"], ["#N/A"]])).toBe(0);
  });

  it("keeps an LRU order by use, not by insertion", () => {
    const lru = new LruCache<string, number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    lru.get("a");
    lru.set("c", 3);
    expect(lru.entriesByRecency().map(([key]) => key)).toEqual(["c", "a"]);
  });
});
