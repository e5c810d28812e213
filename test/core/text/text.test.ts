import fc from "fast-check";
import {
  BatchInterner,
  StringInterner,
  TextLookupCache,
  cellToText,
  collapseWhitespace,
  foldText,
  isBlankText,
  isExcelErrorText,
  levenshtein,
  normalizeKey,
  removeDiacritics,
} from "../../../src/core/text";

describe("text normalisation", () => {
  it("removes diacritics", () => {
    expect(removeDiacritics("Financiën, cliënt, beëindiging, één")).toBe(
      "Financien, client, beeindiging, een"
    );
  });

  it("collapses whitespace", () => {
    expect(collapseWhitespace(" a \t b\n\nc\u00a0 ")).toBe("a b c");
  });

  it("folds case, diacritics and whitespace but keeps punctuation", () => {
    expect(foldText("  Huiselijk   Geweld (HG) ")).toBe("huiselijk geweld (hg)");
    expect(foldText("Cliënt")).toBe(foldText("client"));
  });

  it("reduces a header to letters and digits", () => {
    expect(normalizeKey("Cliënt-nummer (BSN)")).toBe("clientnummerbsn");
    expect(normalizeKey("complexiteit_hulpvraag")).toBe("complexiteithulpvraag");
    expect(normalizeKey(" -- ")).toBe("");
  });

  it("shows cells as text", () => {
    expect([
      cellToText(123),
      cellToText(1.5),
      cellToText(true),
      cellToText(false),
      cellToText(null),
      cellToText(undefined),
      cellToText(NaN),
    ]).toEqual(["123", "1.5", "WAAR", "ONWAAR", "", "", ""]);
    expect(cellToText(new Date(Date.UTC(2024, 0, 3)))).toBe("3-1-2024");
  });

  it("knows Excel error values in English and Dutch", () => {
    for (const text of [
      "#N/A",
      "#VALUE!",
      "#REF!",
      "#DIV/0!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
      " #n/a ",
      "#N/B",
      "#WAARDE!",
    ]) {
      expect(isExcelErrorText(text)).toBe(true);
    }
    for (const text of ["#12", "N/A", "#", "abc"]) expect(isExcelErrorText(text)).toBe(false);
  });

  it("measures small edit distances", () => {
    expect(levenshtein("aanmeldatum", "aanmelddatum", 2)).toBe(1);
    expect(levenshtein("kitten", "sitting", 5)).toBe(3);
    expect(levenshtein("abc", "abcdefgh", 2)).toBe(3);
  });

  describe("edge cases", () => {
    it("tells blank texts", () => {
      expect([
        isBlankText(""),
        isBlankText(" \t"),
        isBlankText("\u00a0"),
        isBlankText(" a"),
      ]).toEqual([true, true, true, false]);
    });

    it("shows an Invalid Date as its own text", () => {
      expect(cellToText(new Date(NaN))).toBe("Invalid Date");
    });
  });
});

describe("StringInterner", () => {
  it("gives dense codes in first-seen order", () => {
    const interner = new StringInterner();
    expect(["b", "a", "b", "c", "a"].map((text) => interner.intern(text))).toEqual([0, 1, 0, 2, 1]);
    expect(interner.texts).toEqual(["b", "a", "c"]);
    expect(interner.size).toBe(3);
    expect(interner.find("c")).toBe(2);
    expect(interner.find("d")).toBe(-1);
  });

  it("agrees with a Map for any strings, short, long and non-Latin", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 3 }),
            fc.string({ maxLength: 20 }),
            fc.string({ unit: "grapheme", maxLength: 6 })
          ),
          { maxLength: 300 }
        ),
        (texts) => {
          const interner = new StringInterner(4);
          const map = new Map<string, number>();
          for (const text of texts) {
            if (!map.has(text)) map.set(text, map.size);
            expect(interner.intern(text)).toBe(map.get(text));
          }
          expect(interner.texts).toEqual([...map.keys()]);
          for (const text of texts) expect(interner.find(text)).toBe(map.get(text));
        }
      )
    );
  });

  describe("edge cases", () => {
    it("tells apart strings that differ only in length or trailing NUL", () => {
      const interner = new StringInterner();
      const texts = ["", "\u0000", "a", "a\u0000", "abcdefghijk", "abcdefghijkl", "ÿÿÿÿ", "Ā"];
      expect(texts.map((text) => interner.intern(text))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      expect(texts.map((text) => interner.find(text))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    });

    it("grows past its initial size", () => {
      const interner = new StringInterner(1);
      for (let index = 0; index < 5000; index++) interner.intern(`id-${index}`);
      expect(interner.size).toBe(5000);
      expect(interner.find("id-4321")).toBe(4321);
      expect(interner.intern("id-0")).toBe(0);
    });
  });
});

describe("BatchInterner", () => {
  it("gives the same codes as a Map, in first-seen order, with numbers equal to their text", () => {
    const idArbitrary = fc.oneof(
      fc.string({ minLength: 1, maxLength: 4 }),
      fc.string({ minLength: 1, maxLength: 16 }),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 5 }),
      fc.integer({ min: -20, max: 20 }),
      fc.integer(),
      fc.constantFrom(9999999999, -9999999999, 10000000000, 123, 1.5, -0.25, 1e21, 0, -0),
      fc.constant(null)
    );
    fc.assert(
      fc.property(fc.array(idArbitrary, { maxLength: 400 }), (ids) => {
        const interner = new BatchInterner(ids.length);
        const map = new Map<string, number>();
        const expected = ids.map((id) => {
          if (id === null) return -1;
          const text = String(id);
          if (!map.has(text)) map.set(text, map.size);
          return map.get(text)!;
        });
        ids.forEach((id, k) => {
          if (typeof id === "number") interner.addNumber(k, id);
          else if (id !== null) interner.addText(k, id);
        });
        const result = interner.finish(ids.length);
        expect(Array.from(result.keys)).toEqual(expected);
        expect(result.texts).toEqual([...map.keys()]);
      })
    );
  });

  it("partitions large columns and still numbers ids by first appearance", () => {
    const n = 50_000;
    const interner = new BatchInterner(n);
    for (let k = 0; k < n; k++) {
      if (k % 2 === 0) interner.addNumber(k, (k * 7919) % 20_000);
      else interner.addText(k, String((k * 7919) % 20_000));
    }
    const { keys, texts } = interner.finish(n);
    expect(texts.length).toBe(20_000);
    for (let k = 0; k < n; k += 997) expect(texts[keys[k]!]).toBe(String((k * 7919) % 20_000));
    const firstSeen: number[] = [];
    const seen = new Set<number>();
    for (const key of keys) if (!seen.has(key)) (seen.add(key), firstSeen.push(key));
    expect(firstSeen).toEqual(firstSeen.map((_, index) => index));
  });

  it("numbers sparse integer ids (hashed) and dense ones (direct) alike, texts mixed in", () => {
    const expectLikeMap = (ids: (number | string)[]): void => {
      const interner = new BatchInterner(ids.length);
      const map = new Map<string, number>();
      const expected = ids.map((id) => {
        const text = String(id);
        if (!map.has(text)) map.set(text, map.size);
        return map.get(text)!;
      });
      ids.forEach((id, k) =>
        typeof id === "number" ? interner.addNumber(k, id) : interner.addText(k, id)
      );
      const result = interner.finish(ids.length);
      expect(Array.from(result.keys)).toEqual(expected);
      expect(result.size).toBe(map.size);
      expect(result.texts).toEqual([...map.keys()]);
    };
    // Only integers, their range far above twice the rows: the hashed path.
    expectLikeMap([2_000_000_000, 5, "2000000000", 5, 1_500_000_000]);
    // Only integers, dense client numbers: the direct table.
    expectLikeMap([103, 101, "103", 102, 101, 100]);
    // Texts among them.
    expectLikeMap([2_000_000_000, 5, "K-1", "2000000000", 5, "a long client id 77", 103, "K-1"]);
  });

  it("builds the texts only once, when first read", () => {
    const interner = new BatchInterner(2);
    interner.addNumber(0, 42);
    interner.addNumber(1, 7);
    const result = interner.finish(2);
    expect(result.size).toBe(2);
    expect(result.texts).toBe(result.texts);
    expect(result.texts).toEqual(["42", "7"]);
  });

  describe("edge cases", () => {
    it("leaves rows without an id at -1 and handles an empty column", () => {
      const interner = new BatchInterner(3);
      interner.addText(1, "a");
      expect(interner.finish(3)).toEqual({
        keys: new Int32Array([-1, 0, -1]),
        size: 1,
        texts: ["a"],
        codeIds: new Int32Array([-1]),
        textIds: ["a"],
      });
      expect(new BatchInterner(0).finish(0)).toEqual({
        keys: new Int32Array(0),
        size: 0,
        texts: [],
        codeIds: new Int32Array(0),
        textIds: [],
      });
    });

    it("appends the keys of another interner as if it had recorded their rows", () => {
      const long = "x".repeat(40);
      const ids = ["K-1", "7", long, "K-1", "", "12", "K-2", long, "7", "K-2", "k-1"];
      const record = (interner: BatchInterner, at: number, part: readonly string[]): void =>
        part.forEach((id, k) => {
          if (id !== "") interner.addText(at + k, id);
        });
      for (let cut = 0; cut <= ids.length; cut++) {
        const first = new BatchInterner(ids.length);
        record(first, 0, ids.slice(0, cut));
        const second = new BatchInterner(ids.length - cut);
        record(second, 0, ids.slice(cut));
        first.appendKeys(cut, second.finish(ids.length - cut));
        const joined = first.finish(ids.length);
        const expected = new BatchInterner(ids.length);
        record(expected, 0, ids);
        const one = expected.finish(ids.length);
        expect([Array.from(joined.keys), joined.texts]).toEqual([Array.from(one.keys), one.texts]);
      }
    });
  });
});

describe("TextLookupCache", () => {
  it("returns what was set, and nothing for texts never set", () => {
    const cache = new TextLookupCache<number>(8);
    cache.set("Noord", 1);
    cache.set("Zuid", 2);
    expect([cache.get("Noord"), cache.get("Zuid"), cache.get("Oost")]).toEqual([1, 2, undefined]);
    expect(cache.get(JSON.parse('"Noord"') as string)).toBe(1);
  });

  describe("edge cases", () => {
    it("moves a displaced text to the other slot of its pair, and never answers for the wrong text", () => {
      const cache = new TextLookupCache<number>(1);
      cache.set("a", 1);
      cache.set("b", 2);
      expect([cache.get("a"), cache.get("b"), cache.get("")]).toEqual([1, 2, undefined]);
      // Two slots, three texts: "c" takes its slot and the text there moves to the other
      // slot, so exactly one of "a" and "b" is lost, and none answers for another text.
      cache.set("c", 3);
      expect(cache.get("c")).toBe(3);
      const left = [cache.get("a"), cache.get("b")];
      expect([
        [1, undefined],
        [undefined, 2],
      ]).toContainEqual(left);
      cache.set("", 0);
      expect(cache.get("")).toBe(0);
    });
  });
});
