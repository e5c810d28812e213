import { solve } from "yalps";

/** A column of a {@link LinearProgram}: lower ≤ x ≤ upper (either may be infinite). */
export interface LinearColumn {
  readonly lower: number;
  readonly upper: number;
  /** Whether the column must take a whole value (its finite bounds must then be whole too). */
  readonly integer?: boolean;
}

/** A row of a {@link LinearProgram}: lower ≤ Σ coefficient × x[column] ≤ upper. */
export interface LinearRow {
  readonly terms: readonly (readonly [column: number, coefficient: number])[];
  readonly lower: number;
  readonly upper: number;
}

/** A linear program over indexed columns with arbitrary bounds. */
export interface LinearProgram {
  readonly columns: readonly LinearColumn[];
  readonly rows: readonly LinearRow[];
  readonly objective: readonly (readonly [column: number, coefficient: number])[];
  readonly direction: "minimize" | "maximize";
}

/** The optimum of a {@link LinearProgram}: its value (±Infinity when unbounded) and the columns. */
export interface LinearSolution {
  /** "timedout": branch and cut hit its iteration limit; value is the best whole solution found (NaN if none). */
  readonly status: "optimal" | "unbounded" | "infeasible" | "timedout";
  readonly value: number;
  readonly columns: readonly number[];
}

/** Options of {@link solveLinearProgram}. */
export interface SolveLinearProgramOptions {
  /** Branch-and-cut iterations for integer columns before giving up with "timedout" (default 32768). */
  readonly maxIterations?: number;
}

/** How a column is written for the solver, whose variables are all ≥ 0: x = offset + sign × y (+ −y2). */
interface ColumnShift {
  readonly offset: number;
  readonly sign: 1 | -1;
  readonly free: boolean;
}

const OBJECTIVE = "objective";

function shiftOf(column: LinearColumn): ColumnShift {
  if (Number.isFinite(column.lower)) return { offset: column.lower, sign: 1, free: false };
  if (Number.isFinite(column.upper)) return { offset: column.upper, sign: -1, free: false };
  return { offset: 0, sign: 1, free: true };
}

/**
 * Solves a linear program with YALPS (pure TypeScript simplex, branch and cut for integer
 * columns), translating arbitrary column bounds to the solver's non-negative variables
 * (shifted, mirrored, or split when free).
 *
 * @param program - columns, rows, objective and direction
 * @param options - the branch-and-cut iteration limit (deterministic, unlike a time limit)
 * @returns the optimum, or the status "unbounded" (value ±Infinity), "infeasible" (NaN) or
 *   "timedout" (the best whole solution found, NaN if none)
 * @throws {Error} when the simplex method cycles (a solver failure, not a property of the data)
 *
 * @example
 * solveLinearProgram({
 *   columns: [{ lower: 0, upper: 4 }, { lower: 0, upper: Infinity }],
 *   rows: [{ terms: [[0, 1], [1, 1]], lower: 6, upper: 6 }],
 *   objective: [[1, 1]],
 *   direction: "minimize",
 * }).value // 2
 */
export function solveLinearProgram(
  program: LinearProgram,
  options: SolveLinearProgramOptions = {}
): LinearSolution {
  const shifts = program.columns.map(shiftOf);
  const constraints: [string, { min?: number; max?: number }][] = [];
  const coefficients: [string, number][][] = shifts.map(() => []);
  program.columns.forEach((column, c) => {
    const shift = shifts[c]!;
    if (shift.free) return;
    const span = column.upper - column.lower;
    if (Number.isFinite(span)) {
      constraints.push([`b${c}`, { max: span }]);
      coefficients[c]!.push([`b${c}`, 1]);
    }
  });
  program.rows.forEach((row, r) => {
    let constant = 0;
    for (const [c, coefficient] of row.terms) {
      const shift = shifts[c]!;
      constant += coefficient * shift.offset;
      coefficients[c]!.push([`r${r}`, coefficient * shift.sign]);
    }
    const bound: { min?: number; max?: number } = {};
    if (Number.isFinite(row.lower)) bound.min = row.lower - constant;
    if (Number.isFinite(row.upper)) bound.max = row.upper - constant;
    constraints.push([`r${r}`, bound]);
  });
  let objectiveConstant = 0;
  for (const [c, coefficient] of program.objective) {
    const shift = shifts[c]!;
    objectiveConstant += coefficient * shift.offset;
    coefficients[c]!.push([OBJECTIVE, coefficient * shift.sign]);
  }
  const variables: [string, [string, number][]][] = [];
  const integers: string[] = [];
  coefficients.forEach((list, c) => {
    variables.push([`x${c}`, list]);
    if (shifts[c]!.free) variables.push([`n${c}`, list.map(([k, v]) => [k, -v])]);
    if (program.columns[c]!.integer === true) {
      integers.push(`x${c}`);
      if (shifts[c]!.free) integers.push(`n${c}`);
    }
  });
  const solution = solve(
    { direction: program.direction, objective: OBJECTIVE, constraints, variables, integers },
    {
      includeZeroVariables: true,
      maxPivots: 1 << 20,
      checkCycles: true,
      ...(options.maxIterations !== undefined ? { maxIterations: options.maxIterations } : {}),
    }
  );
  if (solution.status === "infeasible") {
    return { status: "infeasible", value: Number.NaN, columns: [] };
  }
  if (solution.status === "unbounded") {
    const value = program.direction === "maximize" ? Infinity : -Infinity;
    return { status: "unbounded", value, columns: [] };
  }
  if (solution.status === "cycled") {
    throw new Error("LP solver stopped without an optimum (the simplex method cycled)");
  }
  const raw = new Map(solution.variables);
  const columns = shifts.map((shift, c) => {
    const y = raw.get(`x${c}`) ?? 0;
    if (shift.free) return y - (raw.get(`n${c}`) ?? 0);
    return shift.offset + shift.sign * y;
  });
  return { status: solution.status, value: solution.result + objectiveConstant, columns };
}
