/**
 * The property of issue 16's "Done when": on random small exports, for the standard report and
 * every built-in template, at thresholds 5 and 10, the published pattern (every "<5" and "–*"
 * as the output shows it) passes the audit when its relations are derived again: no hidden
 * count can be narrowed further than the rule allows ("<5" keeps all of 1..4 possible, "–*" a
 * range at least the threshold wide), except as far as the engine reports it could protect a
 * cell no further (what the "<5" marks say together: two "<5" that add up to a "<5").
 */
import fc from "fast-check";
import { dayToIso, isoToDay } from "../../../src/core/dates/dayToIso";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { DEFAULT_RECIDIVE_OPTIONS } from "../../../src/core/recidive/recidiveOptions";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { BUILT_IN_TEMPLATES } from "../../../src/core/templates/builtInTemplates";
import { renderTemplate } from "../../../src/core/templates/renderTemplate";
import { buildDataset, type CaseRow } from "../../helpers/caseTable";
import { engineOf } from "../../helpers/engineOf";
import {
  auditPublishedReport,
  auditPublishedTemplate,
  standardReportInputs,
  type AuditFailure,
} from "./auditPublished";

const day = (offset: number) => dayToIso(isoToDay("2023-01-01") + offset);

const caseArb = fc.record({
  client: fc.constantFrom("A", "B", "C", "D", "E", "F", undefined),
  caseType: fc.constantFrom("IT", "IT", "LS", "IA", undefined),
  product: fc.constantFrom("Schulden", "Opvoeding", undefined),
  team: fc.constantFrom("Noord", "Zuid", "West", undefined),
  referrer: fc.constantFrom("Zelfmelder", "Huisarts", "Wijkagent", undefined),
  closeReason: fc.constantFrom("Doel bereikt", "Verhuisd", undefined),
  rating: fc.option(fc.integer({ min: 5, max: 9 })),
  domains: fc.subarray(["Financiën", "Huisvesting", "Sociaal netwerk", "Justitie"]),
  start: fc.integer({ min: 0, max: 600 }),
  duration: fc.option(fc.integer({ min: 0, max: 300 })),
  age: fc.option(fc.integer({ min: 10, max: 80 })),
});

type CaseSample = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function toRows(cases: readonly CaseSample[]): CaseRow[] {
  return cases.map((c, i) => ({
    caseId: `c${i}`,
    ...(c.client === undefined ? {} : { clientId: c.client }),
    ...(c.caseType === undefined ? {} : { caseType: c.caseType }),
    ...(c.product === undefined ? {} : { product: c.product }),
    ...(c.team === undefined ? {} : { team: c.team }),
    ...(c.referrer === undefined ? {} : { referrer: c.referrer }),
    ...(c.closeReason === undefined ? {} : { closeReason: c.closeReason }),
    ...(c.age === null ? {} : { age: c.age }),
    domains: c.domains,
    registeredOn: day(c.start),
    startedOn: day(c.start),
    ...(c.duration === null
      ? {}
      : {
          closedOn: day(c.start + c.duration),
          ...(c.rating === null ? {} : { rating: c.rating }),
        }),
  }));
}

const PERIOD = parsePeriod("H1 2024");

/** The outputs the property draws from: the standard report, then each built-in template. */
const OUTPUTS = ["standaard", ...BUILT_IN_TEMPLATES.map((t) => t.id)] as const;

/**
 * The hidden counts a reader can narrow further than the rule allows in one output at one
 * threshold, that the engine did not itself report it could protect no further (what the "<5"
 * marks say together) — and then as wide as it reported.
 */
function failuresOf(rows: readonly CaseRow[], output: string, threshold: 5 | 10): AuditFailure[] {
  const engine = engineOf(buildDataset(rows));
  const context = {
    engine,
    period: PERIOD,
    previous: previousYearPeriod(PERIOD),
    recidive: DEFAULT_RECIDIVE_OPTIONS,
  };
  const unexcused = (list: readonly AuditFailure[]) => list.filter((f) => !f.reported);
  if (output === "standaard") {
    const report = buildStandardReport(engine, PERIOD, { publication: { threshold } });
    return unexcused(
      auditPublishedReport(standardReportInputs(engine, PERIOD), report, PERIOD, threshold)
    );
  }
  const template = BUILT_IN_TEMPLATES.find((t) => t.id === output);
  if (template === undefined) throw new RangeError(output);
  const published = renderTemplate(context, template, { publication: { threshold } });
  return unexcused(
    auditPublishedTemplate(renderTemplate(context, template).tables, published.tables, threshold)
  );
}

describe("the published pattern passes the audit", () => {
  // One output and threshold per run: the audit of a published pattern solves two linear
  // programs per hidden count, and a run over all twelve took over a minute.
  it("on random small exports, for the standard report and every built-in template", () => {
    fc.assert(
      fc.property(
        fc.array(caseArb, { minLength: 1, maxLength: 20 }),
        fc.constantFrom(...OUTPUTS),
        fc.constantFrom(5 as const, 10 as const),
        (cases, output, threshold) => {
          expect(failuresOf(toRows(cases), output, threshold)).toEqual([]);
        }
      ),
      { numRuns: 12, seed: 16, endOnFailure: true }
    );
  });
});
