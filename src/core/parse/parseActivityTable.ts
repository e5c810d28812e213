import { MappingError } from "../errors";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredFields } from "../mapping/listFields";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import { StringInterner } from "../text/StringInterner";
import type { ActivityTable } from "../types";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryInterner } from "./CategoryInterner";
import { CountCellReader } from "./CountCellReader";
import { DateCellReader } from "./DateCellReader";
import { resolveEarliestDate } from "./earliestDate";
import { IdCellReader } from "./IdCellReader";
import { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import { isDataRow } from "./scanRows";
import type { CellRows, ParseOptions, ParseResult } from "./types";

/**
 * Reads the activities table: one row per meeting (bijeenkomst) of a collective activity
 * (SPEC §2). Empty rows are skipped, totals rows skipped with TOTAL_ROW; every other row
 * is a meeting. Its activity key is the activityId, else the activityName (interned in
 * one space: an id and a name written the same are one activity); neither → MISSING_VALUE
 * warning and key -1 (the meeting still counts as a meeting). An empty date is
 * MISSING_VALUE, an unreadable one INVALID_DATE or ERROR_VALUE, one after `asOf`
 * FUTURE_DATE, one before `earliestDate` (a placeholder such as 1-1-1900) EARLY_DATE: the
 * date becomes NaN, so the meeting counts in no period. Participants are a count (see
 * `CountCellReader`: "1.200" is 1200) and may be empty (NaN); a fraction, a negative or an
 * unreadable number → NaN with INVALID_NUMBER: the meeting still counts, its participants
 * are not summed. Category and target group (doelgroep) are categories.
 *
 * @param rows - The sheet's cells, header row included.
 * @param mapping - An activities mapping with date and activityId or activityName.
 * @param options - `asOf`, `earliestDate` and the sheet row of `rows[0]`.
 * @returns The table and its issues.
 * @throws {MappingError} When the mapping is not for activities or misses a required field.
 * @example
 * const { table } = parseActivityTable(rows, proposeMapping(rows, 'activities'));
 */
export function parseActivityTable(
  rows: CellRows,
  mapping: ColumnMapping,
  options: ParseOptions = {}
): ParseResult<ActivityTable> {
  if (mapping.table !== "activities")
    throw new MappingError(wrongTableMessage("activities", mapping.table));
  const missing = missingRequiredFields(mapping);
  const dateColumn = mapping.fields.date;
  if (missing.length > 0 || dateColumn === undefined)
    throw new MappingError(missingRequiredMessage("activities", missing));
  const issues = new IssueCollector("activities", options.sheetRowOffset ?? 1);
  const firstRow = mapping.headerRowIndex + 1;
  const capacity = Math.max(0, rows.length - firstRow);
  const asOf = options.asOf !== undefined && !Number.isNaN(options.asOf) ? options.asOf : Infinity;
  const earliest = resolveEarliestDate(options.earliestDate);

  const activityKey = new Int32Array(capacity).fill(-1);
  const activities = new StringInterner();
  const idReader = (field: "activityId" | "activityName"): IdCellReader | undefined => {
    const mapped = mapping.fields[field];
    return (
      mapped &&
      new IdCellReader(
        { column: mapped.column, header: mapped.header, consequence: CONSEQUENCES.meeting },
        issues,
        activityKey,
        activities
      )
    );
  };
  const activityId = idReader("activityId");
  const activityName = idReader("activityName");
  const categoryReader = (field: "category" | "targetGroup"): CategoryCellReader | undefined => {
    const mapped = mapping.fields[field];
    return (
      mapped &&
      new CategoryCellReader(
        { column: mapped.column, header: mapped.header, consequence: CONSEQUENCES.meeting },
        issues,
        new Int32Array(capacity),
        new CategoryInterner()
      )
    );
  };
  const category = categoryReader("category");
  const targetGroup = categoryReader("targetGroup");
  const date = new DateCellReader(
    { column: dateColumn.column, header: dateColumn.header, consequence: CONSEQUENCES.meeting },
    issues,
    new Float32Array(capacity),
    asOf,
    earliest,
    MESSAGES.missingMeetingDate()
  );
  const participantsColumn = mapping.fields.participants;
  const participants =
    participantsColumn &&
    new CountCellReader(
      {
        column: participantsColumn.column,
        header: participantsColumn.header,
        consequence: CONSEQUENCES.participants,
      },
      issues,
      new Float64Array(capacity)
    );

  const src = new Int32Array(capacity);
  let n = 0;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (!isDataRow(row, r, issues, options.fieldLimit)) continue;
    const k = n++;
    src[k] = r;
    let key = activityId ? activityId.read(row[activityId.column], k, r) : -1;
    if (key < 0 && activityName) key = activityName.read(row[activityName.column], k, r);
    if (key < 0) issues.add("MISSING_VALUE", "warning", r, -1, "", MESSAGES.missingActivity());
    if (category) category.read(row[category.column], k, r);
    if (targetGroup) targetGroup.read(row[targetGroup.column], k, r);
    date.read(row[date.column], k, r);
    if (participants) participants.read(row[participants.column], k, r);
  }
  const table: ActivityTable = {
    size: n,
    sheetRow: src.subarray(0, n).map((r) => issues.sheetRow(r)),
    activityKey: activityKey.subarray(0, n),
    activityIds: activities.texts,
    category: category ? category.result(n) : { codes: new Int32Array(n).fill(-1), labels: [] },
    targetGroup: targetGroup
      ? targetGroup.result(n)
      : { codes: new Int32Array(n).fill(-1), labels: [] },
    date: date.out.subarray(0, n),
    participants: participants ? participants.out.subarray(0, n) : new Float64Array(n).fill(NaN),
  };
  return { table, issues: issues.issues() };
}
