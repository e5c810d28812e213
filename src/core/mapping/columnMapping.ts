import type { TableName } from "../types";

/** How sure the auto-mapper is: exact synonym, synonym inside the header (or vice versa), or a near miss. */
export type MappingConfidence = "high" | "medium" | "low";

/** A column chosen for a field. */
export interface MappedColumn {
  /** 0-based column index into the rows. */
  readonly column: number;
  /** The header text as it appears in the input (whitespace collapsed). */
  readonly header: string;
  readonly confidence: MappingConfidence;
}

/**
 * Which column holds which field of a table. Produced by `proposeMapping`, adjusted by
 * `applyMappingOverrides`, stored in the workbook, read by the parsers.
 */
export interface ColumnMapping {
  readonly table: TableName;
  /** Index into the rows of the header row; data starts on the next row. */
  readonly headerRowIndex: number;
  /** Header texts of the header row, index = column. */
  readonly headers: readonly string[];
  /** Field → column. For cases `mainDomains` is never here: see `domainColumns`. */
  readonly fields: Readonly<Partial<Record<string, MappedColumn>>>;
  /** Cases only: every column that holds main domains ("Hoofddomein 1", "Hoofddomein 2" …). */
  readonly domainColumns: readonly MappedColumn[];
  /** Columns with a header that no field uses. */
  readonly unmapped: readonly { readonly column: number; readonly header: string }[];
}
