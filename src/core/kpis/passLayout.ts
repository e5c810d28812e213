/**
 * Layout of the raw tallies {@link tallyPeriods} makes for one period: joint counts over a
 * few keys at once (one increment per case instead of one per KPI), from which
 * `statsViews` derives every tally of {@link PeriodStats}. Each run holds, in this order:
 *
 * - `flags`: per caseType partition × team bucket × resolved-directly (0/1) × the 64 flag
 *   combinations, the number of cases;
 * - `referrers`: per partition × referrer bucket, the started cases;
 * - `waits`: per partition × team bucket, sum and n of the waits of the intake cases;
 * - `closed`: per partition × closeReason bucket × canContinueAlone state (0 none, 1 no,
 *   2 yes), the closed cases;
 * - `durations`: per partition × product bucket, sum and n of the closed cases' durations;
 * - `ratings`: per partition × rating class (0 none, 1..10 rounded, 11 other), closed cases;
 * - `ratingSums`: per partition, the ratings' sum; then `ratingTotal`, all ratings added in
 *   table order;
 * - `activeDurations`: per partition, the sum of min(closedOn, P.end) − start of active cases;
 * - `products`: per product bucket, the active cases;
 * - `domainCounts`: per partition × domains valid (0/1) × number of domains (7 for 7 or
 *   more), the active cases; `manyDomains`: per partition, the domains of valid cases with 7
 *   or more;
 * - `domains`: per domain code, the active cases with valid domains;
 * - `ages`: per age slot (0 unknown, 1 + years), the active cases;
 * - `uniqueClients`;
 * - then, when kept, four day tallies of the period's length.
 *
 * Buckets are label codes, with `labels` for an empty or invalid value.
 *
 * @module
 */

/** Number of age slots: unknown, then 0..199 years. */
export const AGE_SLOTS = 201;
/** Domain counts kept apart: 0..6, and 7 for 7 or more. */
export const DOMAIN_COUNTS = 8;
/** Rating classes: none, 1..10, other. */
export const RATING_CLASSES = 12;
/** canContinueAlone states: none, no, yes. */
export const CONTINUE_STATES = 3;

/** Numbers of labels of the category fields. */
export interface LabelCounts {
  readonly caseType: number;
  readonly product: number;
  readonly team: number;
  readonly closeReason: number;
  readonly referrer: number;
  readonly domains: number;
}

/**
 * The layout of one period's raw tallies for a table.
 *
 * @param labels - Numbers of labels per category field and of domains.
 * @param partitions - caseType partitions (labels + 2, or 1).
 * @returns The offsets.
 * @example
 * passLayout({ caseType: 3, product: 6, team: 4, closeReason: 5, referrer: 8, domains: 13 }, 5).size
 */
export function passLayout(labels: LabelCounts, partitions: number): PassLayout {
  return new PassLayout(labels, partitions);
}

/**
 * Offsets of the raw tallies within one period's run (see the module description). A class
 * rather than an object literal, with an instance kept for good ({@link PassLayout.shape}):
 * every layout then has one hidden class that V8 never collects, and the optimised loop that
 * reads it stays valid from one report to the next (see `LoopColumns`).
 */
export class PassLayout {
  static readonly shape = new PassLayout(
    { caseType: 0, product: 0, team: 0, closeReason: 0, referrer: 0, domains: 0 },
    1
  );

  readonly partitions: number;
  /** Buckets per field: labels + 1. */
  readonly teams: number;
  readonly products: number;
  readonly closeReasons: number;
  readonly referrers: number;
  readonly flags: number;
  readonly referrerStarted: number;
  readonly waits: number;
  readonly closed: number;
  readonly durations: number;
  readonly ratings: number;
  readonly ratingSums: number;
  readonly ratingTotal: number;
  readonly activeDurations: number;
  readonly productActive: number;
  readonly domainCounts: number;
  readonly manyDomains: number;
  readonly domains: number;
  readonly ages: number;
  readonly uniqueClients: number;
  /** Numbers before the day tallies. */
  readonly size: number;

  constructor(labels: LabelCounts, partitions: number) {
    const teams = labels.team + 1;
    const products = labels.product + 1;
    const closeReasons = labels.closeReason + 1;
    const referrers = labels.referrer + 1;
    this.partitions = partitions;
    this.teams = teams;
    this.products = products;
    this.closeReasons = closeReasons;
    this.referrers = referrers;
    let at = 0;
    const take = (size: number): number => {
      const start = at;
      at += size;
      return start;
    };
    this.flags = take(partitions * teams * 2 * 64);
    this.referrerStarted = take(partitions * referrers);
    this.waits = take(partitions * teams * 2);
    this.closed = take(partitions * closeReasons * CONTINUE_STATES);
    this.durations = take(partitions * products * 2);
    this.ratings = take(partitions * RATING_CLASSES);
    this.ratingSums = take(partitions);
    this.ratingTotal = take(1);
    this.activeDurations = take(partitions);
    this.productActive = take(products);
    this.domainCounts = take(partitions * 2 * DOMAIN_COUNTS);
    this.manyDomains = take(partitions);
    this.domains = take(labels.domains);
    this.ages = take(AGE_SLOTS);
    this.uniqueClients = take(1);
    this.size = at;
  }
}
