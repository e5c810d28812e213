import { FieldBit, type CaseTable } from "../types";
import { describeCategories, TallyBuilder } from "./groupTally";
import type { GroupContext, GroupTally } from "./groupTypes";
import { ScanBit } from "./periodScan";
import { DAY_FLOOR } from "./dayFloor";

const START_BITS = FieldBit.start | FieldBit.startedOn;

type CategoryField = "caseType" | "product" | "closeReason" | "referrer" | "team";

/**
 * Counts rows per category bucket: the category code, or `labels.length` ("Onbekend") when the
 * value is empty or invalid.
 */
function countByCategory(table: CaseTable, field: CategoryField, rows: Int32Array): Float64Array {
  const { codes, labels } = table[field];
  const invalid = table.invalid;
  const bit = FieldBit[field];
  const unknown = labels.length;
  const counts = new Float64Array(unknown + 1);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const code = codes[i] as number;
    const b = code < 0 || ((invalid[i] as number) & bit) !== 0 ? unknown : code;
    counts[b] = (counts[b] as number) + 1;
  }
  return counts;
}

/**
 * Adds (to - from) day differences per category bucket, skipping rows without a usable `from`:
 * sums and counts for a mean.
 */
function addDaysByCategory(
  table: CaseTable,
  field: CategoryField,
  rows: Int32Array,
  from: Float64Array,
  fromBits: number,
  to: Float64Array,
  builder: TallyBuilder,
  measure: number
): void {
  const { codes, labels } = table[field];
  const invalid = table.invalid;
  const bit = FieldBit[field];
  const unknown = labels.length;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const f = from[i] as number;
    const bad = invalid[i] as number;
    if (!(f >= DAY_FLOOR) || (bad & fromBits) !== 0) continue;
    const code = codes[i] as number;
    builder.add(measure, code < 0 || (bad & bit) !== 0 ? unknown : code, (to[i] as number) - f);
  }
}

function addCounts(builder: TallyBuilder, measure: number, counts: Float64Array): void {
  for (let b = 0; b < counts.length; b++) {
    if ((counts[b] as number) > 0) builder.countMany(measure, b, counts[b] as number);
  }
}

/**
 * byCaseType / byProduct (SPEC §4): per category, the active cases (measure 0) and the mean
 * duration of the cases closed in P (measure 1).
 *
 * @param field - 'caseType' or 'product'.
 * @returns The group calculation.
 * @example
 * tallyActiveAndDuration('caseType')(context).buckets[0] // { key: 'IT', sum: [531, 99468], n: [531, 354], ... }
 */
export function tallyActiveAndDuration(
  field: "caseType" | "product"
): (context: GroupContext) => GroupTally {
  return ({ kpi }) => {
    const { table, scan } = kpi;
    const labels = table[field].labels;
    const builder = new TallyBuilder(2, labels.length + 1);
    addCounts(builder, 0, countByCategory(table, field, scan.rows(ScanBit.active)));
    const closed = scan.rows(ScanBit.closed);
    addDaysByCategory(table, field, closed, table.start, START_BITS, table.closedOn, builder, 1);
    return builder.build(describeCategories(labels));
  };
}

/**
 * byCloseReason / byReferrer (SPEC §4): per category, the cases with one membership (closed,
 * started) in P.
 *
 * @param field - The category field.
 * @param membership - A {@link ScanBit}.
 * @returns The group calculation.
 * @example
 * tallyMembers('closeReason', ScanBit.closed)(context)
 */
export function tallyMembers(
  field: CategoryField,
  membership: number
): (context: GroupContext) => GroupTally {
  return ({ kpi }) => {
    const labels = kpi.table[field].labels;
    const builder = new TallyBuilder(1, labels.length + 1);
    addCounts(builder, 0, countByCategory(kpi.table, field, kpi.scan.rows(membership)));
    return builder.build(describeCategories(labels));
  };
}

/**
 * byTeam (SPEC §4): per team, started (0), active (1), closed (2) and the mean wait in days of
 * the cases with their intake in P (3).
 *
 * @param context - The group context.
 * @returns The tally.
 * @example
 * tallyByTeam(context).buckets.map((b) => b.label) // ['Noord', 'Zuid', 'Onbekend']
 */
export function tallyByTeam({ kpi }: GroupContext): GroupTally {
  const { table, scan } = kpi;
  const labels = table.team.labels;
  const builder = new TallyBuilder(4, labels.length + 1);
  addCounts(builder, 0, countByCategory(table, "team", scan.rows(ScanBit.started)));
  addCounts(builder, 1, countByCategory(table, "team", scan.rows(ScanBit.active)));
  addCounts(builder, 2, countByCategory(table, "team", scan.rows(ScanBit.closed)));
  const intake = scan.rows(ScanBit.intake);
  addDaysByCategory(
    table,
    "team",
    intake,
    table.registeredOn,
    FieldBit.registeredOn,
    table.intakeOn,
    builder,
    3
  );
  return builder.build(describeCategories(labels));
}
