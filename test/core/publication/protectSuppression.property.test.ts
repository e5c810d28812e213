import fc from "fast-check";
import { protectSuppression, type AuditConstraint, type AuditVariable } from "../../../src/core";
import { count, linear, sum } from "./auditFixtures";

/** Inner cells hold 0..MAX_CELL, which the reader knows; cells of 1..2 are shown as "<3". */
const MAX_CELL = 3;
const MARK = { lower: 1, upper: 2 };

interface Table {
  readonly cells: readonly (readonly number[])[];
  /** Whether the columns are ratings 1..c whose mean over the grand total is shown (one decimal). */
  readonly withMean: boolean;
}

const tableArbitrary: fc.Arbitrary<Table> = fc
  .record({ rows: fc.integer({ min: 2, max: 3 }), columns: fc.integer({ min: 2, max: 3 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      cells: fc.array(
        fc.array(fc.integer({ min: 0, max: MAX_CELL }), { minLength: columns, maxLength: columns }),
        {
          minLength: rows,
          maxLength: rows,
        }
      ),
      withMean: fc.boolean(),
    })
  );

const isSmall = (value: number): boolean => value >= MARK.lower && value <= MARK.upper;

/** The table's cells, margins and relations as the audit sees them. */
function auditSystemOf(table: Table): {
  variables: AuditVariable[];
  constraints: AuditConstraint[];
  meanShown: number;
} {
  const { cells } = table;
  const rows = cells.length;
  const columns = cells[0]!.length;
  const variables: AuditVariable[] = [];
  const add = (id: string, value: number, upper = Infinity): void => {
    variables.push(count(id, value, { upper, ...(isSmall(value) ? { hidden: MARK } : {}) }));
  };
  cells.forEach((row, r) => row.forEach((value, c) => add(`c${r}.${c}`, value, MAX_CELL)));
  cells.forEach((row, r) =>
    add(
      `r${r}`,
      row.reduce((a, b) => a + b, 0)
    )
  );
  for (let c = 0; c < columns; c++)
    add(
      `k${c}`,
      cells.reduce((a, row) => a + row[c]!, 0)
    );
  const total = cells.flat().reduce((a, b) => a + b, 0);
  add("T", total);
  const constraints: AuditConstraint[] = [];
  for (let r = 0; r < rows; r++)
    constraints.push(
      sum(
        `r${r}`,
        cells[r]!.map((_, c) => `c${r}.${c}`),
        `Rij ${r}`
      )
    );
  for (let c = 0; c < columns; c++)
    constraints.push(
      sum(
        `k${c}`,
        cells.map((_, r) => `c${r}.${c}`),
        `Kolom ${c}`
      )
    );
  constraints.push(
    sum(
      "T",
      cells.map((_, r) => `r${r}`),
      "Totaal"
    )
  );
  let meanShown = Number.NaN;
  if (table.withMean && total > 0) {
    const ratingSum = cells.reduce((a, row) => a + row.reduce((b, v, c) => b + v * (c + 1), 0), 0);
    meanShown = Math.round((ratingSum / total) * 10) / 10;
    variables.push({ ...count("S", ratingSum), published: false });
    constraints.push(
      linear(
        [
          ["S", 1],
          ...Array.from({ length: columns }, (_, c): [string, number] => [`k${c}`, -(c + 1)]),
        ],
        0,
        0,
        "Som"
      ),
      linear(
        [
          ["S", 1],
          ["T", -(meanShown - 0.05)],
        ],
        0,
        Infinity,
        "Gemiddelde (ondergrens)"
      ),
      linear(
        [
          ["S", 1],
          ["T", -(meanShown + 0.05)],
        ],
        -Infinity,
        0,
        "Gemiddelde (bovengrens)"
      )
    );
  }
  return { variables, constraints, meanShown };
}

/**
 * The attacker by brute force, independent of the LP: every whole filling of the hidden inner
 * cells (a primary one within its mark, a secondary one within 0..MAX_CELL), kept when the
 * margins it implies agree with what is shown (a hidden primary margin within its mark) and the
 * shown mean; returns per hidden cell the least and greatest value seen.
 */
function bruteForceRanges(
  table: Table,
  hidden: ReadonlySet<string>,
  meanShown: number
): Map<string, { min: number; max: number }> {
  const { cells } = table;
  const columns = cells[0]!.length;
  const shown = (id: string, value: number, truth: number): boolean =>
    hidden.has(id) ? !isSmall(truth) || isSmall(value) : value === truth;
  const free: [number, number][] = [];
  cells.forEach((row, r) => row.forEach((_, c) => hidden.has(`c${r}.${c}`) && free.push([r, c])));
  const grid = cells.map((row) => [...row]);
  const ranges = new Map<string, { min: number; max: number }>();
  const note = (id: string, value: number): void => {
    if (!hidden.has(id)) return;
    const range = ranges.get(id);
    if (range === undefined) ranges.set(id, { min: value, max: value });
    else ranges.set(id, { min: Math.min(range.min, value), max: Math.max(range.max, value) });
  };
  const visit = (k: number): void => {
    if (k < free.length) {
      const [r, c] = free[k]!;
      const small = isSmall(cells[r]![c]!);
      for (let v = small ? MARK.lower : 0; v <= (small ? MARK.upper : MAX_CELL); v++) {
        grid[r]![c] = v;
        visit(k + 1);
      }
      return;
    }
    const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
    const colSums = Array.from({ length: columns }, (_, c) =>
      grid.reduce((a, row) => a + row[c]!, 0)
    );
    const total = rowSums.reduce((a, b) => a + b, 0);
    const truthRows = cells.map((row) => row.reduce((a, b) => a + b, 0));
    const truthCols = Array.from({ length: columns }, (_, c) =>
      cells.reduce((a, row) => a + row[c]!, 0)
    );
    if (rowSums.some((v, r) => !shown(`r${r}`, v, truthRows[r]!))) return;
    if (colSums.some((v, c) => !shown(`k${c}`, v, truthCols[c]!))) return;
    if (
      !shown(
        "T",
        total,
        truthRows.reduce((a, b) => a + b, 0)
      )
    )
      return;
    if (!Number.isNaN(meanShown)) {
      const ratingSum = colSums.reduce((a, v, c) => a + v * (c + 1), 0);
      if (
        ratingSum < total * (meanShown - 0.05) - 1e-9 ||
        ratingSum > total * (meanShown + 0.05) + 1e-9
      )
        return;
    }
    grid.forEach((row, r) => row.forEach((v, c) => note(`c${r}.${c}`, v)));
    rowSums.forEach((v, r) => note(`r${r}`, v));
    colSums.forEach((v, c) => note(`k${c}`, v));
    note("T", total);
  };
  visit(0);
  return ranges;
}

describe("protectSuppression (property)", () => {
  it("audits as a brute-force attacker does, and leaves failing only cells that hiding everything cannot protect", () => {
    fc.assert(
      fc.property(tableArbitrary, (table) => {
        const { variables, constraints, meanShown } = auditSystemOf(table);
        const result = protectSuppression(variables, constraints);
        const brute = bruteForceRanges(table, result.suppressed, meanShown);
        const everythingHidden = bruteForceRanges(
          table,
          new Set(variables.map((v) => v.id)),
          meanShown
        );
        for (const [id, interval] of result.audit) {
          const range = brute.get(id)!;
          expect(interval).toEqual({ ...range, passes: range.max - range.min >= 1, exact: true });
          // a cell left failing is one the marks alone give away, whatever else is hidden
          const best = everythingHidden.get(id)!;
          if (!interval.passes) expect(best.max - best.min).toBeLessThan(1);
        }
      }),
      { numRuns: 60 }
    );
  });
});
