/**
 * The reference computation of every scalar KPI of the registry, by KPI id.
 *
 * @module
 */
import {
  referenceActive,
  referenceClosed,
  referenceComplaints,
  referenceHelpQuestions,
  referenceInfoAdvice,
  referenceOpenAtEnd,
  referenceRegistrations,
  referenceStarted,
  referenceUniqueClients,
} from "./countKpis";
import {
  referenceMeanDurationActive,
  referenceMeanDurationClosed,
  referenceMeanRating,
  referenceMeanWaitDays,
} from "./meanKpis";
import {
  referenceCanContinueAlonePct,
  referenceGoalReachedPct,
  referenceSelfReferralPct,
} from "./rateKpis";
import {
  referenceNewClientPct,
  referenceRecidive,
  referenceRecidivePct,
  referenceRecidivists,
} from "./recidiveKpis";
import type { ReferenceKpi } from "./referenceOptions";

/**
 * The plain reference computation of each scalar KPI (SPEC §4–§5), in the registry's order:
 * the definition the fast evaluator is checked against.
 *
 * @example
 * REFERENCE_KPIS.started(data, period, { recidive: DEFAULT_RECIDIVE_OPTIONS }) // { value: 9, n: 9 }
 */
export const REFERENCE_KPIS = Object.freeze({
  registrations: referenceRegistrations,
  infoAdvice: referenceInfoAdvice,
  meanWaitDays: referenceMeanWaitDays,
  started: referenceStarted,
  active: referenceActive,
  closed: referenceClosed,
  openAtEnd: referenceOpenAtEnd,
  meanDurationClosed: referenceMeanDurationClosed,
  meanDurationActive: referenceMeanDurationActive,
  uniqueClients: referenceUniqueClients,
  helpQuestions: referenceHelpQuestions,
  recidive: referenceRecidive,
  recidivePct: referenceRecidivePct,
  recidivists: referenceRecidivists,
  complaints: referenceComplaints,
  selfReferralPct: referenceSelfReferralPct,
  newClientPct: referenceNewClientPct,
  goalReachedPct: referenceGoalReachedPct,
  meanRating: referenceMeanRating,
  canContinueAlonePct: referenceCanContinueAlonePct,
} satisfies Record<string, ReferenceKpi>);

/** The id of a scalar KPI that has a reference computation. */
export type ReferenceKpiId = keyof typeof REFERENCE_KPIS;
