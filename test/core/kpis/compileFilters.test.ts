import { caseFilter } from "../../../src/core/engine/caseFilter";
import { createEngine } from "../../../src/core/engine/createEngine";
import { compileFilters, filterKey } from "../../../src/core/filters/compileFilters";
import { InvalidFilterError } from "../../../src/core/filters/filterErrors";
import { buildCaseTable } from "../../helpers/caseTable";

const table = buildCaseTable([
  {
    caseId: "c1",
    clientId: "123",
    caseType: "IT",
    team: "Noord",
    domains: ["Financiën"],
    age: 30,
    rating: 8,
    canContinueAlone: true,
  },
  {
    caseId: "c2",
    clientId: "abc",
    caseType: "LS",
    team: "Zuid",
    domains: ["Huisvesting", "Justitie"],
    rating: 7,
  },
  { caseId: "c3", caseType: "IA", team: "Noord", canContinueAlone: false },
  { caseId: "c4", caseType: "IT", team: "Nöord", invalid: ["team"] },
]);

const mask = (filters: Parameters<typeof compileFilters>[1]) =>
  Array.from(compileFilters(table, filters) ?? []);

describe("compileFilters", () => {
  it("returns null when there is nothing to filter", () => {
    expect(compileFilters(table, undefined)).toBeNull();
    expect(compileFilters(table, [])).toBeNull();
  });

  it("matches category labels case- and diacritic-insensitively, leaving out invalid cells", () => {
    expect(mask([{ field: "team", values: ["NOORD"] }])).toEqual([1, 0, 1, 0]);
  });

  it("ORs the values of one filter and ANDs the filters", () => {
    expect(mask([{ field: "caseType", values: ["it", "ls"] }])).toEqual([1, 1, 0, 1]);
    expect(
      mask([
        { field: "caseType", values: ["it", "ls"] },
        { field: "team", values: ["zuid"] },
      ])
    ).toEqual([0, 1, 0, 0]);
  });

  it("matches ids, domains, numbers and yes/no", () => {
    expect(mask([{ field: "clientId", values: [" 123 "] }])).toEqual([1, 0, 0, 0]);
    expect(mask([{ field: "caseId", values: ["C2"] }])).toEqual([0, 1, 0, 0]);
    expect(mask([{ field: "mainDomains", values: ["justitie"] }])).toEqual([0, 1, 0, 0]);
    expect(mask([{ field: "rating", values: ["7", "8,0"] }])).toEqual([1, 1, 0, 0]);
    expect(mask([{ field: "canContinueAlone", values: ["nee"] }])).toEqual([0, 0, 1, 0]);
    expect(mask([{ field: "canContinueAlone", values: ["onbekend"] }])).toEqual([0, 1, 0, 1]);
  });

  it("is kept by the engine per filter key, not per table", () => {
    const engine = createEngine({ cases: table, issues: [] });
    const mask = caseFilter(engine, [{ field: "team", values: ["Noord"] }]);
    expect(Array.from(mask ?? [])).toEqual([1, 0, 1, 0]);
    expect(caseFilter(engine, [{ field: "team", values: ["noord"] }])).toBe(mask);
    expect(
      caseFilter(createEngine({ cases: table, issues: [] }), [{ field: "team", values: ["Noord"] }])
    ).not.toBe(mask);
    expect(compileFilters(table, [{ field: "team", values: ["Noord"] }])).not.toBe(
      compileFilters(table, [{ field: "team", values: ["Noord"] }])
    );
  });

  it("builds the same key for the same filters in any order and spelling", () => {
    expect(
      filterKey([
        { field: "team", values: ["Zuid", "Noord"] },
        { field: "caseType", values: ["IT"] },
      ])
    ).toBe(
      filterKey([
        { field: "caseType", values: ["it"] },
        { field: "team", values: ["noord", "ZUID"] },
      ])
    );
  });

  describe("edge cases", () => {
    it("throws InvalidFilterError for a date field", () => {
      expect(() => compileFilters(table, [{ field: "birthDate", values: ["1-1-2000"] }])).toThrow(
        InvalidFilterError
      );
      expect(() => compileFilters(table, [{ field: "startedOn", values: ["x"] }])).toThrow(
        /kan niet gefilterd worden/
      );
    });

    it("keeps nothing for a filter without values", () => {
      expect(mask([{ field: "team", values: [] }])).toEqual([0, 0, 0, 0]);
    });
  });
});
