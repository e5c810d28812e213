/**
 * A whole dataset as plain, readable objects: the input of the reference computations.
 *
 * @module
 */
import type { Dataset, Day } from "../types";
import { caseRecords, type CaseRecord } from "./caseRecords";

/** One ZRM score row as plain data; `caseIndex` is the case's index in the case table, or -1. */
export interface ZrmRecord {
  readonly caseIndex: number;
  /** The domain's display name. */
  readonly domain: string;
  readonly beginScore: number | null;
  readonly endScore: number | null;
  readonly goalScore: number | null;
}

/** One meeting of a collective activity as plain data. */
export interface ActivityRecord {
  /** The activity's id (its number, else its name); null when both are empty. */
  readonly activityId: string | null;
  readonly category: string | null;
  /** The activity's target group (doelgroep); null when empty or not in the export. */
  readonly targetGroup: string | null;
  readonly date: Day | null;
  readonly participants: number | null;
}

/** The dataset as plain data; an optional table that was not given is undefined. */
export interface ReferenceData {
  readonly cases: readonly CaseRecord[];
  readonly zrm?: readonly ZrmRecord[];
  readonly activities?: readonly ActivityRecord[];
  /** The date of each complaint (null when empty or unusable). */
  readonly complaints?: readonly (Day | null)[];
}

const finite = (value: number | undefined): number | null =>
  value !== undefined && Number.isFinite(value) ? value : null;

/**
 * Turns a parsed dataset into plain records. Slow and simple, for the reference computations
 * and tests only.
 *
 * @param dataset - The parsed dataset.
 * @returns The same data as arrays of plain objects.
 * @example
 * referenceData(dataset).cases.filter((c) => c.caseType === "IT").length; //=> 412
 */
export function referenceData(dataset: Dataset): ReferenceData {
  const { zrm, activities, complaints } = dataset;
  const domainLabels = dataset.cases.domainLabels;
  return {
    cases: caseRecords(dataset.cases),
    zrm:
      zrm &&
      Array.from({ length: zrm.size }, (_, i) => ({
        caseIndex: zrm.caseIndex[i] as number,
        domain: domainLabels[zrm.domainCode[i] as number] as string,
        beginScore: finite(zrm.beginScore[i]),
        endScore: finite(zrm.endScore[i]),
        goalScore: finite(zrm.goalScore[i]),
      })),
    activities:
      activities &&
      Array.from({ length: activities.size }, (_, i) => {
        const key = activities.activityKey[i] as number;
        const code = activities.category.codes[i] as number;
        const group = activities.targetGroup.codes[i] as number;
        return {
          activityId: key < 0 ? null : (activities.activityIds[key] as string),
          category: code < 0 ? null : (activities.category.labels[code] as string),
          targetGroup: group < 0 ? null : (activities.targetGroup.labels[group] as string),
          date: finite(activities.date[i]),
          participants: finite(activities.participants[i]),
        };
      }),
    complaints: complaints && Array.from(complaints.date, (date) => finite(date)),
  };
}
