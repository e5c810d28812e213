/**
 * The group tables of SPEC §4 as data: each is a breakdown (the rows) and, per column, a
 * measure. The columns' labels, kinds, order and Totaal live in the registry
 * (`GROUP_REGISTRY`); this is what each column counts.
 *
 * @module
 */
import type { ActivityAggregate } from "./activityMeasures";
import type { CaseMeasureRule } from "./measureRule";
import type { PairMeasureRule } from "./pairValues";
import type { CategoryField } from "./tableRows";

/**
 * What one column of a table measures: a measure over cases, over (case, main domain) pairs,
 * or over the meetings of the activities table.
 */
export type TableMeasure =
  | { readonly on: "cases"; readonly rule: CaseMeasureRule }
  | { readonly on: "pairs"; readonly rule: PairMeasureRule }
  | { readonly on: "activities"; readonly aggregate: ActivityAggregate };

/**
 * The rows of a table:
 * - `category`: a category field, "Onbekend" for an empty or unusable value;
 * - `mainDomains`: each usable main domain of a case (a case in several rows);
 * - `complexity`, `ratingClass`, `ageBand`: fixed rows (see tableRows.ts);
 * - `months`: the calendar months of the period, each a period of its own;
 * - `activityCategory`: the category of a meeting.
 */
export type TableBreakdown =
  | { readonly by: "category"; readonly field: CategoryField }
  | {
      readonly by:
        "mainDomains" | "complexity" | "ratingClass" | "ageBand" | "months" | "activityCategory";
    };

/** A group table's rule: its rows and, per measure id of the registry entry, its measure. */
export interface GroupRule {
  readonly rows: TableBreakdown;
  readonly measures: Readonly<Record<string, TableMeasure>>;
  /**
   * Measures whose Totaal is the measure over the whole range of the rows' periods rather than
   * the rows pooled (byMonth: a case active in several months is one case in the Totaal).
   */
  readonly totalOverRange?: readonly string[];
}

const count = (cases: "started" | "active" | "closed"): TableMeasure => ({
  on: "cases",
  rule: { select: { cases, inputs: 0 }, aggregate: { kind: "count" } },
});
const STARTED = count("started");
const ACTIVE = count("active");
const CLOSED = count("closed");
const DURATION_CLOSED: TableMeasure = {
  on: "cases",
  rule: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "closedDuration" },
  },
};
const WAIT_DAYS: TableMeasure = {
  on: "cases",
  rule: { select: { cases: "intake", inputs: 0 }, aggregate: { kind: "mean", value: "waitDays" } },
};

const byCategory = (field: CategoryField): TableBreakdown => ({ by: "category", field });

/**
 * The rule of every group table, by group id.
 *
 * @example
 * GROUP_RULES.byTeam.measures.active; //=> { on: "cases", rule: { select: { cases: "active", … }, … } }
 */
export const GROUP_RULES: Readonly<Record<string, GroupRule>> = Object.freeze({
  byCaseType: {
    rows: byCategory("caseType"),
    measures: { active: ACTIVE, meanDurationClosed: DURATION_CLOSED },
  },
  byProduct: {
    rows: byCategory("product"),
    measures: { active: ACTIVE, meanDurationClosed: DURATION_CLOSED },
  },
  byDomain: { rows: { by: "mainDomains" }, measures: { active: ACTIVE } },
  zrmGrowth: {
    rows: { by: "mainDomains" },
    measures: {
      growth: {
        on: "pairs",
        rule: {
          select: { cases: "closed", inputs: 0 },
          aggregate: { kind: "mean", pairValue: "zrmGrowth" },
        },
      },
    },
  },
  byComplexity: { rows: { by: "complexity" }, measures: { active: ACTIVE } },
  byCloseReason: { rows: byCategory("closeReason"), measures: { closed: CLOSED } },
  byRating: { rows: { by: "ratingClass" }, measures: { closed: CLOSED } },
  byReferrer: { rows: byCategory("referrer"), measures: { started: STARTED } },
  byAgeBand: { rows: { by: "ageBand" }, measures: { active: ACTIVE } },
  byTeam: {
    rows: byCategory("team"),
    measures: { started: STARTED, active: ACTIVE, closed: CLOSED, meanWaitDays: WAIT_DAYS },
  },
  byMonth: {
    rows: { by: "months" },
    measures: { started: STARTED, active: ACTIVE, closed: CLOSED },
    totalOverRange: ["active"],
  },
  activities: {
    rows: { by: "activityCategory" },
    measures: {
      trajecten: { on: "activities", aggregate: { kind: "distinct", key: "activity" } },
      bijeenkomsten: { on: "activities", aggregate: { kind: "count" } },
      deelnemers: { on: "activities", aggregate: { kind: "sum", value: "participants" } },
    },
  },
} satisfies Record<string, GroupRule>);
