import {
  caseTypeBucket,
  compileCaseTypeSelector,
  MAX_CASE_TYPE_BUCKETS,
} from "../../../src/core/filters/compileCaseTypeSelector";
import { compileFilters, filterKey } from "../../../src/core/filters/compileFilters";
import { computeKpi } from "../../../src/core/kpis/computeKpi";
import type { CaseFilter } from "../../../src/core/types";
import { buildCaseTable, buildDataset, period } from "../../helpers/caseTable";

const table = buildCaseTable([
  { caseId: "c1", caseType: "IT" },
  { caseId: "c2", caseType: "LS" },
  { caseId: "c3", caseType: "Informatie en Advies" },
  { caseId: "c4" },
  { caseId: "c5", caseType: "IT", invalid: ["caseType"] },
  { caseId: "c6", caseType: "Léun" },
]);

/** The mask a selector gives, case by case. */
function selectedCases(selector: Uint8Array | null): number[] {
  const { codes, labels } = table.caseType;
  return Array.from(codes, (code, i) =>
    selector === null
      ? 1
      : (selector[caseTypeBucket(code, table.invalid[i] !== 0, labels.length)] as number)
  );
}

describe("compileCaseTypeSelector", () => {
  it("keeps the caseType buckets whose label matches, case- and diacritic-insensitively", () => {
    // Labels IT, LS, Informatie en Advies, Léun; then "empty" and "invalid".
    expect(
      Array.from(
        compileCaseTypeSelector(table, [{ field: "caseType", values: ["it", "LEUN"] }]) ?? []
      )
    ).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it("keeps the same cases as the compiled mask", () => {
    const cases: CaseFilter[][] = [
      [{ field: "caseType", values: ["IT", "LS"] }],
      [{ field: "caseType", values: ["onbekend"] }],
      [{ field: "caseType", values: ["", "informatie en advies"] }],
      [
        { field: "caseType", values: ["IT", "LS"] },
        { field: "caseType", values: ["ls", "léun"] },
      ],
    ];
    for (const filters of cases) {
      expect(selectedCases(compileCaseTypeSelector(table, filters))).toEqual(
        Array.from(compileFilters(table, filters) ?? [])
      );
    }
  });

  describe("edge cases", () => {
    it("returns null without filters, for a filter on another field, or for too many case types", () => {
      expect(compileCaseTypeSelector(table, undefined)).toBeNull();
      expect(compileCaseTypeSelector(table, [])).toBeNull();
      expect(
        compileCaseTypeSelector(table, [
          { field: "caseType", values: ["IT"] },
          { field: "team", values: ["Noord"] },
        ])
      ).toBeNull();
      const many = buildCaseTable(
        Array.from({ length: MAX_CASE_TYPE_BUCKETS - 1 }, (_, k) => ({
          caseId: `c${k}`,
          caseType: `Soort ${k}`,
        }))
      );
      expect(
        compileCaseTypeSelector(many, [{ field: "caseType", values: ["Soort 1"] }])
      ).toBeNull();
    });

    it("keeps no case for a filter without values", () => {
      expect(
        selectedCases(compileCaseTypeSelector(table, [{ field: "caseType", values: [] }]))
      ).toEqual([0, 0, 0, 0, 0, 0]);
    });
  });
});

describe("filterKey", () => {
  describe("edge cases", () => {
    it("tells a filter without values from one asking for empty cells", () => {
      expect(filterKey([{ field: "caseType", values: [] }])).not.toBe(
        filterKey([{ field: "caseType", values: [""] }])
      );
      expect(filterKey([{ field: "team", values: ["a|b"] }])).not.toBe(
        filterKey([{ field: "team", values: ["a", "b"] }])
      );
    });

    it("gives each filter its own result whatever was computed before", () => {
      const dataset = buildDataset([
        { caseId: "c1", caseType: "IT", startedOn: "2024-01-10" },
        { caseId: "c2", startedOn: "2024-01-11" },
      ]);
      const january = period("jan 2024", "2024-01-01", "2024-01-31");
      const started = (values: string[]) =>
        computeKpi(dataset, "started", january, { filters: [{ field: "caseType", values }] });
      expect(started([""])).toBe(1);
      expect(started([])).toBe(0);
    });
  });
});
