import { AUDIT_MESSAGES } from "./auditMessages";
import { hiddenBounds, type AuditSystem } from "./auditSystem";
import type { AuditInterval } from "./auditTypes";
import { solveLinearProgram, type LinearRow, type LinearSolution } from "./solveLinearProgram";

/** How far an LP optimum may sit beyond an integer and still round to it. */
const ROUNDING = 1e-7;
/** Branch-and-cut iterations per whole-number optimum (deterministic; see wholeOptimum). */
const BRANCH_AND_CUT_ITERATIONS = 256;
/**
 * Components with more hidden values than this keep the relaxation's range: YALPS's branch and
 * cut re-solves every node from scratch, seconds per optimum at ~200 columns (bench-publication).
 */
export const MAX_WHOLE_COLUMNS = 40;

function isNearInteger(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= ROUNDING * Math.max(1, Math.abs(value));
}

function isWide(min: number, max: number, required: number): boolean {
  const width = max - min;
  return width > 0 && width >= required - ROUNDING;
}

function findRoot(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root]!;
  while (parent[i] !== root) {
    const next = parent[i]!;
    parent[i] = root;
    i = next;
  }
  return root;
}

/**
 * Groups the hidden variables into components: two are in one component when a chain of
 * constraints links them through hidden variables only (visible ones are constants).
 *
 * @returns per variable its component's root, or -1 when the variable is visible
 */
export function hiddenComponents(system: AuditSystem, hidden: readonly boolean[]): number[] {
  const parent = system.variables.map((_, i) => i);
  for (const row of system.rows) {
    let first = -1;
    for (const [i] of row) {
      if (!hidden[i]) continue;
      if (first < 0) first = findRoot(parent, i);
      else parent[findRoot(parent, i)] = first;
    }
  }
  return system.variables.map((_, i) => (hidden[i] ? findRoot(parent, i) : -1));
}

function roundInwards(value: number, integer: boolean, up: boolean): number {
  if (!integer || !Number.isFinite(value)) return value;
  const slack = ROUNDING * Math.max(1, Math.abs(value));
  // + 0 turns −0 (ceil of a tiny negative) into 0
  return (up ? Math.ceil(value - slack) : Math.floor(value + slack)) + 0;
}

/**
 * Audits the given targets under a suppression pattern: hidden are the auxiliaries and the
 * suppressed published variables; each hidden component is one (mixed-integer) LP, solved
 * twice per target. Integer variables stay integer, as an attacker who knows they are counts
 * would keep them: the LP relaxation alone can leave a range an integer attacker narrows.
 *
 * @param system - the indexed system
 * @param suppressed - per variable whether it is suppressed (primary or secondary)
 * @param targets - indices of suppressed published variables to audit
 * @throws {RangeError} when an LP is infeasible (names a relation of the component)
 */
export function auditPattern(
  system: AuditSystem,
  suppressed: readonly boolean[],
  targets: Iterable<number>
): Map<number, AuditInterval> {
  const { variables, rows, rowsOf } = system;
  const hidden = variables.map((v, i) => !v.published || suppressed[i] === true);
  const roots = hiddenComponents(system, hidden);
  const byRoot = new Map<number, number[]>();
  for (const t of targets) {
    const list = byRoot.get(roots[t]!);
    if (list === undefined) byRoot.set(roots[t]!, [t]);
    else list.push(t);
  }
  const result = new Map<number, AuditInterval>();
  for (const [root, componentTargets] of byRoot) {
    const members: number[] = [];
    variables.forEach((_, i) => {
      if (roots[i] === root) members.push(i);
    });
    const column = new Map(members.map((i, c) => [i, c]));
    const rowIds = [...new Set(members.flatMap((i) => rowsOf[i]!))].sort((a, b) => a - b);
    const lpRows: LinearRow[] = rowIds.map((r) => {
      let constant = 0;
      const terms: [number, number][] = [];
      for (const [i, coefficient] of rows[r]!) {
        const c = column.get(i);
        if (c === undefined) constant += coefficient * variables[i]!.value;
        else terms.push([c, coefficient]);
      }
      const constraint = system.constraints[r]!;
      return { terms, lower: constraint.lower - constant, upper: constraint.upper - constant };
    });
    const columns = members.map((i) => {
      const [lower, upper] = hiddenBounds(variables[i]!, variables[i]!.suppressed);
      return { lower, upper, integer: variables[i]!.integer };
    });
    const relaxedColumns = columns.map(({ lower, upper }) => ({ lower, upper }));
    const hasIntegers = columns.some((c) => c.integer);
    const origin = (t: number): string =>
      system.constraints[rowIds[0] ?? -1]?.origin ?? variables[t]!.id;
    const isWhole = (solution: LinearSolution): boolean =>
      solution.status !== "optimal" ||
      columns.every((c, k) => !c.integer || isNearInteger(solution.columns[k]!));
    const wholeOptimum = (
      direction: "minimize" | "maximize",
      objective: [number, number][],
      t: number
    ): number => {
      const v = variables[t]!;
      const solution = solveLinearProgram(
        { columns, rows: lpRows, objective, direction },
        { maxIterations: BRANCH_AND_CUT_ITERATIONS }
      );
      if (solution.status === "infeasible")
        throw new RangeError(AUDIT_MESSAGES.infeasible(origin(t)));
      // Out of iterations: the best whole solution found (or the truth) is a range the attacker
      // surely reaches; claiming less protection than there may be is the safe side.
      const value =
        solution.status === "timedout" && Number.isNaN(solution.value) ? v.value : solution.value;
      return roundInwards(value, v.integer, direction === "minimize");
    };
    for (const t of componentTargets) {
      const v = variables[t]!;
      const objective: [number, number][] = [[column.get(t)!, 1]];
      const relaxed = (direction: "minimize" | "maximize"): LinearSolution => {
        const solution = solveLinearProgram({
          columns: relaxedColumns,
          rows: lpRows,
          objective,
          direction,
        });
        if (solution.status === "infeasible")
          throw new RangeError(AUDIT_MESSAGES.infeasible(origin(t)));
        return solution;
      };
      const low = relaxed("minimize");
      const high = relaxed("maximize");
      let min = roundInwards(low.value, v.integer, true);
      let max = roundInwards(high.value, v.integer, false);
      // The relaxation's range contains the whole-number range: when it fails, so does that;
      // when its optimum is whole already, it is the whole-number optimum.
      let exact = true;
      if (isWide(min, max, v.required) && hasIntegers) {
        if (columns.length > MAX_WHOLE_COLUMNS) exact = isWhole(low) && isWhole(high);
        else {
          if (!isWhole(low)) min = wholeOptimum("minimize", objective, t);
          if (!isWhole(high)) max = wholeOptimum("maximize", objective, t);
        }
      }
      result.set(t, { min, max, passes: isWide(min, max, v.required), exact });
    }
  }
  return result;
}
