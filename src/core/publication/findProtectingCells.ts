import { MAX_WHOLE_COLUMNS } from "./auditPattern";
import { hiddenBounds, type AuditSystem } from "./auditSystem";
import type { AuditVariable } from "./auditTypes";
import { solveLinearProgram, type LinearColumn, type LinearRow } from "./solveLinearProgram";

/** Added to every cell's cost per unit of change, so that among equal costs fewer cells win. */
const TIE_BREAK = 1e-3;
/** Changes smaller than this (relative) are solver noise, not a cell to suppress. */
const NOISE = 1e-7;
/** Neighbourhoods tried, in relation steps from the cell; Infinity is its whole component. */
const RADII = [2, 4, Infinity];

function neighbourhood(system: AuditSystem, start: number, radius: number): Set<number> {
  const seen = new Set([start]);
  const seenRows = new Set<number>();
  let frontier = [start];
  for (let step = 0; step < radius && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const i of frontier) {
      for (const r of system.rowsOf[i]!) {
        if (seenRows.has(r)) continue;
        seenRows.add(r);
        for (const [j] of system.rows[r]!) {
          if (!seen.has(j)) {
            seen.add(j);
            next.push(j);
          }
        }
      }
    }
    frontier = next;
  }
  return seen;
}

/**
 * One attacker-side LP (Fischetti–Salazar's protection problem, anchored at the truth): the
 * cheapest change y − x of the visible cells around `target`, over values that satisfy every
 * relation, that moves the target by `shift` (up when positive). The cells it changes are the
 * ones to suppress: once they are hidden, y is a solution an attacker cannot rule out.
 *
 * @returns the visible cells to suppress, or null when no change within the area does it
 */
function cellsForShift(
  system: AuditSystem,
  suppressed: readonly boolean[],
  target: number,
  shift: number,
  area: ReadonlySet<number>,
  integer: boolean
): number[] | null {
  const { variables, rows, rowsOf } = system;
  const columns: LinearColumn[] = [];
  const objective: [number, number][] = [];
  const place = new Map<number, readonly [number, number]>(); // variable -> [column, column of d−] or [column, -1]
  const candidates: number[] = [];
  for (const i of area) {
    const v = variables[i]!;
    if (!v.published || suppressed[i]) {
      const [lower, upper] = hiddenBounds(v, v.suppressed);
      const bound =
        i === target
          ? shift > 0
            ? { lower: shift, upper: upper - v.value }
            : { lower: lower - v.value, upper: shift }
          : { lower: lower - v.value, upper: upper - v.value };
      place.set(i, [columns.length, -1]);
      columns.push({ ...bound, integer: integer && v.integer });
    } else if (Number.isFinite(v.cost)) {
      place.set(i, [columns.length, columns.length + 1]);
      candidates.push(i);
      objective.push(
        [columns.length, v.cost + TIE_BREAK],
        [columns.length + 1, v.cost + TIE_BREAK]
      );
      const whole = integer && v.integer;
      columns.push(
        { lower: 0, upper: v.upper - v.value, integer: whole },
        { lower: 0, upper: v.value - v.lower, integer: whole }
      );
    }
  }
  const rowIds = new Set<number>();
  for (const i of place.keys()) for (const r of rowsOf[i]!) rowIds.add(r);
  const lpRows: LinearRow[] = [];
  for (const r of rowIds) {
    const constraint = system.constraints[r]!;
    let atTruth = 0;
    const terms: [number, number][] = [];
    for (const [i, coefficient] of rows[r]!) {
      atTruth += coefficient * variables[i]!.value;
      const at = place.get(i);
      if (at === undefined) continue;
      terms.push([at[0], coefficient]);
      if (at[1] >= 0) terms.push([at[1], -coefficient]);
    }
    const equal = constraint.lower === constraint.upper;
    lpRows.push({
      terms,
      lower: equal ? 0 : Math.min(0, constraint.lower - atTruth),
      upper: equal ? 0 : Math.max(0, constraint.upper - atTruth),
    });
  }
  if (integer && columns.length > MAX_WHOLE_COLUMNS) return null;
  const solution = solveLinearProgram(
    { columns, rows: lpRows, objective, direction: "minimize" },
    { maxIterations: 256 }
  );
  if (solution.status !== "optimal") return null;
  return candidates.filter((i) => {
    const [up, down] = place.get(i)!;
    const change = solution.columns[up]! + solution.columns[down]!;
    return change > NOISE * Math.max(1, Math.abs(variables[i]!.value));
  });
}

/**
 * The width a suppressed cell's range must reach: `required`, and for a `required` of 0 still
 * more than a single value.
 *
 * @example
 * protectionWidth({ required: 0, integer: true, value: 3 }) // 1
 */
export function protectionWidth(v: Pick<AuditVariable, "required" | "integer" | "value">): number {
  if (v.integer) return Math.max(1, Math.ceil(v.required));
  return v.required > 0 ? v.required : NOISE * Math.max(1, Math.abs(v.value));
}

/**
 * Whether any suppression pattern can give the cell its width: its own bounds (its mark) must
 * be at least that wide.
 *
 * @example
 * canBeProtected({ value: 2, lower: 0, upper: Infinity, integer: true, suppressed: true,
 *   mark: { lower: 1, upper: 2 }, required: 3 }) // false
 */
export function canBeProtected(
  v: Pick<
    AuditVariable,
    "required" | "integer" | "value" | "lower" | "upper" | "mark" | "suppressed"
  >
): boolean {
  const [lower, upper] = hiddenBounds(v, v.suppressed);
  return upper - lower >= protectionWidth(v);
}

/**
 * The visible published cells whose suppression widens `target`'s audited range to its
 * `required` width: an upward and a downward protection LP around the cell (first in a small
 * neighbourhood of relations, then wider), splitting the width between the two directions as
 * the cell's bounds allow.
 *
 * @param system - the indexed audit system
 * @param suppressed - per variable whether it is suppressed now
 * @param target - index of a failing suppressed published variable
 * @param integer - keep integer variables integer (a mixed-integer LP, slower): for when the
 *   LP relaxation's cells leave a range an integer attacker narrows
 * @returns the cells to suppress (possibly empty), or null when no set of single cells can do it
 *
 * @example
 * findProtectingCells(system, suppressed, system.indexOf.get("afgesloten")!) // [index of "lopend"]
 */
export function findProtectingCells(
  system: AuditSystem,
  suppressed: readonly boolean[],
  target: number,
  integer = false
): number[] | null {
  const v = system.variables[target]!;
  const [lower, upper] = hiddenBounds(v, v.suppressed);
  const need = protectionWidth(v);
  const upCap = upper - v.value;
  const downCap = v.value - lower;
  if (upCap + downCap < need) return null;
  const firstUp = Math.min(need, upCap);
  const firstDown = Math.min(need, downCap);
  const plans: (readonly [number, number])[] = [
    [firstUp, need - firstUp],
    [need - firstDown, firstDown],
  ];
  for (const radius of RADII) {
    const area = neighbourhood(system, target, radius);
    for (const [up, down] of plans) {
      const upCells = up > 0 ? cellsForShift(system, suppressed, target, up, area, integer) : [];
      if (upCells === null) continue;
      const downCells =
        down > 0 ? cellsForShift(system, suppressed, target, -down, area, integer) : [];
      if (downCells === null) continue;
      return [...new Set([...upCells, ...downCells])];
    }
  }
  return null;
}
