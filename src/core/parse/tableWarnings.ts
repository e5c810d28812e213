import type { ColumnMapping } from "../mapping/columnMapping";
import { findFieldDefinition } from "../mapping/fieldDefinitions";
import type { CaseField, CaseTable, DataIssue, TableName } from "../types";
import { FieldBit } from "../types";
import { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/** The case dates that place a case in a period (SPEC §4: registrations, starts, closes). */
const PERIOD_DATE_FIELDS: readonly CaseField[] = ["registeredOn", "startedOn", "closedOn"];

/** What a table's data rows are, for the empty-table warning. */
export interface ParsedTableShape {
  readonly size: number;
}

/**
 * Warnings about a table as a whole, at its header row (warnings: the report is still
 * made, with exit status 0):
 * - EMPTY_TABLE when it has no rows to count: only a header row ("bevat alleen een
 *   kopregel"), or rows that were all left out (their own issues say why);
 * - for the case table, NO_USABLE_DATES when none of registeredOn, startedOn and closedOn is
 *   mapped, or none of their cells holds a usable date (empty, invalid, after the export
 *   date or before the earliest date): every KPI of a period stays empty. The warning's
 *   column is the header when one date column is mapped, else ''.
 *
 * @param table - Which table.
 * @param filledRowBelowHeader - Whether a row below the header row has a filled cell (rows that
 *   were all left out, rather than only a header row).
 * @param mapping - Its mapping.
 * @param parsed - The parsed table (`size`; for cases the date columns and `invalid`).
 * @param sheetRowOffset - Sheet row of `rows[0]`; default 1.
 * @returns The warnings (none for a table with usable rows).
 * @example
 * tableWarnings('cases', false, mapping, { size: 0 });
 * //=> [{ code: 'EMPTY_TABLE', row: 1, message: 'Casussen, rij 1: de tabel Casussen bevat alleen een kopregel: …' }]
 */
export function tableWarnings(
  table: TableName,
  filledRowBelowHeader: boolean,
  mapping: ColumnMapping,
  parsed: ParsedTableShape | CaseTable,
  sheetRowOffset = 1
): DataIssue[] {
  const issues = new IssueCollector(table, sheetRowOffset);
  const headerRow = mapping.headerRowIndex;
  if (parsed.size === 0) {
    issues.add(
      "EMPTY_TABLE",
      "warning",
      headerRow,
      -1,
      "",
      MESSAGES.emptyTable(table, !filledRowBelowHeader)
    );
  } else if (table === "cases" && "registeredOn" in parsed && !hasPeriodDate(parsed)) {
    const mapped = PERIOD_DATE_FIELDS.flatMap((field) => mapping.fields[field] ?? []);
    const headers = mapped.map((column) => column.header);
    const labels = PERIOD_DATE_FIELDS.map(
      (field) => findFieldDefinition("cases", field)?.label ?? field
    );
    const only = mapped.length === 1 ? mapped[0] : undefined;
    issues.add(
      "NO_USABLE_DATES",
      "warning",
      headerRow,
      only?.column ?? -1,
      only?.header ?? "",
      MESSAGES.noUsableDates(headers, labels)
    );
  }
  return issues.issues();
}

/** Whether some case has a usable registeredOn, startedOn or closedOn. */
function hasPeriodDate(cases: CaseTable): boolean {
  for (const field of PERIOD_DATE_FIELDS) {
    const column = cases[field as "registeredOn" | "startedOn" | "closedOn"];
    const bit = FieldBit[field];
    for (let k = 0; k < cases.size; k++) {
      const day = column[k]!;
      if (day === day && (cases.invalid[k]! & bit) === 0) return true;
    }
  }
  return false;
}
