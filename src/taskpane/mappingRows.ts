/**
 * What the mapping step shows per field (pure): the column chosen, how sure the
 * auto-mapper was, and three sample values from the data.
 *
 * @module
 */
import { cellToDay, cellToText, dayToText, isValidDay } from "../core";
import type { CellValue, ColumnMapping, FieldDefinition, MappingConfidence } from "../core";
import { SAMPLE_ROWS } from "../excel/previewSource";

/** How a field came to its column. */
export type FieldStatus = MappingConfidence | "override" | "unmapped";

/** One line of the mapping step. */
export interface MappingRow {
  readonly field: string;
  readonly label: string;
  readonly required: boolean;
  /** The header chosen ('' when none); for main domains a comma-separated list. */
  readonly header: string;
  readonly status: FieldStatus;
  readonly samples: readonly string[];
}

/** The mark and its Dutch meaning per status. */
export const STATUS_MARKS: Readonly<
  Record<FieldStatus, { readonly mark: string; readonly text: string }>
> = {
  high: { mark: "✓", text: "zeker herkend" },
  medium: { mark: "≈", text: "waarschijnlijk goed" },
  low: { mark: "?", text: "onzeker: controleer" },
  override: { mark: "✎", text: "door u gekozen" },
  unmapped: { mark: "–", text: "niet gekoppeld" },
};

/**
 * The rows of the mapping step for a table.
 *
 * @param fields - the table's fields (`listFields(table)`)
 * @param mapping - the mapping in use (proposal plus overrides)
 * @param overrides - the user's overrides (field → header)
 * @param rows - the table's first rows (`PREVIEW_ROWS` of them are enough)
 * @returns one row per field
 */
export function mappingRows(
  fields: readonly FieldDefinition[],
  mapping: ColumnMapping,
  overrides: Readonly<Record<string, string>>,
  rows: readonly (readonly CellValue[])[]
): MappingRow[] {
  return fields.map((definition) => {
    const isDomains = mapping.table === "cases" && definition.field === "mainDomains";
    const columns = isDomains
      ? mapping.domainColumns
      : mapping.fields[definition.field]
        ? [mapping.fields[definition.field]!]
        : [];
    const overridden =
      Object.prototype.hasOwnProperty.call(overrides, definition.field) && columns.length > 0;
    const first = columns[0];
    return {
      field: definition.field,
      label: definition.label,
      required: definition.required,
      header: columns.map((c) => c.header).join(", "),
      status: !first ? "unmapped" : overridden ? "override" : first.confidence,
      samples: first
        ? sampleValues(rows, mapping.headerRowIndex, first.column, definition.kind === "date")
        : [],
    };
  });
}

/**
 * The first three distinct non-empty values below the header row in a column, as a user
 * reads them (date serials as d-m-yyyy for date fields).
 *
 * @param rows - the table's cells
 * @param headerRowIndex - the header row
 * @param column - the column
 * @param isDate - show numbers as dates
 * @param count - how many values (default 3)
 * @returns the sample texts
 *
 * @example
 * sampleValues([['Start'], [45292], [45300]], 0, 0, true) // ['1-1-2024', '9-1-2024']
 */
export function sampleValues(
  rows: readonly (readonly CellValue[])[],
  headerRowIndex: number,
  column: number,
  isDate: boolean,
  count = 3
): string[] {
  const seen = new Set<string>();
  for (
    let r = headerRowIndex + 1;
    r < rows.length && seen.size < count && r < headerRowIndex + SAMPLE_ROWS;
    r++
  ) {
    const value = rows[r]?.[column];
    let text = cellToText(value).trim();
    if (isDate && typeof value === "number") {
      const day = cellToDay(value);
      if (isValidDay(day)) text = dayToText(day);
    }
    if (text !== "") seen.add(text.length > 24 ? `${text.slice(0, 23)}…` : text);
  }
  return [...seen];
}
