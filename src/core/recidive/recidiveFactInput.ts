import {
  FieldBit,
  type CaseIdColumn,
  type CaseTable,
  type DayColumn,
  type RecidiveOptions,
} from "../types";

/**
 * What the recidive facts of a table are computed from ({@link computeRecidiveFacts}), as
 * plain data: typed arrays, numbers and strings, so that a structured clone can send it to
 * another thread (over a SharedArrayBuffer the columns are shared, not copied).
 */
export interface RecidiveFactInput {
  readonly size: number;
  /** Number of distinct client ids (clientKey runs from 0 to clientCount − 1, or is -1). */
  readonly clientCount: number;
  readonly clientKey: Int32Array;
  readonly invalid: Uint32Array;
  readonly closedOn: DayColumn;
  readonly domainStart: Int32Array;
  readonly domainCodes: Int32Array;
  /** The day that counts as the case's start for recidive (`start` or `registeredOn`). */
  readonly startDay: DayColumn;
  /** Invalid bits that keep a case out of recidive: its start's and the clientId's. */
  readonly eligibleBits: number;
  /** The case ids, for the tie between two previous cases closed and started the same day. */
  readonly caseIds: CaseIdColumn;
}

/**
 * The recidive start of a table for a start field (SPEC §5 `startField`).
 *
 * @param table - The case table.
 * @param startField - 'startedOn' (the case's `start`) or 'registeredOn'.
 * @returns The start day column and the invalid bits that make it unusable.
 * @example
 * recidiveStartOf(table, 'registeredOn').startDay === table.registeredOn; //=> true
 */
export function recidiveStartOf(
  table: Pick<CaseTable, "start" | "registeredOn">,
  startField: RecidiveOptions["startField"]
): { readonly startDay: DayColumn; readonly startBits: number } {
  return startField === "registeredOn"
    ? { startDay: table.registeredOn, startBits: FieldBit.registeredOn }
    : { startDay: table.start, startBits: FieldBit.start | FieldBit.startedOn };
}

/**
 * The input of {@link computeRecidiveFacts} for a table: its columns, shared, not copied. A
 * table without `caseIdColumn` (not made by the parser) gets one built from its `caseId`.
 *
 * @param table - The case table.
 * @param startField - The recidive start field.
 * @returns The input.
 * @example
 * computeRecidiveFacts(recidiveFactInput(table, 'startedOn'), new Int32Array(table.size));
 */
export function recidiveFactInput(
  table: CaseTable,
  startField: RecidiveOptions["startField"]
): RecidiveFactInput {
  const { startDay, startBits } = recidiveStartOf(table, startField);
  return {
    size: table.size,
    clientCount: table.clientCount ?? table.clientIds.length,
    clientKey: table.clientKey,
    invalid: table.invalid,
    closedOn: table.closedOn,
    domainStart: table.domainStart,
    domainCodes: table.domainCodes,
    startDay,
    eligibleBits: startBits | FieldBit.clientId,
    caseIds: table.caseIdColumn ? table.caseIdColumn() : textColumn(table.caseId),
  };
}

/**
 * The id of case `row` as text.
 *
 * @param ids - The case ids.
 * @param row - The case.
 * @returns The id.
 * @example
 * caseIdText({ values: Int32Array.of(7, -1), texts: ['C1'] }, 1); //=> 'C1'
 */
export function caseIdText(ids: CaseIdColumn, row: number): string {
  const value = ids.values[row] as number;
  return value >= 0 ? String(value) : (ids.texts[-1 - value] as string);
}

function textColumn(texts: readonly string[]): CaseIdColumn {
  const values = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) values[i] = -1 - i;
  return { values, texts };
}
