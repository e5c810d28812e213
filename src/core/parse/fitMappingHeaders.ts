import type { ColumnMapping, MappedColumn } from "../mapping/columnMapping";
import { CELL_TEXT_LIMIT, fitCellText } from "../text/fitCellText";
import type { DataIssue, TableName } from "../types";
import { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/** The longest header seen per column index (only those a cell cannot hold). */
function overlongHeaders(mapping: ColumnMapping): Map<number, number> {
  const found = new Map<number, number>();
  const note = (column: number, header: string): void => {
    if (header.length > CELL_TEXT_LIMIT)
      found.set(column, Math.max(found.get(column) ?? 0, header.length));
  };
  mapping.headers.forEach((header, column) => note(column, header));
  for (const mapped of Object.values(mapping.fields))
    if (mapped) note(mapped.column, mapped.header);
  for (const mapped of mapping.domainColumns) note(mapped.column, mapped.header);
  for (const other of mapping.unmapped) note(other.column, other.header);
  return found;
}

/**
 * A mapping whose column headers all fit an Excel cell: a header longer than 32,767
 * characters is cut to 32,766 and "…" (`fitCellText`) everywhere in the mapping, with one
 * TEXT_TRUNCATED warning at its cell in the header row. The issues and the stored mapping
 * then echo only headers a cell can hold. A mapping without such a header comes back as is.
 *
 * @param mapping - The mapping a table is read with.
 * @param table - Which table it maps.
 * @param sheetRowOffset - Sheet row number of `rows[0]` (default 1).
 * @returns The mapping with cut headers, and a warning per cut header (in column order).
 * @example
 * const { mapping, issues } = fitMappingHeaders(proposeMapping(rows, 'cases'), 'cases', 1);
 * // a 40,000-character header in column C, header row 1:
 * // issues[0].message === 'Casussen, rij 1, kolom "xxx…": de tekst is 40.000 tekens lang; een Excel-cel houdt er 32.767. De tekst is ingekort.'
 */
export function fitMappingHeaders(
  mapping: ColumnMapping,
  table: TableName,
  sheetRowOffset = 1
): { readonly mapping: ColumnMapping; readonly issues: DataIssue[] } {
  const overlong = overlongHeaders(mapping);
  if (overlong.size === 0) return { mapping, issues: [] };
  const fit = <T extends { readonly header: string }>(column: T): T => ({
    ...column,
    header: fitCellText(column.header),
  });
  const fields: Record<string, MappedColumn> = {};
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped) fields[field] = fit(mapped);
  const cut: ColumnMapping = {
    ...mapping,
    headers: mapping.headers.map(fitCellText),
    fields,
    domainColumns: mapping.domainColumns.map(fit),
    unmapped: mapping.unmapped.map(fit),
  };
  const issues = new IssueCollector(table, sheetRowOffset);
  for (const [column, length] of [...overlong].sort(([a], [b]) => a - b)) {
    const header =
      cut.headers[column] ??
      [...Object.values(cut.fields), ...cut.domainColumns, ...cut.unmapped].find(
        (mapped) => mapped?.column === column
      )?.header ??
      "";
    issues.add(
      "TEXT_TRUNCATED",
      "warning",
      mapping.headerRowIndex,
      column,
      header,
      MESSAGES.textTruncated(length)
    );
  }
  return { mapping: cut, issues: issues.issues() };
}
