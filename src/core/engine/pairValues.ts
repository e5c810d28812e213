/**
 * Values of a (case, main domain) pair, read from the ZRM table: the measures per main domain
 * that are not about the case but about one of its domains (SPEC §4 zrmGrowth). A pair value
 * lives on a membership of the usable-main-domain breakdown ({@link usableDomainRows}): entry
 * m belongs to the case and domain of `members[m]`, NaN when the pair has no value. A pair takes
 * its value from the first ZRM row (in table order) of that case and domain that has the scores
 * the value needs; ZRM rows of a domain that is not a main domain of the case are not read.
 *
 * @module
 */
import type { Dataset, Period } from "../types";
import type { CaseGroupList } from "./groupsOfCases";
import type { Engine } from "./Engine";
import type { CaseSelection } from "./measureRule";

/** - `zrmGrowth`: endScore − beginScore. */
export type PairValueId = "zrmGrowth";

/** A measure over pairs: the mean of a pair value over the pairs of the selected cases. */
export interface PairMeasureRule {
  readonly select: CaseSelection;
  readonly aggregate: { readonly kind: "mean"; readonly pairValue: PairValueId };
}

/**
 * The column of a pair value over the memberships of the usable main domains.
 *
 * @param dataset - The dataset (its ZRM table; all NaN without one).
 * @param domains - The usable main domains of each case.
 * @param id - The pair value.
 * @returns One value per membership, NaN for none.
 * @example
 * pairValueColumn(dataset, domains, "zrmGrowth")[m]; //=> 2 (begin 2, end 4)
 */
export function pairValueColumn(
  dataset: Dataset,
  domains: CaseGroupList,
  id: PairValueId
): Float64Array {
  const { starts, members } = domains;
  const values = new Float64Array(members.length).fill(NaN);
  const zrm = dataset.zrm;
  if (zrm === undefined) return values;
  switch (id) {
    case "zrmGrowth":
      for (let r = 0; r < zrm.size; r++) {
        const c = zrm.caseIndex[r] as number;
        const growth = (zrm.endScore[r] as number) - (zrm.beginScore[r] as number);
        if (c < 0 || growth !== growth) continue; // growth !== growth: a score is missing
        const code = zrm.domainCode[r] as number;
        for (let m = starts[c] as number; m < (starts[c + 1] as number); m++) {
          if (members[m] === code) {
            if (Number.isNaN(values[m] as number)) values[m] = growth;
            break;
          }
        }
      }
      break;
  }
  return values;
}

/**
 * Tallies a pair measure for one period per domain and in total: the sum of the pair values
 * of the selected cases in the filter, and the number of pairs with a value.
 *
 * @param engine - The engine of the dataset.
 * @param rule - The pair measure.
 * @param period - The period.
 * @param domains - The usable main domains of each case.
 * @param values - The pair value column ({@link pairValueColumn}).
 * @param filter - 1 for each case to keep, or null for all.
 * @returns Sums and counts per domain code, the total last.
 * @example
 * tallyPairMeasure(engine, growth, q1, domains, values, null).counts; // pairs per domain
 */
export function tallyPairMeasure(
  engine: Engine,
  rule: PairMeasureRule,
  period: Period,
  domains: CaseGroupList,
  values: Float64Array,
  filter: Uint8Array | null
): { readonly sums: Float64Array; readonly counts: Float64Array } {
  const groupCount = engine.dataset.cases.domainLabels.length;
  const selected = engine.selection(rule.select, period);
  const sums = new Float64Array(groupCount + 1);
  const counts = new Float64Array(groupCount + 1);
  const { starts, members } = domains;
  for (let i = 0; i < selected.length; i++) {
    if (selected[i] !== 1 || (filter !== null && filter[i] !== 1)) continue;
    for (let m = starts[i] as number; m < (starts[i + 1] as number); m++) {
      const v = values[m] as number;
      if (v !== v) continue;
      const g = members[m] as number;
      sums[g]! += v;
      counts[g]! += 1;
      sums[groupCount]! += v;
      counts[groupCount]! += 1;
    }
  }
  return { sums, counts };
}
