/**
 * @module
 */
import type { ColumnMapping } from "../mapping/columnMapping";
import { findFieldDefinition } from "../mapping/fieldDefinitions";
import { columnLetters } from "../text/columnLetters";
import { normalizeKey } from "../text/normalizeKey";
import type { DataIssue, TableName } from "../types";
import { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/**
 * A DUPLICATE_HEADER warning at the header row for every column whose header is, but for
 * case, spaces, punctuation and diacritics, the header of a column a field reads: a field reads
 * the first such column (the mapping and `--kolom` find a header by its text), so the other's
 * values count nowhere, and without a word the user would not know which one was counted.
 *
 * @param mapping - the table's mapping (its headers and the fields' columns)
 * @param table - which table
 * @param sheetRowOffset - sheet row number of `rows[0]` (default 1)
 * @returns the warnings, in column order (none when no mapped header repeats)
 * @example
 * duplicateHeaderIssues(proposeMapping([["Casusnummer", "Startdatum", "Startdatum"]], "cases"), "cases");
 * //=> [{ code: "DUPLICATE_HEADER", row: 1, column: "Startdatum", message: 'Casussen, rij 1, kolom "Startdatum": de kopregel heeft deze kop ook in kolom B, …' }]
 */
export function duplicateHeaderIssues(
  mapping: ColumnMapping,
  table: TableName,
  sheetRowOffset = 1
): DataIssue[] {
  const read = new Map<string, { column: number; label: string }>();
  for (const [field, mapped] of Object.entries(mapping.fields)) {
    const key = mapped === undefined ? "" : normalizeKey(mapped.header);
    if (mapped === undefined || key === "" || read.has(key)) continue;
    read.set(key, {
      column: mapped.column,
      label: findFieldDefinition(table, field)?.label ?? field,
    });
  }
  const issues = new IssueCollector(table, sheetRowOffset);
  mapping.headers.forEach((header, column) => {
    const used = read.get(normalizeKey(header));
    if (used === undefined || used.column === column) return;
    issues.add(
      "DUPLICATE_HEADER",
      "warning",
      mapping.headerRowIndex,
      column,
      header,
      MESSAGES.duplicateHeader(columnLetters(used.column), used.label, columnLetters(column))
    );
  });
  return issues.issues();
}
