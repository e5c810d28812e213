/**
 * The reference computations of the tables per category (docs/definities.md "Type trajecten",
 * "Per product", "Afsluitredenen", "Verwijzers", "Per team", "Zwaarte hulpvraag"). A case without a value for the
 * category, or with an unusable one, is in the row "Onbekend".
 *
 * @module
 */
import type { Period } from "../../../types";
import type { CaseRecord } from "../../caseRecords";
import type { ReferenceData } from "../../referenceData";
import { arrangeReferenceRows } from "./arrangeReferenceRows";
import { isActiveIn, isClosedIn, isStartedIn } from "../caseMemberships";
import { closedDurationIn, waitDaysIn } from "./caseDurations";
import { collectCategoryBuckets, type Contribution } from "./collectBuckets";
import { keptCases } from "./keptCases";
import type {
  ReferenceGroupLayout,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

type CategoryField = "caseType" | "product" | "closeReason" | "referrer" | "team" | "weight";

/** The case's category, or null ("Onbekend") when empty or unusable. */
function categoryOf(c: CaseRecord, field: CategoryField): string | null {
  return c.invalid.has(field) ? null : c[field];
}

/** One count entry per case the rule keeps, under the case's category. */
function countsOf(
  cases: readonly CaseRecord[],
  field: CategoryField,
  measure: string,
  isCounted: (c: CaseRecord) => boolean
): Contribution[] {
  return cases
    .filter(isCounted)
    .map((c) => ({ key: categoryOf(c, field), measure, entry: c.caseId }));
}

/** One number per case that has one (a duration, a wait), under the case's category. */
function numbersOf(
  cases: readonly CaseRecord[],
  field: CategoryField,
  measure: string,
  numberOf: (c: CaseRecord) => number | null
): Contribution[] {
  return cases.flatMap((c) => {
    const value = numberOf(c);
    return value === null ? [] : [{ key: categoryOf(c, field), measure, entry: value }];
  });
}

function layoutOf(
  id: string,
  measures: ReferenceGroupLayout["measures"],
  mainMeasure: string
): ReferenceGroupLayout {
  return { id, measures, mainMeasure, order: "value", hasTotal: true, totalLabel: "Totaal" };
}

const ACTIVE_AND_DURATION = [
  { id: "active", kind: "count" },
  { id: "meanDurationClosed", kind: "mean" },
] as const;

/** Layout of byCaseType. */
export const BY_CASE_TYPE_LAYOUT = layoutOf("byCaseType", ACTIVE_AND_DURATION, "active");
/** Layout of byProduct. */
export const BY_PRODUCT_LAYOUT = layoutOf("byProduct", ACTIVE_AND_DURATION, "active");
/** Layout of byCloseReason. */
export const BY_CLOSE_REASON_LAYOUT = layoutOf(
  "byCloseReason",
  [{ id: "closed", kind: "count" }],
  "closed"
);
/** Layout of byReferrer. */
export const BY_REFERRER_LAYOUT = layoutOf(
  "byReferrer",
  [{ id: "started", kind: "count" }],
  "started"
);
/** Layout of byTeam. */
export const BY_TEAM_LAYOUT = layoutOf(
  "byTeam",
  [
    { id: "started", kind: "count" },
    { id: "active", kind: "count" },
    { id: "closed", kind: "count" },
    { id: "meanWaitDays", kind: "mean" },
  ],
  "active"
);

/** Layout of byWeight. */
export const BY_WEIGHT_LAYOUT = layoutOf("byWeight", [{ id: "active", kind: "count" }], "active");

/** Behandeld and Doorlooptijd afgesloten per value of `field`. */
function activeAndDuration(
  layout: ReferenceGroupLayout,
  field: "caseType" | "product",
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const cases = keptCases(data, options);
  const buckets = collectCategoryBuckets([
    ...countsOf(cases, field, "active", (c) => isActiveIn(c, period)),
    ...numbersOf(cases, field, "meanDurationClosed", (c) => closedDurationIn(c, period)),
  ]);
  return arrangeReferenceRows(layout, buckets, options.topN);
}

/**
 * Type trajecten: per soort traject the cases active in the period and the mean duration in
 * days (closedOn − start) of the cases closed in the period with a usable start.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows.
 * @example
 * referenceByCaseType(data, q1, {})[0] // { key: "IT", kind: "group", values: { active: 531, meanDurationClosed: 281 }, ... }
 */
export function referenceByCaseType(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  return activeAndDuration(BY_CASE_TYPE_LAYOUT, "caseType", data, period, options);
}

/**
 * Per product: per product the cases active in the period and the mean duration in days of the
 * cases closed in the period with a usable start.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows.
 * @example
 * referenceByProduct(data, q1, { topN: 3 }).map((r) => r.kind) // ["group", "group", "group", "other", "total"]
 */
export function referenceByProduct(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  return activeAndDuration(BY_PRODUCT_LAYOUT, "product", data, period, options);
}

/**
 * Afsluitredenen: per afsluitreden the cases closed in the period.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows.
 * @example
 * referenceByCloseReason(data, q1, {})[0].values.closed // 40
 */
export function referenceByCloseReason(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const cases = keptCases(data, options);
  const buckets = collectCategoryBuckets(
    countsOf(cases, "closeReason", "closed", (c) => isClosedIn(c, period))
  );
  return arrangeReferenceRows(BY_CLOSE_REASON_LAYOUT, buckets, options.topN);
}

/**
 * Verwijzers: per verwijzer the cases started in the period.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows.
 * @example
 * referenceByReferrer(data, q1, {})[0] // { key: "Huisarts", values: { started: 18 }, ... }
 */
export function referenceByReferrer(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const cases = keptCases(data, options);
  const buckets = collectCategoryBuckets(
    countsOf(cases, "referrer", "started", (c) => isStartedIn(c, period))
  );
  return arrangeReferenceRows(BY_REFERRER_LAYOUT, buckets, options.topN);
}

/**
 * Per team: per team the cases started, active and closed in the period, and the mean wait in
 * days of the cases with their intake in the period and a usable registration date.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows, sorted by Behandeld.
 * @example
 * referenceByTeam(data, q1, {}).map((r) => r.label) // ["Noord", "Zuid", "Onbekend", "Totaal"]
 */
export function referenceByTeam(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const cases = keptCases(data, options);
  const buckets = collectCategoryBuckets([
    ...countsOf(cases, "team", "started", (c) => isStartedIn(c, period)),
    ...countsOf(cases, "team", "active", (c) => isActiveIn(c, period)),
    ...countsOf(cases, "team", "closed", (c) => isClosedIn(c, period)),
    ...numbersOf(cases, "team", "meanWaitDays", (c) => waitDaysIn(c, period)),
  ]);
  return arrangeReferenceRows(BY_TEAM_LAYOUT, buckets, options.topN);
}

/**
 * Zwaarte hulpvraag: per weight (the estimate of the contact moments a case needs, as the
 * export writes it: "Licht, 1 gesprek", "Zwaar, meer dan 5 gesprekken" …) the cases active in
 * the period.
 *
 * @param data - The dataset as plain records.
 * @param period - The period.
 * @param options - Filters, topN.
 * @returns The rows, sorted by Behandeld.
 * @example
 * referenceByWeight(data, year2021, {}).map((r) => r.values.active) // [177, 115, 29, 321]
 */
export function referenceByWeight(
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
): ReferenceGroupRow[] {
  const cases = keptCases(data, options);
  const buckets = collectCategoryBuckets(
    countsOf(cases, "weight", "active", (c) => isActiveIn(c, period))
  );
  return arrangeReferenceRows(BY_WEIGHT_LAYOUT, buckets, options.topN);
}
