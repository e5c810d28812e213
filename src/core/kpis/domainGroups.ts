import { TallyBuilder, UNKNOWN_LABEL } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { forEachClosedZrmPair } from "./zrmPairs";

/**
 * byDomain (SPEC §4): per main domain, the active cases having it; a case counts once for each
 * of its domains. Cases with invalid domains are left out.
 *
 * @param context - The group context.
 * @returns The tally (one bucket per domain label).
 * @example
 * tallyByDomain(context).buckets[0] // { key: 'Financiën', sum: [212], ... }
 */
export function tallyByDomain({ kpi }: GroupContext): GroupTally {
  const domainLabels = kpi.table.domainLabels;
  const counts = kpi.stats.domainActive;
  const builder = new TallyBuilder(1, domainLabels.length);
  for (let b = 0; b < counts.length; b++) {
    if ((counts[b] as number) > 0) builder.countMany(0, b, counts[b] as number);
  }
  return builder.build((b) => ({
    key: domainLabels[b] as string,
    label: domainLabels[b] as string,
    order: b,
  }));
}

/**
 * zrmGrowth (SPEC §4): per main domain, mean(endScore − beginScore) over the cases closed in P,
 * on their main domains only (ZRM rows of other domains are ignored; a second row for the same
 * case and domain too).
 *
 * @param context - The group context.
 * @returns The tally.
 * @example
 * tallyZrmGrowth(context).buckets[0] // { key: 'Financiën', sum: [48], n: [40], ... } → 1.2
 */
export function tallyZrmGrowth({ kpi }: GroupContext): GroupTally {
  const domainLabels = kpi.table.domainLabels;
  const builder = new TallyBuilder(1, domainLabels.length);
  const zrm = kpi.dataset.zrm;
  if (zrm !== undefined) {
    const { beginScore, endScore } = zrm;
    forEachClosedZrmPair(
      kpi.table,
      zrm,
      kpi.scan,
      (r) => !Number.isNaN(beginScore[r] as number) && !Number.isNaN(endScore[r] as number),
      (r, code) => builder.add(0, code, (endScore[r] as number) - (beginScore[r] as number))
    );
  }
  return builder.build((b) => ({
    key: domainLabels[b] as string,
    label: domainLabels[b] as string,
    order: b,
  }));
}

/** The complexity levels of SPEC §4, by number of main domains. */
const COMPLEXITY = [
  { key: "niet-complex", label: "Niet complex" },
  { key: "redelijk-complex", label: "Redelijk complex" },
  { key: "complex", label: "Complex" },
] as const;

/**
 * byComplexity (SPEC §4): active cases by number of main domains: 1 niet complex, 2–3
 * redelijk complex, 4 or more complex; no (or invalid) domains "Onbekend".
 *
 * @param context - The group context.
 * @returns The tally, in the fixed order.
 * @example
 * tallyByComplexity(context).buckets.map((b) => b.key) // ['niet-complex', 'redelijk-complex', 'complex']
 */
export function tallyByComplexity({ kpi }: GroupContext): GroupTally {
  const counts = kpi.stats.complexityActive;
  const builder = new TallyBuilder(1, 4);
  for (let b = 0; b < 4; b++) {
    if ((counts[b] as number) > 0) builder.countMany(0, b, counts[b] as number);
  }
  return builder.build((b) => {
    const level = COMPLEXITY[b as 0 | 1 | 2];
    if (b === 3 || level === undefined)
      return { key: "", label: UNKNOWN_LABEL, order: 3, unknown: true };
    return { key: level.key, label: level.label, order: b, always: true };
  });
}
