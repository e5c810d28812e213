import type { ColumnMapping } from "../mapping/columnMapping";
import { CaseTableParser } from "./CaseTableParser";
import type { ParsedCaseTable } from "./ParsedCaseTable";
import type { CellRows, ParseOptions, ParseResult } from "./types";

/**
 * Reads the case table (SPEC §2) into typed columns in one pass over the rows: a
 * {@link CaseTableParser} given the whole sheet as one chunk (a reader that delivers the rows
 * in parts pushes them to the parser itself, with the same result).
 *
 * Rows: data starts below `mapping.headerRowIndex`; fully empty rows are skipped
 * silently; a totals row ("Totaal", "Eindtotaal", "Total") is skipped with TOTAL_ROW; a
 * row without a case id is skipped (MISSING_CASE_ID), as is a repeated id
 * (DUPLICATE_CASE_ID, the first row wins) and an id that is an Excel error value
 * (ERROR_VALUE). Ids are trimmed text, 123 ≡ "123". Integer ids stay numbers: `caseId` and
 * `clientIds` are getters that build the texts on first access (a million strings cost
 * about 0.1 s); `caseIdAt` and `clientCount` answer without building them.
 *
 * Values: an unusable date, number or yes/no becomes NaN (dates, numbers) or -1 (yes/no),
 * sets the field's `FieldBit` in `invalid` and is reported (INVALID_DATE, INVALID_NUMBER,
 * INVALID_BOOLEAN, ERROR_VALUE for `#N/A` …). A value that is readable but wrong keeps its
 * value and gets the bit: a date after `asOf` (FUTURE_DATE), an event date (not the birth
 * date) before `earliestDate`, default 1-1-1990 (EARLY_DATE: a placeholder such as
 * 1-1-1900), closedOn before the start
 * (CLOSED_BEFORE_START), intakeOn before registeredOn (INTAKE_BEFORE_REGISTRATION). A
 * rating outside 1–10 becomes NaN with its bit (RATING_OUT_OF_RANGE); an age outside
 * 0–130 likewise (INVALID_NUMBER). The `start` bit is set when the start's source date
 * is invalid; a case with neither start date gets a MISSING_VALUE warning. Yes/no accepts
 * ja/nee/j/n/yes/no/waar/onwaar/true/false/1/0/x (onbekend, nvt, ? and - are unknown).
 * Categories are trimmed and grouped case- and diacritic-insensitively (label = first
 * spelling); case types go through `classifyCaseType`. Main domains are split and matched
 * (`splitDomainCell`), counted once per case; unknown names are kept and reported
 * (UNKNOWN_DOMAIN warning). A text (category, main domains, case or client id) longer than
 * a cell holds, 32,767 characters, is cut to 32,766 and "…" (`fitCellText`) with a
 * TEXT_TRUNCATED warning at its cell, so no label outgrows a report cell.
 *
 * Every field of `CASE_FIELDS` gets its column by its kind (an unmapped one the shared empty
 * column). A count (contacts) is a whole number ≥ 0 (`CountCellReader`: "1.200" is 1200; "2,5",
 * a negative or a text → NaN with INVALID_NUMBER). A list of categories (partners) is split at
 * `;` `,` `|` `/` or a line break, each category once per case. Every column with a header that
 * no field uses is kept as a category column under its header (`extras`).
 *
 * Domain codes: `domainLabels` holds the domains in first-seen order; `parseZrmTable`
 * extends it without changing codes (see `loadDataset`).
 *
 * @param rows - The sheet's cells, header row included.
 * @param mapping - A case mapping with caseId mapped.
 * @param options - Case-type grouping, `asOf`, `earliestDate`, sheet row of `rows[0]`.
 * @returns The table and its issues (sorted by row, then column).
 * @throws {MappingError} When the mapping is not for cases or lacks the caseId column.
 * @example
 * const { table, issues } = parseCaseTable(rows, proposeMapping(rows, 'cases'), { asOf: 45565 });
 */
export function parseCaseTable(
  rows: CellRows,
  mapping: ColumnMapping,
  options: ParseOptions = {}
): ParseResult<ParsedCaseTable> {
  const parser = new CaseTableParser(mapping, {
    ...options,
    expectedRows: Math.max(0, rows.length - mapping.headerRowIndex - 1),
  });
  parser.push(rows);
  return parser.finish();
}
