/**
 * The property of issue 16's "Done when": on random small exports, for the standard report and
 * every built-in template, at thresholds 5 and 10, the published pattern (every "<5" and "–*"
 * as the output shows it) passes the audit when its relations are derived again: no hidden
 * count can be narrowed further than the rule allows ("<5" keeps all of 1..4 possible, "–*" a
 * range at least the threshold wide), except in a table the engine reports it hid whole.
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
const THRESHOLDS = [5, 10] as const;

/**
 * The hidden counts a reader can narrow further than the rule allows, per output and
 * threshold, that the brief does not excuse: those the engine did not itself report as
 * unprotectable, and those it reported but did not hide with their table.
 */
function failuresOf(rows: readonly CaseRow[]): Record<string, AuditFailure[]> {
  const engine = engineOf(buildDataset(rows));
  const found: Record<string, AuditFailure[]> = {};
  const plainReport = standardReportInputs(engine, PERIOD);
  const context = {
    engine,
    period: PERIOD,
    previous: previousYearPeriod(PERIOD),
    recidive: DEFAULT_RECIDIVE_OPTIONS,
  };
  const plainTemplates = BUILT_IN_TEMPLATES.map((t) => renderTemplate(context, t).tables);
  // Excused: a cell the engine reported it could protect only as far as hiding can (what the
  // "<5" marks say together), and it is that wide.
  const unexcused = (list: readonly AuditFailure[]) => list.filter((f) => !f.reported);
  for (const threshold of THRESHOLDS) {
    const report = buildStandardReport(engine, PERIOD, { publication: { threshold } });
    found[`standaard@${threshold}`] = unexcused(
      auditPublishedReport(plainReport, report, PERIOD, threshold)
    );
    BUILT_IN_TEMPLATES.forEach((template, i) => {
      const published = renderTemplate(context, template, { publication: { threshold } });
      found[`${template.id}@${threshold}`] = unexcused(
        auditPublishedTemplate(plainTemplates[i] ?? [], published.tables, threshold)
      );
    });
  }
  return found;
}

/**
 * Not run by default, for two reasons the lead has in the report of this test: it fails today
 * (a "<5" Totaal with two or more "<5" parts cannot keep 1..4 possible for each part, and
 * protectSuppression gives up on such cells without hiding a table; it audits only the primary
 * cells, so a secondary "–*" can come out exactly), and one run takes 10–40 s on 2 cores, most
 * of it in the publication itself (the standard report 1–3 s, the Utrecht template up to 10 s
 * on 11 cases). Run it with `PUBLICATION_PROPERTY=1 npx jest test/core/publication/publishedPatternAudit`.
 */
const runProperty = process.env.PUBLICATION_PROPERTY === "1" ? it : it.skip;

describe("the published pattern passes the audit", () => {
  runProperty(
    "on random small exports, for the standard report and every built-in template",
    () => {
      fc.assert(
        fc.property(fc.array(caseArb, { minLength: 1, maxLength: 25 }), (cases) => {
          const failures = failuresOf(toRows(cases));
          expect(Object.entries(failures).filter(([, list]) => list.length > 0)).toEqual([]);
        }),
        { numRuns: 20, seed: 16, endOnFailure: true }
      );
    }
  );
});
