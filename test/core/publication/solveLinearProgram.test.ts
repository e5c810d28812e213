import { solveLinearProgram } from "../../../src/core/publication/solveLinearProgram";

describe("solveLinearProgram", () => {
  it("solves over shifted, mirrored and free columns", () => {
    // x0 in [2, 5], x1 <= 3 (no lower bound), x2 free; x0 + x1 + x2 = 1, x2 - x1 >= -4
    const program = {
      columns: [
        { lower: 2, upper: 5 },
        { lower: -Infinity, upper: 3 },
        { lower: -Infinity, upper: Infinity },
      ],
      rows: [
        {
          terms: [
            [0, 1],
            [1, 1],
            [2, 1],
          ] as [number, number][],
          lower: 1,
          upper: 1,
        },
        {
          terms: [
            [2, 1],
            [1, -1],
          ] as [number, number][],
          lower: -4,
          upper: Infinity,
        },
      ],
    };
    const low = solveLinearProgram({ ...program, objective: [[2, 1]], direction: "minimize" });
    // x2 = 1 - x0 - x1 and x2 >= x1 - 4: least x2 at x0 = 5, x1 = 0: 1 - 5 - x1 >= x1 - 4 -> x1 <= 0
    expect(low.status).toBe("optimal");
    expect(low.value).toBeCloseTo(-4, 9);
    expect(low.columns[0]).toBeCloseTo(5, 9);
    const high = solveLinearProgram({ ...program, objective: [[2, 1]], direction: "maximize" });
    expect(high).toEqual({ status: "unbounded", value: Infinity, columns: [] });
  });

  it("keeps integer columns whole", () => {
    const program = {
      columns: [
        { lower: 0, upper: 10, integer: true },
        { lower: 0, upper: 10, integer: true },
      ],
      rows: [
        {
          terms: [
            [0, 2],
            [1, 2],
          ] as [number, number][],
          lower: 0,
          upper: 7,
        },
      ],
      objective: [[0, 1]] as [number, number][],
      direction: "maximize" as const,
    };
    expect(solveLinearProgram(program).value).toBe(3);
    expect(
      solveLinearProgram({
        ...program,
        columns: program.columns.map(({ lower, upper }) => ({ lower, upper })),
      }).value
    ).toBeCloseTo(3.5, 9);
  });

  it("reports an infeasible program", () => {
    const solution = solveLinearProgram({
      columns: [{ lower: 0, upper: 1 }],
      rows: [{ terms: [[0, 1]], lower: 2, upper: 2 }],
      objective: [[0, 1]],
      direction: "minimize",
    });
    expect(solution.status).toBe("infeasible");
    expect(solution.value).toBeNaN();
  });
});
