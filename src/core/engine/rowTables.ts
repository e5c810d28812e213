/**
 * The rows of another table a measure can count instead of cases: each table with the case
 * each row belongs to and the date of each row, and the values of its rows. Like the case
 * vocabularies, each value has a plain rule ({@link zrmRowValue}, over one plain record) and a
 * column version ({@link rowValueColumn}).
 *
 * @module
 */
import type { ZrmRecord } from "../measures/referenceData";
import { FieldBit, type Dataset, type DayColumn } from "../types";

/**
 * - `complaints`: the complaints, each with its date, belonging to no case;
 * - `activities`: the meetings of the collective activities, each with its date, belonging to
 *   no case;
 * - `zrmPairs`: the (case, main domain) pairs of the ZRM table: a ZRM row makes a pair when its
 *   case is known, the case's main-domain cell is usable and the row's domain is one of the
 *   case's main domains; several rows for the same case and domain make one pair.
 */
export type RowTableId = "complaints" | "activities" | "zrmPairs";

/**
 * The values of rows:
 * - `goalReached` (zrmPairs): 1 when the end score reached the goal score, 0 when not, none
 *   without both scores;
 * - `zrmGrowth` (zrmPairs): end score − begin score, none without both;
 * - `zrmEndScore` (zrmPairs): the end score, none without one;
 * - `participants` (activities): the meeting's number of participants, none when empty or
 *   not a whole number of 0 or more.
 * A pair takes the value of its first ZRM row (in table order) that has one.
 */
export type RowValueId = "goalReached" | "zrmGrowth" | "zrmEndScore" | "participants";

/** The table whose rows each value is of. */
export const ROW_VALUE_TABLE: Readonly<Record<RowValueId, RowTableId>> = {
  goalReached: "zrmPairs",
  zrmGrowth: "zrmPairs",
  zrmEndScore: "zrmPairs",
  participants: "activities",
};

/**
 * A key of rows that a `distinct` measure counts once: `activity` (activities), the activity
 * (traject) a meeting belongs to, none for a meeting without an activity id or name.
 */
export type RowKeyId = "activity";

/** The table whose rows each key is of. */
export const ROW_KEY_TABLE: Readonly<Record<RowKeyId, RowTableId>> = { activity: "activities" };

/** The rows of a table, as a measure sees them. */
export interface RowTable {
  readonly size: number;
  /** Per row the index of its case in the case table (-1 for none); null: rows of no case. */
  readonly caseOf: Int32Array | null;
  /** Per row its date (NaN when empty or unusable); null: the rows have no date. */
  readonly date: DayColumn | null;
}

/** The (case, main domain) pairs of the ZRM table. */
export interface ZrmPairs extends RowTable {
  readonly caseOf: Int32Array;
  /** Per pair its domain (a code of the case table's `domainLabels`). */
  readonly domain: Int32Array;
  /** Per ZRM row its pair, -1 for a row that makes none. */
  readonly pairOfRow: Int32Array;
}

/**
 * The rows of a table of the dataset.
 *
 * @param dataset - The dataset.
 * @param id - The table.
 * @returns The rows, or null when the dataset does not have the table.
 * @example
 * rowTable(dataset, "complaints")?.size; //=> 12
 */
export function rowTable(dataset: Dataset, id: RowTableId): RowTable | null {
  switch (id) {
    case "complaints":
      return dataset.complaints === undefined
        ? null
        : { size: dataset.complaints.size, caseOf: null, date: dataset.complaints.date };
    case "activities":
      return dataset.activities === undefined
        ? null
        : { size: dataset.activities.size, caseOf: null, date: dataset.activities.date };
    case "zrmPairs":
      return zrmPairs(dataset);
  }
}

/**
 * A key of every row of its table ({@link ROW_KEY_TABLE}), -1 for none, with the number of
 * different keys.
 *
 * @param dataset - The dataset.
 * @param id - The key.
 * @returns The keys, or null when the dataset does not have the table.
 * @example
 * rowKeyColumn(dataset, "activity")?.count; //=> 15 (the activities of the export)
 */
export function rowKeyColumn(
  dataset: Dataset,
  id: RowKeyId
): { readonly keys: Int32Array; readonly count: number } | null {
  const activities = dataset.activities;
  if (id !== "activity" || activities === undefined) return null;
  return { keys: activities.activityKey, count: activities.activityIds.length };
}

/**
 * The (case, main domain) pairs of the ZRM table (see {@link RowTableId}), in the order of
 * their first row.
 *
 * @param dataset - The dataset.
 * @returns The pairs, or null without a ZRM table.
 * @example
 * zrmPairs(dataset)?.size; //=> 1840
 */
export function zrmPairs(dataset: Dataset): ZrmPairs | null {
  const zrm = dataset.zrm;
  if (zrm === undefined) return null;
  const cases = dataset.cases;
  const { domainStart, domainCodes, invalid } = cases;
  const pairOfRow = new Int32Array(zrm.size).fill(-1);
  const pairOfKey = new Map<number, number>();
  const caseOf: number[] = [];
  const domain: number[] = [];
  const domainCount = cases.domainLabels.length;
  const domainsBit = FieldBit.mainDomains;
  for (let r = 0; r < zrm.size; r++) {
    const c = zrm.caseIndex[r] as number;
    const code = zrm.domainCode[r] as number;
    if (c < 0 || code < 0 || ((invalid[c] as number) & domainsBit) !== 0) continue;
    let own = false;
    for (let m = domainStart[c] as number; m < (domainStart[c + 1] as number); m++)
      if (domainCodes[m] === code) own = true;
    if (!own) continue;
    const key = c * domainCount + code;
    let pair = pairOfKey.get(key);
    if (pair === undefined) {
      pair = caseOf.length;
      pairOfKey.set(key, pair);
      caseOf.push(c);
      domain.push(code);
    }
    pairOfRow[r] = pair;
  }
  return {
    size: caseOf.length,
    caseOf: Int32Array.from(caseOf),
    date: null,
    domain: Int32Array.from(domain),
    pairOfRow,
  };
}

/**
 * The plain rule: the value of one ZRM row (a meeting's participants are its own number,
 * `ActivityRecord.participants`).
 *
 * @param id - The value.
 * @param row - The ZRM row.
 * @returns The value, or null when the row has none.
 * @example
 * zrmRowValue("zrmGrowth", { ...row, beginScore: 2, endScore: 4 }); //=> 2
 */
export function zrmRowValue(
  id: Exclude<RowValueId, "participants">,
  row: ZrmRecord
): number | null {
  switch (id) {
    case "goalReached":
      return row.goalScore === null || row.endScore === null
        ? null
        : +(row.endScore >= row.goalScore);
    case "zrmGrowth":
      return row.beginScore === null || row.endScore === null
        ? null
        : row.endScore - row.beginScore;
    case "zrmEndScore":
      return row.endScore;
  }
}

/**
 * The column version of {@link zrmRowValue} per row of a row table: a pair takes the value of
 * its first ZRM row that has one (NaN when none has); a meeting its participants (NaN when
 * empty or unusable).
 *
 * @param dataset - The dataset.
 * @param rows - The rows of the value's table ({@link ROW_VALUE_TABLE}).
 * @param id - The value.
 * @returns One value per row.
 * @example
 * rowValueColumn(dataset, zrmPairs(dataset)!, "goalReached")[0]; //=> 1, 0 or NaN
 */
export function rowValueColumn(dataset: Dataset, rows: RowTable, id: RowValueId): Float64Array {
  if (id === "participants") return dataset.activities?.participants ?? new Float64Array(0);
  const out = new Float64Array(rows.size).fill(NaN);
  const zrm = dataset.zrm;
  if (zrm === undefined || !("pairOfRow" in rows)) return out;
  const { pairOfRow } = rows as ZrmPairs;
  const { beginScore, endScore, goalScore } = zrm;
  for (let r = 0; r < zrm.size; r++) {
    const pair = pairOfRow[r] as number;
    if (pair < 0 || !Number.isNaN(out[pair] as number)) continue;
    const end = endScore[r] as number;
    // The end score alone, or with the score it is compared with (the end score stands in).
    const other = (
      id === "goalReached" ? goalScore[r] : id === "zrmGrowth" ? beginScore[r] : end
    ) as number;
    // An empty or unusable score is not finite: the row has no value.
    if (!Number.isFinite(end) || !Number.isFinite(other)) continue;
    out[pair] = id === "goalReached" ? +(end >= other) : id === "zrmGrowth" ? end - other : end;
  }
  return out;
}
