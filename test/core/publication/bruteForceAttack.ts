/**
 * An attacker written independently of the audit engine (no linear programming): it enumerates
 * the whole-number fillings of the hidden cells within what their marks say and keeps those
 * that satisfy the relations the attacker knows. What is left for a cell is what a reader can
 * narrow it to.
 */

/** What the reader sees of a cell: its value, or its mark. */
export type SeenCell =
  { readonly value: number } | { readonly mark: "small" | "hidden"; readonly name: string };

/** lower ≤ constant + Σ coefficient × cell ≤ upper. */
export interface AttackRelation {
  readonly terms: readonly (readonly [cell: SeenCell, coefficient: number])[];
  readonly constant?: number;
  readonly lower: number;
  readonly upper: number;
}

/** The attacker's view of one publication: the threshold and the cap it tries "–*" up to. */
export interface AttackOptions {
  readonly threshold: number;
  /** The largest value tried for a "–*" cell (it only says "at least the threshold"). */
  readonly cap: number;
}

interface Unknown {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
}

interface LinearRow {
  readonly coefficients: readonly (readonly [index: number, coefficient: number])[];
  readonly lower: number;
  readonly upper: number;
}

/**
 * The values a hidden cell can take: every value of its mark's range ("<5": 1..4; "–*":
 * threshold..cap) for which some filling of all the other hidden cells satisfies every relation.
 *
 * @param relations - the relations, over seen cells (visible ones are constants)
 * @param target - the name of the hidden cell
 * @param options - threshold and cap
 * @returns the possible values, ascending
 */
export function possibleValues(
  relations: readonly AttackRelation[],
  target: string,
  options: AttackOptions
): number[] {
  const unknowns: Unknown[] = [];
  const indexOf = new Map<string, number>();
  const rows: LinearRow[] = relations.map((relation) => {
    let constant = relation.constant ?? 0;
    const coefficients = new Map<number, number>();
    for (const [cell, coefficient] of relation.terms) {
      if ("value" in cell) {
        constant += coefficient * cell.value;
        continue;
      }
      let index = indexOf.get(cell.name);
      if (index === undefined) {
        index = unknowns.length;
        indexOf.set(cell.name, index);
        unknowns.push(
          cell.mark === "small"
            ? { name: cell.name, lo: 1, hi: options.threshold - 1 }
            : { name: cell.name, lo: options.threshold, hi: options.cap }
        );
      }
      coefficients.set(index, (coefficients.get(index) ?? 0) + coefficient);
    }
    return {
      coefficients: [...coefficients],
      lower: relation.lower - constant,
      upper: relation.upper - constant,
    };
  });
  const t = indexOf.get(target);
  if (t === undefined) throw new Error(`no hidden cell '${target}' in the relations`);
  const { lo, hi } = unknowns[t] as Unknown;
  const possible: number[] = [];
  for (let v = lo; v <= hi; v++) {
    const domains = unknowns.map((u, i) => (i === t ? [v, v] : [u.lo, u.hi]));
    if (hasFilling(rows, domains)) possible.push(v);
  }
  return possible;
}

/** Depth-first search for one whole-number filling, pruned by the bounds of each relation's partial sum. */
function hasFilling(rows: readonly LinearRow[], domains: number[][]): boolean {
  if (!rows.every((row) => isSatisfiable(row, domains))) return false;
  const open = domains.findIndex(([lo, hi]) => lo !== hi);
  if (open === -1) return true;
  const [lo, hi] = domains[open] as [number, number];
  for (let v = lo; v <= hi; v++) {
    const next = domains.map((d, i) => (i === open ? [v, v] : d));
    if (hasFilling(rows, next)) return true;
  }
  return false;
}

function isSatisfiable(row: LinearRow, domains: readonly number[][]): boolean {
  let min = 0;
  let max = 0;
  for (const [i, c] of row.coefficients) {
    const [lo, hi] = domains[i] as [number, number];
    min += c > 0 ? c * lo : c * hi;
    max += c > 0 ? c * hi : c * lo;
  }
  const slack = 1e-9;
  return max >= row.lower - slack && min <= row.upper + slack;
}
