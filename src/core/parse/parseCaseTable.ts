import { DEFAULT_CASE_TYPE_MAP } from "../caseTypes/caseTypeMap";
import { MappingError } from "../errors";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import type { CaseField, CaseFieldColumns } from "../types";
import { CaseIdReader } from "./CaseIdReader";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryListCellReader } from "./CategoryListCellReader";
import { CountCellReader } from "./CountCellReader";
import type { FieldReader, ReadersByKind } from "./createCaseReaders";
import { createCaseReaders } from "./createCaseReaders";
import { DateCellReader } from "./DateCellReader";
import { resolveEarliestDate } from "./earliestDate";
import { deriveCaseStart } from "./deriveCaseStart";
import {
  emptyAnswerColumn,
  emptyCodeColumn,
  emptyDayColumn,
  emptyNumberColumn,
  emptyStartColumn,
} from "./emptyColumns";
import { IssueCollector } from "./IssueCollector";
import { NumberCellReader } from "./NumberCellReader";
import { ParsedCaseTable, type CaseTableColumns } from "./ParsedCaseTable";
import type { CellRows, ParseOptions, ParseResult } from "./types";
import { YesNoCellReader } from "./YesNoCellReader";

/** Cases per chunk: a chunk's rows (about 200 bytes each) fit in a core's L2 cache. */
const CHUNK_ROWS = 2048;

/**
 * Reads the case table (SPEC §2) into typed columns in one pass over the rows, chunk by
 * chunk: the case ids of a few thousand rows, then each kind of field of those rows.
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
  if (mapping.table !== "cases") throw new MappingError(wrongTableMessage("cases", mapping.table));
  const idColumn = mapping.fields.caseId;
  if (idColumn === undefined)
    throw new MappingError(missingRequiredMessage("cases", ["Casusnummer"]));
  const issues = new IssueCollector("cases", options.sheetRowOffset ?? 1);
  const firstRow = mapping.headerRowIndex + 1;
  const capacity = Math.max(0, rows.length - firstRow);
  const asOf = options.asOf !== undefined && !Number.isNaN(options.asOf) ? options.asOf : Infinity;
  const earliest = resolveEarliestDate(options.earliestDate);
  const readers = createCaseReaders(
    mapping,
    issues,
    capacity,
    asOf,
    earliest,
    options.caseTypeMap ?? DEFAULT_CASE_TYPE_MAP
  );
  const { arena, invalid, clientId, byKind, extras, domains, domainInterner } = readers;
  const readersOf = <R>(list: readonly FieldReader<R>[]): R[] => list.map(({ reader }) => reader);
  const dateReaders = readersOf(byKind.date);
  // The extra columns are categories too, read in the same loop.
  const categoryReaders = [...readersOf(byKind.category), ...extras.map(({ reader }) => reader)];
  const listReaders = readersOf(byKind.categories);
  const numberReaders = readersOf(byKind.number);
  const countReaders = readersOf(byKind.count);
  const yesNoReaders = readersOf(byKind.boolean);

  const caseIds = new CaseIdReader(idColumn, issues, capacity, arena);
  const { ids, src } = caseIds;
  // The rows are read in chunks: first the ids of a chunk (which rows are cases), then the
  // chunk's cases once per kind of reader, in one loop per kind in which that kind's `read`
  // is inlined (a call site per field in one loop would exceed the compiler's inlining
  // budget, and a call per cell costs more than the cell). A chunk's rows stay in the CPU
  // cache between the loops. Issues come out of row order and are sorted by the collector.
  for (let r = firstRow; r < rows.length;) {
    const from = caseIds.size;
    r = caseIds.readRows(rows, r, CHUNK_ROWS);
    const to = caseIds.size;
    if (clientId) clientId.readRows(rows, src, from, to);
    DateCellReader.readRows(dateReaders, rows, src, from, to);
    CategoryCellReader.readRows(categoryReaders, rows, src, from, to);
    NumberCellReader.readRows(numberReaders, rows, src, from, to);
    CountCellReader.readRows(countReaders, rows, src, from, to);
    CategoryListCellReader.readRows(listReaders, rows, src, from, to);
    YesNoCellReader.readRows(yesNoReaders, rows, src, from, to);
    domains.readRows(rows, src, from, to);
  }

  const n = caseIds.size;
  const keptSrc = src.subarray(0, n);
  const keptInvalid = invalid.subarray(0, n);
  const fieldColumns = caseFieldColumns(byKind, n);
  const dates = { ...fieldColumns, src: keptSrc, invalid: keptInvalid };
  const start = deriveCaseStart(dates, mapping, issues, arena.float32(n));
  const domainLists = domains.result(n);
  const clients = clientId?.result(n);
  // The row indexes become sheet rows in place; nothing reads them after this.
  const sheetRow = toSheetRows(keptSrc, issues.sheetRowOffset);
  const columns: CaseTableColumns = {
    ...fieldColumns,
    size: n,
    sheetRow,
    clientKey: clients ? clients.keys : emptyCodeColumn(n),
    start,
    domainStart: domainLists.start,
    domainCodes: domainLists.codes,
    domainLabels: domainInterner.labels,
    extras: extras.map(({ header, reader }) => ({ header, column: reader.result(n) })),
    invalid: keptInvalid,
    mappedFields: mappedCaseFields(mapping),
  };
  // The id texts are built on first access: numeric ids stay numbers until then.
  return { table: new ParsedCaseTable(columns, ids, clients), issues: issues.issues() };
}

/**
 * Row indexes → 1-based sheet rows, in place: a loop of its own, optimised apart from
 * `parseCaseTable` (which runs once per table and is mostly not optimised).
 */
function toSheetRows(rows: Int32Array, offset: number): Int32Array {
  for (let k = 0; k < rows.length; k++) rows[k] = (rows[k] as number) + offset;
  return rows;
}

/**
 * The column of every case field of a plain kind, in `CASE_FIELDS` order: a mapped field's
 * reader's output cut to `n` rows, an unmapped one the shared read-only empty column of its
 * kind (`emptyColumns`).
 */
function caseFieldColumns(byKind: ReadersByKind, n: number): CaseFieldColumns {
  const read = new Map<CaseField, { result(n: number): unknown } | { out: ArrayLike<number> }>();
  for (const list of Object.values(byKind) as FieldReader<object>[][])
    for (const { field, reader } of list) read.set(field, reader as never);
  const columns: Record<string, unknown> = {};
  for (const { field, kind } of CASE_FIELDS) {
    const reader = read.get(field) as
      | DateCellReader
      | NumberCellReader
      | CountCellReader
      | YesNoCellReader
      | CategoryCellReader
      | CategoryListCellReader
      | undefined;
    switch (kind) {
      case "date":
        columns[field] = reader ? (reader as DateCellReader).out.subarray(0, n) : emptyDayColumn(n);
        break;
      case "number":
      case "count":
        columns[field] = reader
          ? (reader as NumberCellReader | CountCellReader).out.subarray(0, n)
          : emptyNumberColumn(n);
        break;
      case "boolean":
        columns[field] = reader
          ? (reader as YesNoCellReader).out.subarray(0, n)
          : emptyAnswerColumn(n);
        break;
      case "category":
        columns[field] = reader
          ? (reader as CategoryCellReader).result(n)
          : { codes: emptyCodeColumn(n), labels: [] };
        break;
      case "categories":
        columns[field] = reader
          ? (reader as CategoryListCellReader).result(n)
          : { starts: emptyStartColumn(n + 1), codes: emptyCodeColumn(0), labels: [] };
        break;
    }
  }
  return columns as CaseFieldColumns;
}

/** The case fields a mapping maps (main domains through `domainColumns`). */
function mappedCaseFields(mapping: ColumnMapping): ReadonlySet<CaseField> {
  const fields = new Set<CaseField>();
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped) fields.add(field as CaseField);
  if (mapping.domainColumns.length > 0) fields.add("mainDomains");
  return fields;
}
