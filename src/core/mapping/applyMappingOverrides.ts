import { MappingError } from "../errors";
import { normalizeKey } from "../text/normalizeKey";
import type { TableName } from "../types";
import type { ColumnMapping, MappedColumn } from "./columnMapping";
import { findFieldByName } from "./findFieldByName";
import { unknownFieldMessage, unknownHeaderMessage } from "./mappingMessages";

/** Resolves an override's field: the field name (any case) or its Dutch label. */
function resolveField(table: TableName, name: string): string {
  const definition = findFieldByName(table, name);
  if (definition === undefined) throw new MappingError(unknownFieldMessage(table, name.trim()));
  return definition.field;
}

/** Resolves a header text to its column: an exact match first, then insensitive to case, spaces and punctuation. */
function resolveColumn(mapping: ColumnMapping, field: string, header: string): MappedColumn {
  let column = mapping.headers.indexOf(header);
  if (column < 0) {
    const key = normalizeKey(header);
    column = key === "" ? -1 : mapping.headers.findIndex((text) => normalizeKey(text) === key);
  }
  if (column < 0)
    throw new MappingError(unknownHeaderMessage(mapping.table, field, header, mapping.headers));
  return { column, header: mapping.headers[column] ?? header, confidence: "high" };
}

/**
 * Applies the user's corrections to a mapping: `field=Header` pairs, as the CLI's
 * `--kolom` and the task pane give them. The field is a field name (any case) or its Dutch
 * label; the header is matched exactly, else insensitive to case, spaces and
 * punctuation. For cases, `mainDomains` takes several headers separated by `,`. An empty
 * header unmaps the field. A column moved to a field is taken away from the field that
 * had it. Overrides are applied in order; the input mapping is not changed.
 *
 * @param mapping - The mapping to correct.
 * @param overrides - Field → header text.
 * @returns The corrected mapping; overridden columns have confidence `high`.
 * @throws {MappingError} For an unknown field or a header that is not in the header row
 *   (Dutch message listing what is available).
 * @example
 * applyMappingOverrides(mapping, { closedOn: 'Datum einde', mainDomains: 'Domein 1, Domein 2' });
 */
export function applyMappingOverrides(
  mapping: ColumnMapping,
  overrides: Readonly<Record<string, string>>
): ColumnMapping {
  const fields: Record<string, MappedColumn> = {};
  for (const [field, mapped] of Object.entries(mapping.fields)) if (mapped) fields[field] = mapped;
  let domainColumns = [...mapping.domainColumns];
  const isDomainList = (field: string): boolean =>
    mapping.table === "cases" && field === "mainDomains";

  for (const [rawField, rawHeader] of Object.entries(overrides)) {
    const field = resolveField(mapping.table, rawField);
    const header = String(rawHeader ?? "").trim();
    const texts = isDomainList(field)
      ? header
          .split(",")
          .map((text) => text.trim())
          .filter((text) => text !== "")
      : header === ""
        ? []
        : [header];
    const columns = texts.map((text) => resolveColumn(mapping, field, text));
    const taken = new Set(columns.map((column) => column.column));
    for (const [other, mapped] of Object.entries(fields))
      if (taken.has(mapped.column)) delete fields[other];
    domainColumns = domainColumns.filter((column) => !taken.has(column.column));
    if (isDomainList(field)) {
      domainColumns = columns;
    } else {
      delete fields[field];
      const [column] = columns;
      if (column) fields[field] = column;
    }
  }

  domainColumns.sort((a, b) => a.column - b.column);
  const used = new Set([
    ...Object.values(fields).map((mapped) => mapped.column),
    ...domainColumns.map((mapped) => mapped.column),
  ]);
  const unmapped = mapping.headers
    .map((header, column) => ({ column, header }))
    .filter(({ column, header }) => header !== "" && !used.has(column));
  return { ...mapping, fields, domainColumns, unmapped };
}
