import type { ColumnMapping } from "../mapping/columnMapping";
import { FieldBit, type DayColumn } from "../types";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

// Module constants as plain constants of this module: compiled to CommonJS (the command
// line), an imported or exported constant is read from a module object on every use, which
// costs measurably in the loops below.
const STARTED_ON_BIT = FieldBit.startedOn;
const REGISTERED_ON_BIT = FieldBit.registeredOn;
const INTAKE_ON_BIT = FieldBit.intakeOn;
const CLOSED_ON_BIT = FieldBit.closedOn;
const START_BIT = FieldBit.start;

/** The date columns and mask of the case table under construction. */
export interface CaseDates {
  readonly src: Int32Array;
  readonly registeredOn: DayColumn;
  readonly intakeOn: DayColumn;
  readonly startedOn: DayColumn;
  readonly closedOn: DayColumn;
  readonly invalid: Uint32Array;
}

/**
 * Derives each case's start (SPEC §4: startedOn, or registeredOn when startedOn is empty)
 * and checks the dates against each other:
 * - the `start` bit is set when the date it comes from is invalid;
 * - no start at all (both dates empty) → MISSING_VALUE warning, when either column is mapped;
 * - closedOn before the start → CLOSED_BEFORE_START, closedOn marked invalid;
 * - intakeOn before registeredOn → INTAKE_BEFORE_REGISTRATION, intakeOn marked invalid.
 * Values already marked invalid are not compared.
 *
 * @param dates - The parsed date columns and the invalid mask (updated in place).
 * @param mapping - The case mapping (for headers).
 * @param issues - Where problems go.
 * @param start - Where the start goes (as long as the columns; a new array when absent).
 * @returns The start column.
 * @example
 * const start = deriveCaseStart(dates, mapping, issues);
 */
export function deriveCaseStart(
  dates: CaseDates,
  mapping: ColumnMapping,
  issues: IssueCollector,
  start: DayColumn = new Float32Array(dates.src.length)
): DayColumn {
  const { src, registeredOn, intakeOn, startedOn, closedOn, invalid } = dates;
  const n = src.length;
  const closedColumn = mapping.fields.closedOn;
  const intakeColumn = mapping.fields.intakeOn;
  const hasStartColumn =
    mapping.fields.startedOn !== undefined || mapping.fields.registeredOn !== undefined;
  for (let k = 0; k < n; k++) {
    const mask = invalid[k]!;
    let day: number;
    let startInvalid: boolean;
    if (startedOn[k] !== startedOn[k] && (mask & STARTED_ON_BIT) === 0) {
      day = registeredOn[k]!;
      startInvalid = (mask & REGISTERED_ON_BIT) !== 0;
    } else {
      day = startedOn[k]!;
      startInvalid = (mask & STARTED_ON_BIT) !== 0;
    }
    start[k] = day;
    if (startInvalid) {
      invalid[k] = mask | START_BIT;
      continue;
    }
    if (day !== day) {
      if (hasStartColumn)
        issues.add("MISSING_VALUE", "warning", src[k]!, -1, "", MESSAGES.missingStart());
      continue;
    }
    const closed = closedOn[k]!;
    if (closedColumn && closed < day && (mask & CLOSED_ON_BIT) === 0) {
      invalid[k]! |= CLOSED_ON_BIT;
      issues.add(
        "CLOSED_BEFORE_START",
        "error",
        src[k]!,
        closedColumn.column,
        closedColumn.header,
        MESSAGES.closedBeforeStart(closed, day)
      );
    }
  }
  if (intakeColumn) {
    for (let k = 0; k < n; k++) {
      const intake = intakeOn[k]!;
      const registered = registeredOn[k]!;
      if (intake < registered && (invalid[k]! & (INTAKE_ON_BIT | REGISTERED_ON_BIT)) === 0) {
        invalid[k]! |= INTAKE_ON_BIT;
        issues.add(
          "INTAKE_BEFORE_REGISTRATION",
          "error",
          src[k]!,
          intakeColumn.column,
          intakeColumn.header,
          MESSAGES.intakeBeforeRegistration(intake, registered)
        );
      }
    }
  }
  return start;
}
