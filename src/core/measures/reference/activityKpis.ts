/**
 * Reference computations of the KPIs over the meetings of the collective activities: plain
 * loops over plain records, the readable definitions the engine's rules are tested against.
 * Meetings belong to no case: case filters do not apply (the registry gives no value under a
 * filter). Without an activities table there is no value.
 *
 * @module
 */
import { countResult, UNAVAILABLE, type KpiResult } from "../../kpis/kpiResult";
import type { Period } from "../../types";
import type { ActivityRecord, ReferenceData } from "../referenceData";
import { isInPeriod } from "./caseMemberships";

/** The meetings with a usable date in the period, or null without an activities table. */
function meetingsIn(data: ReferenceData, period: Period): ActivityRecord[] | null {
  return data.activities?.filter((a) => isInPeriod(a.date, period)) ?? null;
}

/**
 * Aantal collectieve trajecten: the different activities with a meeting in the period (a
 * meeting without an activity id or name does not make one).
 *
 * @example
 * referenceCollectiveTrajects(data, q1) // { value: 12, n: 12 }
 */
export function referenceCollectiveTrajects(data: ReferenceData, period: Period): KpiResult {
  const meetings = meetingsIn(data, period);
  if (meetings === null) return UNAVAILABLE;
  const ids = new Set(meetings.flatMap((a) => (a.activityId === null ? [] : [a.activityId])));
  return countResult(ids.size);
}

/**
 * Aantal bijeenkomsten: the meetings in the period.
 *
 * @example
 * referenceMeetings(data, q1) // { value: 148, n: 148 }
 */
export function referenceMeetings(data: ReferenceData, period: Period): KpiResult {
  const meetings = meetingsIn(data, period);
  return meetings === null ? UNAVAILABLE : countResult(meetings.length);
}

/**
 * Aantal deelnemers: the participants of the meetings in the period added up (a person at two
 * meetings counts twice); null ("n.v.t.") when no meeting has a number, n = the meetings with one.
 *
 * @example
 * referenceParticipants(data, q1) // { value: 1480, n: 140 }
 */
export function referenceParticipants(data: ReferenceData, period: Period): KpiResult {
  const meetings = meetingsIn(data, period);
  if (meetings === null) return UNAVAILABLE;
  const numbers = meetings.flatMap((a) => (a.participants === null ? [] : [a.participants]));
  return {
    value: numbers.length === 0 ? null : numbers.reduce((sum, p) => sum + p, 0),
    n: numbers.length,
  };
}
