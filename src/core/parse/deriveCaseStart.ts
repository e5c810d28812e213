import type { ColumnMapping } from "../mapping/columnMapping";
import { FieldBit, type DayColumn } from "../types";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/** The date columns and mask of the case table under construction (see {@link StartChecks}). */
export type CaseDates = Pick<
  StartChecks,
  "src" | "registeredOn" | "intakeOn" | "startedOn" | "closedOn" | "invalid"
>;

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
  const closedColumn = mapping.fields.closedOn;
  const intakeColumn = mapping.fields.intakeOn;
  const checks = new StartChecks(
    dates,
    start,
    issues,
    mapping.fields.startedOn !== undefined || mapping.fields.registeredOn !== undefined,
    closedColumn?.column ?? -1,
    closedColumn?.header ?? "",
    intakeColumn?.column ?? -1,
    intakeColumn?.header ?? ""
  );
  const n = dates.src.length;
  // In chunks, so that the loops are called often enough to be optimised as functions.
  for (let from = 0; from < n; from += CHUNK) {
    const to = Math.min(n, from + CHUNK);
    deriveStarts(checks, from, to);
    if (checks.intakeColumn >= 0) checkIntakes(checks, from, to);
  }
  return start;
}

/** Rows per call of {@link deriveStarts} and {@link checkIntakes}. */
const CHUNK = 16384;

/** What the loops read: the date columns, where the start goes and the mapping's headers. */
class StartChecks {
  readonly src: Int32Array;
  readonly registeredOn: DayColumn;
  readonly intakeOn: DayColumn;
  readonly startedOn: DayColumn;
  readonly closedOn: DayColumn;
  readonly invalid: Uint32Array;

  constructor(
    dates: CaseDates,
    readonly start: DayColumn,
    readonly issues: IssueCollector,
    readonly hasStartColumn: boolean,
    readonly closedColumn: number,
    readonly closedHeader: string,
    readonly intakeColumn: number,
    readonly intakeHeader: string
  ) {
    this.src = dates.src;
    this.registeredOn = dates.registeredOn;
    this.intakeOn = dates.intakeOn;
    this.startedOn = dates.startedOn;
    this.closedOn = dates.closedOn;
    this.invalid = dates.invalid;
  }
}

/** The start of cases [from, to), and closedOn against it. */
function deriveStarts(checks: StartChecks, from: number, to: number): void {
  const { src, registeredOn, startedOn, closedOn, invalid, start, hasStartColumn } = checks;
  const { closedColumn } = checks;
  for (let k = from; k < to; k++) {
    const mask = invalid[k]!;
    let day: number;
    let startInvalid: boolean;
    if (startedOn[k] !== startedOn[k] && (mask & FieldBit.startedOn) === 0) {
      day = registeredOn[k]!;
      startInvalid = (mask & FieldBit.registeredOn) !== 0;
    } else {
      day = startedOn[k]!;
      startInvalid = (mask & FieldBit.startedOn) !== 0;
    }
    start[k] = day;
    if (startInvalid) {
      invalid[k] = mask | FieldBit.start;
      continue;
    }
    if (day !== day) {
      if (hasStartColumn)
        checks.issues.add("MISSING_VALUE", "warning", src[k]!, -1, "", MESSAGES.missingStart());
      continue;
    }
    const closed = closedOn[k]!;
    if (closedColumn >= 0 && closed < day && (mask & FieldBit.closedOn) === 0) {
      invalid[k]! |= FieldBit.closedOn;
      checks.issues.add(
        "CLOSED_BEFORE_START",
        "error",
        src[k]!,
        closedColumn,
        checks.closedHeader,
        MESSAGES.closedBeforeStart(closed, day)
      );
    }
  }
}

/** intakeOn against registeredOn for cases [from, to). */
function checkIntakes(checks: StartChecks, from: number, to: number): void {
  const { src, registeredOn, intakeOn, invalid } = checks;
  for (let k = from; k < to; k++) {
    const intake = intakeOn[k]!;
    const registered = registeredOn[k]!;
    if (intake < registered && (invalid[k]! & (FieldBit.intakeOn | FieldBit.registeredOn)) === 0) {
      invalid[k]! |= FieldBit.intakeOn;
      checks.issues.add(
        "INTAKE_BEFORE_REGISTRATION",
        "error",
        src[k]!,
        checks.intakeColumn,
        checks.intakeHeader,
        MESSAGES.intakeBeforeRegistration(intake, registered)
      );
    }
  }
}
