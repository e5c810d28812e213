/**
 * Every scalar KPI of the registry as a measure rule (until the registry entries hold them).
 *
 * @module
 */
import type { MeasureRule } from "./measureRule";
import type { ReferenceKpiId } from "../measures/reference";

/**
 * The rule of each scalar KPI, by KPI id.
 *
 * @example
 * evaluateMeasure(engine, KPI_RULES.closed, [period], undefined, null)[0].total; //=> { value: 274, n: 274 }
 */
export const KPI_RULES: Readonly<Record<ReferenceKpiId, MeasureRule>> = {
  registrations: { select: { cases: "registered", inputs: 0 }, aggregate: { kind: "count" } },
  infoAdvice: {
    select: [
      { cases: "started", where: "informationAdvice", inputs: 0 },
      { cases: "registered", where: "resolvedDirectly", inputs: 0 },
    ],
    aggregate: { kind: "count" },
  },
  meanWaitDays: {
    select: { cases: "intake", inputs: 0 },
    aggregate: { kind: "mean", value: "waitDays" },
  },
  started: { select: { cases: "started", inputs: 0 }, aggregate: { kind: "count" } },
  active: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "count" } },
  closed: { select: { cases: "closed", inputs: 0 }, aggregate: { kind: "count" } },
  openAtEnd: { select: { cases: "openAtEnd", inputs: 0 }, aggregate: { kind: "count" } },
  meanDurationClosed: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "closedDuration" },
  },
  meanDurationActive: {
    select: { cases: "active", inputs: 0 },
    aggregate: { kind: "mean", value: "activeDuration" },
  },
  uniqueClients: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "distinctClients" } },
  helpQuestions: {
    select: { cases: "active", inputs: 0 },
    aggregate: { kind: "sum", value: "domainCount" },
  },
  recidive: {
    select: { cases: "recidiveStart", where: "recidive", inputs: 0 },
    aggregate: { kind: "count" },
  },
  recidivePct: {
    select: { cases: "recidiveStart", inputs: 0 },
    aggregate: { kind: "share", where: "recidive" },
  },
  recidivists: {
    select: { cases: "recidiveStart", where: "recidive", inputs: 0 },
    aggregate: { kind: "distinctClients" },
  },
  complaints: { over: "complaints", select: "dateInPeriod", aggregate: { kind: "count" } },
  selfReferralPct: {
    select: { cases: "started", inputs: 0 },
    aggregate: { kind: "mean", value: "selfReferral" },
  },
  newClientPct: {
    select: { cases: "recidiveStart", where: "hasClient", inputs: 0 },
    aggregate: { kind: "share", where: "newClient" },
  },
  goalReachedPct: {
    over: "zrmPairs",
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "goalReached" },
  },
  meanRating: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "rating" },
  },
  canContinueAlonePct: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "continuesAlone" },
  },
};
