/**
 * The grouped reference computations, by group id of `GROUP_REGISTRY`: plain, readable
 * statements of each table's rule, against which the fast evaluator is checked.
 *
 * @module
 */
import {
  referenceByCaseType,
  referenceByCloseReason,
  referenceByProduct,
  referenceByReferrer,
  referenceByTeam,
} from "./categoryGroupReferences";
import {
  referenceByComplexity,
  referenceByDomain,
  referenceZrmGrowth,
} from "./domainGroupReferences";
import { referenceActivities } from "./referenceActivities";
import { referenceByAgeBand } from "./referenceByAgeBand";
import { referenceByMonth } from "./referenceByMonth";
import { referenceByRating } from "./referenceByRating";
import type { ReferenceGroup } from "./referenceGroupTypes";

export type {
  ReferenceGroup,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";

/**
 * The reference computation of every group table, by group id.
 *
 * @example
 * REFERENCE_GROUPS.byTeam(referenceData(dataset), period, { topN: 3 })
 */
export const REFERENCE_GROUPS: Readonly<Record<string, ReferenceGroup>> = Object.freeze({
  byCaseType: referenceByCaseType,
  byProduct: referenceByProduct,
  byDomain: referenceByDomain,
  zrmGrowth: referenceZrmGrowth,
  byComplexity: referenceByComplexity,
  byCloseReason: referenceByCloseReason,
  byRating: referenceByRating,
  byReferrer: referenceByReferrer,
  byAgeBand: referenceByAgeBand,
  byTeam: referenceByTeam,
  byMonth: referenceByMonth,
  activities: referenceActivities,
});
