import fc from "fast-check";
import { cellToDay, dayFromParts } from "../../../src/core/dates";
import { parseCommonDateText } from "../../../src/core/dates/parseCommonDateText";

// Hand-checked anchor: Excel shows serial 45565 as 30-9-2024.
const SEP_30_2024 = 45565;

describe("parseCommonDateText", () => {
  it("reads day-first dates with -, / or . and ISO dates, with or without leading zeros", () => {
    for (const text of [
      "30-9-2024",
      "30-09-2024",
      "30/9/2024",
      "30.09.2024",
      "2024-09-30",
      "2024-9-30",
    ])
      expect(parseCommonDateText(text)).toBe(SEP_30_2024);
    expect(parseCommonDateText("1-1-2024")).toBe(45292);
    expect(parseCommonDateText("01-01-1900")).toBe(2);
    expect(parseCommonDateText("31-12-9999")).toBe(2958465);
    expect(parseCommonDateText("29-02-2024")).toBe(45351);
    expect(parseCommonDateText("2000-2-29")).toBe(36585);
  });

  it("leaves impossible dates to the full rules", () => {
    for (const text of [
      "31-02-2024",
      "29-02-2023",
      "29-2-1900",
      "00-01-2024",
      "1-0-2024",
      "1-13-2024",
      "2024-13-01",
      "2024-01-00",
      "1-1-1899",
      "1-1-0000",
    ])
      expect(parseCommonDateText(text)).toBeUndefined();
  });

  it("leaves every other form to the full rules, including ones they accept", () => {
    const others = [
      " 30-9-2024",
      "30-9-2024 ",
      "30-9-2024 10:15",
      "2024-09-30T10:15:00Z",
      "2024-09-30 00:00:00",
      "30 sep 2024",
      "30-9/2024",
      "30/9-2024",
      "30_9_2024",
      "2024/09/30",
      "2024.09.30",
      "1-1-24",
      "1-1-202",
      "1-1-20245",
      "001-1-2024",
      "1-001-2024",
      "2024-001-1",
      "2024-1-001",
      "02024-1-1",
      "1-1-2024x",
      "x1-1-2024",
      "45565",
      "",
    ];
    for (const text of others) expect(parseCommonDateText(text)).toBeUndefined();
    // Ones the full rules do accept: the fallback keeps them dates.
    expect(cellToDay("2024-09-30T10:15:00Z")).toBe(SEP_30_2024);
    expect(cellToDay(" 30-9-2024")).toBe(SEP_30_2024);
  });

  /** A number written with 1–4 digits (leading zeros padded to `width`). */
  const padded = (max: number): fc.Arbitrary<string> =>
    fc
      .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 4 }))
      .map(([n, width]) => String(n).padStart(width, "0"));
  const year = fc.oneof(
    fc.constantFrom(
      "1899",
      "1900",
      "2000",
      "2023",
      "2024",
      "2100",
      "9999",
      "0000",
      "24",
      "202",
      "10000"
    ),
    padded(9999)
  );
  const separator = fc.constantFrom("-", "/", ".", " ", "_", ":", "", "--");
  const affix = fc.constantFrom(
    "",
    "",
    "",
    " ",
    "\t",
    "\u00a0",
    "x",
    "0",
    "T10:15",
    " 10:15",
    "T25:00",
    " 00:00:00",
    "Z"
  );

  /** Common shapes and near misses: both orders, any parts, one separator from - / . */
  const plain = fc
    .record({
      day: padded(39),
      month: padded(19),
      year,
      sep: fc.constantFrom("-", "/", "."),
      isoOrder: fc.boolean(),
    })
    .map(({ day, month, year, sep, isoOrder }) =>
      isoOrder ? `${year}-${month}-${day}` : `${day}${sep}${month}${sep}${year}`
    );
  /** The same with mixed or other separators and text around. */
  const messy = fc
    .record({
      day: padded(39),
      month: padded(19),
      year,
      first: separator,
      second: separator,
      isoOrder: fc.boolean(),
      before: affix,
      after: affix,
    })
    .map(({ day, month, year, first, second, isoOrder, before, after }) => {
      const date = isoOrder
        ? `${year}${first}${month}${second}${day}`
        : `${day}${first}${month}${second}${year}`;
      return before + date + after;
    });

  it("gives exactly the full rules' day, or leaves the text to them", () => {
    const agrees = (text: string): void => {
      const fast = parseCommonDateText(text);
      if (fast !== undefined) expect(fast).toBe(cellToDay(text));
    };
    fc.assert(fc.property(plain, agrees), { numRuns: 5000 });
    fc.assert(fc.property(messy, agrees), { numRuns: 5000 });
    fc.assert(fc.property(fc.stringMatching(/^[0-9\-/. T:]{0,12}$/), agrees), { numRuns: 5000 });
    fc.assert(fc.property(fc.string({ maxLength: 12 }), agrees), { numRuns: 1000 });
  });

  it("reads every valid date in the common shapes", () => {
    const validDate = fc.date({
      min: new Date(Date.UTC(1900, 0, 1)),
      max: new Date(Date.UTC(9999, 11, 31)),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        validDate,
        fc.constantFrom("-", "/", "."),
        fc.boolean(),
        fc.boolean(),
        (date, sep, zeros, iso) => {
          const y = date.getUTCFullYear();
          const m = date.getUTCMonth() + 1;
          const d = date.getUTCDate();
          const pad = (n: number): string => (zeros ? String(n).padStart(2, "0") : String(n));
          const text = iso ? `${y}-${pad(m)}-${pad(d)}` : `${pad(d)}${sep}${pad(m)}${sep}${y}`;
          expect(parseCommonDateText(text)).toBe(dayFromParts(y, m, d));
        }
      ),
      { numRuns: 2000 }
    );
  });
});
