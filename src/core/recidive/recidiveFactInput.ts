import { FieldBit, type CaseTable, type DayColumn, type RecidiveOptions } from "../types";

/**
 * What the recidive facts of a table are computed from (`getRecidiveFacts`): the columns
 * they read, with the start field resolved to a start day and the bits that exclude a case.
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
  /** The id of case i as text, for the tie between two previous cases closed and started the same day. */
  readonly caseIdAt: (i: number) => string;
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
 * The recidive fact input of a table: its columns, shared, not copied. A table without
 * `caseIdAt` (not made by the parser) reads its ids from `caseId`.
 *
 * @param table - The case table.
 * @param startField - The recidive start field.
 * @returns The input.
 * @example
 * const input = recidiveFactInput(table, 'startedOn');
 * writeRecidiveFacts(input, groupCasesByClient(input), new Int32Array(table.size));
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
    caseIdAt: table.caseIdAt ?? ((i: number): string => table.caseId[i] as string),
  };
}
