// How a range argument is laid out: a table with its header row (mapped by header names, as the
// task pane and the CLI do), or columns without a header row in a fixed, documented order.
import {
  cellToDay,
  findFieldDefinition,
  isValidDay,
  missingRequiredFields,
  proposeMapping,
  TABLE_LABELS,
} from "../core";
import type { CellValue, ColumnMapping, MappedColumn, TableName } from "../core";
import { FunctionInputError } from "./functionError";
import { isEmptyCell } from "./tableSnapshot";

/**
 * The column order of a table given without a header row (docs/functies.md, "Kolommen zonder
 * kopregel"). Fixed here rather than read from the field definitions, so that reordering the
 * task pane's dropdowns can never change what a user's formula means.
 */
export const POSITIONAL_FIELDS: Readonly<Record<TableName, readonly string[]>> = {
  cases: [
    "caseId",
    "clientId",
    "caseType",
    "product",
    "registeredOn",
    "intakeOn",
    "startedOn",
    "closedOn",
    "mainDomains",
    "closeReason",
    "referrer",
    "team",
    "birthDate",
    "age",
    "resolvedDirectly",
    "rating",
    "canContinueAlone",
    "complexity",
    "weight",
    "contacts",
    "referredTo",
    "partners",
  ],
  zrm: ["caseId", "domain", "beginScore", "endScore", "goalScore"],
  activities: ["activityId", "activityName", "category", "date", "participants", "targetGroup"],
  complaints: ["date"],
};

/** A range argument ready for the parser: its rows (a header row first) and its mapping. */
export interface TableLayout {
  readonly rows: readonly (readonly CellValue[])[];
  readonly mapping: ColumnMapping;
  /** True when the argument had no header row and was read in {@link POSITIONAL_FIELDS} order. */
  readonly positional: boolean;
}

/**
 * Decides how a range argument is laid out and maps its columns. The decision rests on whether
 * the header row the auto-mapper proposes (the row of the first 30 whose texts name the most
 * fields) is recognised as one: it names the table's required fields, or most of its text cells
 * are known headers. Such a row is a header row even when some of its cells are numbers or dates
 * (a column headed 2024). Otherwise a row of only texts that names some field is a header row
 * (its missing required column is reported later), and a table whose first row holds data (a
 * number, a date, a yes/no) is read as columns in {@link POSITIONAL_FIELDS} order, with every
 * all-empty column left unmapped.
 *
 * @param rows - The trimmed rows of the argument.
 * @param table - Which table the argument is.
 * @returns The layout.
 * @throws {@link FunctionInputError} for an empty range, a first row that is neither a header
 *   row nor data, or more columns without a header row than the fixed order has.
 * @example
 * detectLayout([['Casusnr', 'Startdatum', 2024], ['1', 45300, 'x']], 'cases').positional // false
 * detectLayout([['1', 'K1', 'IT', 'SMW', 45300]], 'cases').positional // true
 */
export function detectLayout(
  rows: readonly (readonly CellValue[])[],
  table: TableName
): TableLayout {
  const what = `de tabel met ${TABLE_LABELS[table]}`;
  if (rows.length === 0) throw new FunctionInputError(`Het bereik voor ${what} is leeg.`);
  const mapping = proposeMapping(rows, table);
  if (isRecognisedHeaderRow(rows[mapping.headerRowIndex] ?? [], mapping))
    return { rows, mapping, positional: false };
  const matched = Object.values(mapping.fields).length + mapping.domainColumns.length;
  // A data cell may equal a header synonym ("Wijkteam" as a referrer): a row that names only a
  // few fields is a header row only when it holds no data.
  if (matched > 0 && !holdsData(rows[mapping.headerRowIndex] ?? []))
    return { rows, mapping, positional: false };
  const firstRow = rows.find((row) => row.some((cell) => !isEmptyCell(cell))) ?? [];
  if (holdsData(firstRow)) return positionalLayout(rows, table);
  throw new FunctionInputError(
    `Geen kopregel herkend in ${what}. Geef het bereik mét kopregel op (bijvoorbeeld Export!A1:P5000 of Tabel1[#Alles]), ` +
      "of geef de kolommen zonder kopregel in de vaste volgorde op (zie de documentatie van WELZIJN-functies)."
  );
}

/**
 * Whether the proposed header row is a header row whatever else it holds: it names every
 * required field of the table, or at least two fields and at least half of its text cells are
 * known headers. One data cell that happens to be a header synonym ("Wijkteam") is neither.
 *
 * @param row - The proposed header row.
 * @param mapping - The proposed mapping of that row.
 * @returns True for a recognised header row.
 * @example
 * isRecognisedHeaderRow(['Casusnummer', 'Startdatum', 2024], proposeMapping(rows, 'cases')) // true
 */
export function isRecognisedHeaderRow(row: readonly CellValue[], mapping: ColumnMapping): boolean {
  const matched = Object.values(mapping.fields).length + mapping.domainColumns.length;
  if (matched === 0) return false;
  if (missingRequiredFields(mapping).length === 0) return true;
  const texts = row.filter((cell) => typeof cell === "string" && cell.trim() !== "").length;
  return matched >= 2 && matched * 2 >= texts;
}

/**
 * Whether a row holds data rather than headers: a number, a yes/no, a date, or a text that is a
 * date ("3-1-2024").
 *
 * @param row - A row of cells.
 * @returns True when some cell is a data value.
 * @example
 * holdsData(['Casusnr', 'Startdatum']) // false
 */
export function holdsData(row: readonly CellValue[]): boolean {
  for (const cell of row) {
    if (typeof cell === "number" || typeof cell === "boolean" || cell instanceof Date) return true;
    if (typeof cell === "string" && /\d/.test(cell) && isValidDay(cellToDay(cell))) return true;
  }
  return false;
}

/** Reads a header-less table in the fixed column order, behind a header row of field labels. */
function positionalLayout(rows: readonly (readonly CellValue[])[], table: TableName): TableLayout {
  const order = POSITIONAL_FIELDS[table];
  const width = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (width > order.length) {
    throw new FunctionInputError(
      `Het bereik heeft ${width} kolommen zonder kopregel; in de vaste volgorde passen er hoogstens ${order.length} ` +
        `(${order.map((field) => labelOf(table, field)).join(", ")}). Geef een kopregel mee of laat kolommen weg.`
    );
  }
  const used = new Array<boolean>(width).fill(false);
  for (const row of rows) {
    for (let j = 0; j < row.length; j++) if (!used[j] && !isEmptyCell(row[j])) used[j] = true;
  }
  const headers = order
    .slice(0, width)
    .map((field, column) => (used[column] ? labelOf(table, field) : ""));
  const fields: Record<string, MappedColumn> = {};
  const domainColumns: MappedColumn[] = [];
  headers.forEach((header, column) => {
    if (header === "") return;
    const field = order[column] as string;
    const mapped: MappedColumn = { column, header, confidence: "high" };
    if (table === "cases" && field === "mainDomains") domainColumns.push(mapped);
    else fields[field] = mapped;
  });
  const mapping: ColumnMapping = {
    table,
    headerRowIndex: 0,
    headers,
    fields,
    domainColumns,
    unmapped: [],
  };
  return { rows: [headers, ...rows], mapping, positional: true };
}

function labelOf(table: TableName, field: string): string {
  return findFieldDefinition(table, field)?.label ?? field;
}
