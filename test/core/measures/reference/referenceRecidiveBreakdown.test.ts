import fc from "fast-check";
import { referenceRecidiveBreakdown } from "../../../../src/core/measures/reference/referenceRecidiveBreakdown";
import { referenceData } from "../../../../src/core/measures/referenceData";
import { previousYearPeriod } from "../../../../src/core/periods/previousYearPeriod";
import { computeRecidiveBreakdown } from "../../../../src/core/recidive/computeRecidiveBreakdown";
import { resolveRecidiveOptions } from "../../../../src/core/recidive/recidiveOptions";
import type { CaseFilter, Period } from "../../../../src/core/types";
import { buildDataset } from "../../../helpers/caseTable";
import { casesArbitrary, PERIODS } from "../../../helpers/referenceArbitraries";
import { engineOf } from "../../../helpers/engineOf";

const FILTERS: readonly (readonly CaseFilter[] | undefined)[] = [
  undefined,
  [{ field: "caseType", values: ["IT", "LS"] }],
  [{ field: "team", values: ["noord", ""] }],
];

const periodArbitrary = fc
  .tuple(fc.constantFrom(...PERIODS), fc.boolean())
  .map(([p, previous]): Period => (previous ? previousYearPeriod(p) : p));

const recidiveArbitrary = fc.record({
  minGapMonths: fc.integer({ min: 0, max: 14 }),
  sameDomain: fc.boolean(),
  startField: fc.constantFrom("startedOn" as const, "registeredOn" as const),
});

describe("referenceRecidiveBreakdown", () => {
  it("equals today's engine on random datasets, filters and recidive options", () => {
    fc.assert(
      fc.property(
        casesArbitrary(),
        periodArbitrary,
        fc.constantFrom(...FILTERS),
        fc.option(recidiveArbitrary, { nil: undefined }),
        fc.boolean(),
        (rows, p, filters, recidive, domainsMapped) => {
          const dataset = buildDataset(rows, domainsMapped ? {} : { unmapped: ["mainDomains"] });
          const expected = computeRecidiveBreakdown(engineOf(dataset), p, { filters, recidive });
          const actual = referenceRecidiveBreakdown(referenceData(dataset), p, {
            filters,
            recidive: resolveRecidiveOptions(recidive),
            hasDomains: domainsMapped,
          });
          expect(actual).toEqual(expected);
        }
      ),
      { numRuns: 500 }
    );
  });
});
