/**
 * @module
 */
import type { RenderedTable } from "./renderedTable";

/** A rendered table as the command line's JSON prints it (SPEC §9). */
export interface RenderedTableJson {
  readonly id: string;
  readonly title: string;
  readonly rowHeader: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly values: readonly (number | null)[] }[];
  /** The table's notes in one text, or absent when it has none. */
  readonly note?: string;
}

/**
 * A rendered table in the JSON shape of SPEC §9: column headers, and per row its label and raw
 * values (fractions as 0..1) in the order of the columns. A cell publication mode marks
 * (`suppressed`) is null.
 *
 * @param table - The rendered table.
 * @returns Its JSON form.
 * @example
 * renderedTableJson(table).columns; //=> ["Q1 2024", "Q2 2024", "Q3 2024"]
 */
export function renderedTableJson(table: RenderedTable): RenderedTableJson {
  return {
    id: table.id,
    title: table.title,
    rowHeader: table.rowHeader,
    columns: table.columns.map((column) => column.header),
    rows: table.rows.map((row) => ({
      label: row.label,
      // A marked cell is null already; said again here, as the JSON is what leaves the machine.
      values:
        row.suppressed === undefined
          ? row.values
          : row.values.map((value, c) => (isMarked(row.suppressed?.[c]) ? null : value)),
    })),
    ...(table.notes.length === 0 ? {} : { note: table.notes.join(" ") }),
  };
}

function isMarked(mark: "small" | "hidden" | null | undefined): boolean {
  return mark === "small" || mark === "hidden";
}
