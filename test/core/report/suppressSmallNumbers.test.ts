import fc from "fast-check";
import { buildReportRow } from "../../../src/core/report/buildReportRow";
import { suppressSmallNumbers, type RowSum } from "../../../src/core/report/suppressSmallNumbers";
import type { ReportRow, ReportTable } from "../../../src/core/reportTable";

function countRow(
  label: string,
  previous: number | null,
  current: number | null,
  isTotal = false
): ReportRow {
  return buildReportRow({
    label,
    key: label,
    previous,
    current,
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    isTotal,
  });
}

function table(rows: ReportRow[]): ReportTable {
  return { id: "t", title: "T", headers: ["Team", "a", "b", "Verschil", "Verschil %"], rows };
}

const persons = (count: number) => Array.from({ length: count }, () => ({ countsPersons: true }));

describe("suppressSmallNumbers", () => {
  it("marks person counts from 1 to 4 as small and hides their differences", () => {
    const t = table([countRow("Noord", 3, 12), countRow("Zuid", 40, 4)]);
    const out = suppressSmallNumbers(t, { threshold: 5, rows: persons(2) });
    expect(out.rows[0]?.suppressed).toEqual({ previous: "small", delta: true });
    expect(out.rows[1]?.suppressed).toEqual({ current: "small", delta: true });
    expect(out.notes).toEqual(["<5: minder dan 5 personen; kleine aantallen zijn afgeschermd."]);
  });

  it("uses the threshold of 10 when asked", () => {
    const out = suppressSmallNumbers(table([countRow("Noord", 9, 10)]), {
      threshold: 10,
      rows: persons(1),
    });
    expect(out.rows[0]?.suppressed).toEqual({ previous: "small", delta: true });
  });

  it("hides a second cell so that Totaal − visible cells does not give the small one away", () => {
    const t = table([
      countRow("Noord", 120, 130),
      countRow("Zuid", 40, 41),
      countRow("West", 3, 20),
      countRow("Totaal", 163, 191, true),
    ]);
    const out = suppressSmallNumbers(t, {
      threshold: 5,
      rows: persons(4),
      sums: [{ total: 3, parts: [0, 1, 2] }],
    });
    // 40 hidden alone would be 163 − 120 − (1..4) = 39..42: a "–*" must keep 5 values, so
    // the 120 goes too (the Totaal stays).
    expect(out.rows.map((r) => r.suppressed)).toEqual([
      { previous: "hidden", delta: true },
      { previous: "hidden", delta: true },
      { previous: "small", delta: true },
      undefined,
    ]);
    expect(out.notes).toHaveLength(2);
  });

  it("keeps counts that are not about persons (meetings) visible", () => {
    const out = suppressSmallNumbers(table([countRow("Bijeenkomsten", 2, 3)]), {
      threshold: 5,
      rows: [{ countsPersons: false }],
    });
    expect(out.rows[0]?.suppressed).toBeUndefined();
    expect(out.notes).toBeUndefined();
  });

  it("hides a mean or rate over fewer persons than the threshold", () => {
    const mean = buildReportRow({
      label: "Wachttijd",
      key: "w",
      previous: 12,
      current: 30,
      format: "days",
      polarity: "down",
      deltaKind: "points",
    });
    const out = suppressSmallNumbers(table([mean]), {
      threshold: 5,
      rows: [{ countsPersons: false, n: { previous: 40, current: 4 } }],
    });
    expect(out.rows[0]?.suppressed).toEqual({ current: "hidden", delta: true });
  });

  it("hides a percentage whose numerator is a small count, which n would give away", () => {
    // 3 recidive cases of 100 started: 3,0% with n = 100 reveals the hidden 3.
    const pct = buildReportRow({
      label: "%",
      key: "p",
      previous: 0.03,
      current: 0.1,
      format: "percent",
      polarity: "down",
      deltaKind: "points",
    });
    const out = suppressSmallNumbers(table([pct]), {
      threshold: 5,
      rows: [{ countsPersons: false, n: { previous: 100, current: 100 } }],
    });
    expect(out.rows[0]?.suppressed).toEqual({ previous: "hidden", delta: true });
  });

  describe("edge cases", () => {
    it("leaves 0 visible: it identifies nobody", () => {
      const out = suppressSmallNumbers(table([countRow("Noord", 0, 0)]), {
        threshold: 5,
        rows: persons(1),
      });
      expect(out).toEqual(table([countRow("Noord", 0, 0)]));
    });

    it("skips a sum that does not hold (a case counted in several domains)", () => {
      const t = table([
        countRow("A", 3, 10),
        countRow("B", 10, 10),
        countRow("Totaal", 11, 18, true),
      ]);
      const out = suppressSmallNumbers(t, {
        threshold: 5,
        rows: persons(3),
        sums: [{ total: 2, parts: [0, 1] }],
      });
      expect(out.rows[1]?.suppressed).toBeUndefined();
    });

    it("hides a zero part only when no non-zero part is left", () => {
      const t = table([
        countRow("A", 3, 10),
        countRow("B", 0, 10),
        countRow("C", 8, 10),
        countRow("Totaal", 11, 30, true),
      ]);
      const out = suppressSmallNumbers(t, {
        threshold: 5,
        rows: persons(4),
        sums: [{ total: 3, parts: [0, 1, 2] }],
      });
      expect(out.rows[1]?.suppressed).toBeUndefined();
      expect(out.rows[2]?.suppressed).toEqual({ previous: "hidden", delta: true });
    });

    it("follows nested sums until each has no single hidden cell", () => {
      // started = recidive + new; recidive = same + other.
      const t = table([
        countRow("Opgestart", 50, 50),
        countRow("Recidive", 12, 12),
        countRow("Gelijk", 9, 9),
        countRow("Anders", 3, 3),
        countRow("Nieuw", 38, 38),
      ]);
      const sums: RowSum[] = [
        { total: 0, parts: [1, 4] },
        { total: 1, parts: [2, 3] },
      ];
      const out = suppressSmallNumbers(t, { threshold: 5, rows: persons(5), sums });
      const hidden = out.rows.map((r) => r.suppressed?.current ?? null);
      // Gelijk hidden alone is 12 − (1..4) = 8..11: Recidive goes too, which 50 − 38 would give
      // back, so Nieuw goes as well. Opgestart stays.
      expect(hidden).toEqual([null, "hidden", "hidden", "small", "hidden"]);
    });

    it("throws when the row information does not match the rows", () => {
      expect(() =>
        suppressSmallNumbers(table([countRow("A", 1, 1)]), { threshold: 5, rows: [] })
      ).toThrow(RangeError);
    });

    it('hides one more cell when two "<5" cells add up to 8 and so must both be 4', () => {
      const t = table([
        countRow("A", 4, 10),
        countRow("B", 4, 10),
        countRow("C", 30, 10),
        countRow("D", 20, 10),
        countRow("Totaal", 58, 40, true),
      ]);
      const out = suppressSmallNumbers(t, {
        threshold: 5,
        rows: persons(5),
        sums: [{ total: 4, parts: [0, 1, 2, 3] }],
      });
      expect(out.rows.map((r) => r.suppressed?.previous ?? null)).toEqual([
        "small",
        "small",
        null,
        "hidden",
        null,
      ]);
    });

    it('hides one more cell when "<5" plus the next cell leaves only one possibility', () => {
      // 1 + 5 = 6: the 5 cannot be below 5 (it would read "<5"), so the small one is 1. Hiding the
      // 5 does not help ("–*" says at least 5); hiding the 30 does, and then the Totaal, or the 30
      // would be 27..30, four values where a "–*" must keep five.
      const t = table([
        countRow("A", 1, 10),
        countRow("B", 5, 10),
        countRow("C", 30, 10),
        countRow("Totaal", 36, 30, true),
      ]);
      const out = suppressSmallNumbers(t, {
        threshold: 5,
        rows: persons(4),
        sums: [{ total: 3, parts: [0, 1, 2] }],
      });
      expect(out.rows.map((r) => r.suppressed?.previous ?? null)).toEqual([
        "small",
        null,
        "hidden",
        "hidden",
      ]);
    });
  });

  describe("properties", () => {
    it("never leaves a hidden cell recoverable from Totaal, the visible cells and the meaning of the marks", () => {
      const counts = fc.array(fc.tuple(fc.nat(30), fc.nat(30)), { minLength: 1, maxLength: 7 });
      fc.assert(
        fc.property(counts, fc.constantFrom(5, 10), (pairs, threshold) => {
          const rows = pairs.map(([p, c], i) => countRow(`G${i}`, p, c));
          const total = countRow(
            "Totaal",
            sum(pairs.map((x) => x[0])),
            sum(pairs.map((x) => x[1])),
            true
          );
          const t = table([...rows, total]);
          const parts = rows.map((_, i) => i);
          const out = suppressSmallNumbers(t, {
            threshold,
            rows: persons(t.rows.length),
            sums: [{ total: rows.length, parts }],
          });
          for (const column of ["previous", "current"] as const) {
            out.rows.forEach((r) => {
              const v = r[column] as number;
              if (v > 0 && v < threshold) expect(r.suppressed?.[column]).toBe("small");
            });
            const totalRow = out.rows[rows.length] as ReportRow;
            if (totalRow.suppressed?.[column] !== undefined) {
              // A hidden total must not be the sum of visible parts.
              expect(parts.some((i) => out.rows[i]?.suppressed?.[column] !== undefined)).toBe(true);
              continue;
            }
            expect(
              possibleValues(
                out.rows.slice(0, rows.length),
                column,
                totalRow[column] as number,
                threshold
              )
            ).toBe(true);
          }
          out.rows.forEach((r) => {
            if (r.suppressed?.previous !== undefined || r.suppressed?.current !== undefined)
              expect(r.suppressed?.delta).toBe(true);
          });
        })
      );
    });
  });
});

/**
 * A reader's view, worked out by enumeration: every hidden part must have at least two values
 * consistent with the total, the visible parts, "<t" = 1..t−1 and "–*" = 0 or ≥ t.
 */
function possibleValues(
  parts: readonly ReportRow[],
  column: "previous" | "current",
  total: number,
  threshold: number
): boolean {
  let rest = total;
  const options: number[][] = [];
  for (const r of parts) {
    const mark = r.suppressed?.[column];
    if (mark === undefined) rest -= r[column] as number;
    else if (mark === "small") options.push(range(1, threshold - 1));
    else options.push([0, ...range(threshold, total)]);
  }
  return options.every((own, i) => {
    const others = options.filter((_, j) => j !== i);
    const reachable = reachableSums(others, rest);
    return own.filter((v) => v <= rest && reachable.has(rest - v)).length >= 2;
  });
}

function reachableSums(options: readonly number[][], limit: number): Set<number> {
  let sums = new Set([0]);
  for (const values of options) {
    const next = new Set<number>();
    for (const s of sums) for (const v of values) if (s + v <= limit) next.add(s + v);
    sums = next;
  }
  return sums;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
