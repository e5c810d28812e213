import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import type { ColumnMapping } from "../mapping/columnMapping";
import type { CaseField, CaseFieldColumns } from "../types";
import type { CategoryCellReader } from "./CategoryCellReader";
import type { CategoryListCellReader } from "./CategoryListCellReader";
import type { CountCellReader } from "./CountCellReader";
import type { FieldReader, ReadersByKind } from "./createCaseReaders";
import type { DateCellReader } from "./DateCellReader";
import {
  emptyAnswerColumn,
  emptyCodeColumn,
  emptyDayColumn,
  emptyNumberColumn,
  emptyStartColumn,
} from "./emptyColumns";
import type { NumberCellReader } from "./NumberCellReader";
import type { YesNoCellReader } from "./YesNoCellReader";

/**
 * The column of every case field of a plain kind, in `CASE_FIELDS` order: a mapped field's
 * reader's output cut to `n` rows, an unmapped one the shared read-only empty column of its
 * kind (`emptyColumns`).
 *
 * @param byKind - The readers of the mapped fields, done reading.
 * @param n - Number of cases.
 * @returns The field columns.
 * @example
 * caseFieldColumns(readers.byKind, 3).closedOn; //=> Float32Array [45565, NaN, 45600]
 */
export function caseFieldColumns(byKind: ReadersByKind, n: number): CaseFieldColumns {
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

/**
 * The case fields a mapping maps (main domains through `domainColumns`).
 *
 * @param mapping - The case mapping.
 * @returns The mapped fields.
 * @example
 * mappedCaseFields(proposeMapping([['Casusnummer', 'Team']], 'cases')); //=> Set { 'caseId', 'team' }
 */
export function mappedCaseFields(mapping: ColumnMapping): ReadonlySet<CaseField> {
  const fields = new Set<CaseField>();
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped) fields.add(field as CaseField);
  if (mapping.domainColumns.length > 0) fields.add("mainDomains");
  return fields;
}
