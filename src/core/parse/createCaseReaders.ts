import type { CaseTypeMap } from "../caseTypes/caseTypeMap";
import { classifyCaseType } from "../caseTypes/classifyCaseType";
import { DomainInterner } from "../domains/DomainInterner";
import type { ColumnMapping } from "../mapping/columnMapping";
import type { CaseFieldOfKind, FieldKind } from "../mapping/fieldDefinitions";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import type { CaseColumnField, CaseField, Day } from "../types";
import { FieldBit } from "../types";
import { BatchIdCellReader } from "./BatchIdCellReader";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryInterner } from "./CategoryInterner";
import { CategoryListCellReader } from "./CategoryListCellReader";
import { ColumnArena } from "./ColumnArena";
import type { CellTarget } from "./CellReader";
import { CountCellReader } from "./CountCellReader";
import { DateCellReader } from "./DateCellReader";
import { DomainCellReader } from "./DomainCellReader";
import type { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import type { NumberRange } from "./NumberCellReader";
import { NumberCellReader } from "./NumberCellReader";
import { YesNoCellReader } from "./YesNoCellReader";

/** The oldest age taken as real (SPEC §4 age bands end at 65+). */
const MAX_AGE = 130;

/** The range of each `number` case field: a new number field needs its range here. */
const NUMBER_RANGES: Readonly<Record<CaseFieldOfKind<"number">, NumberRange>> = {
  age: {
    min: 0,
    max: MAX_AGE,
    code: "INVALID_NUMBER",
    message: (value) => MESSAGES.invalidAge(value, CONSEQUENCES.caseField("age")),
  },
  rating: {
    min: 1,
    max: 10,
    code: "RATING_OUT_OF_RANGE",
    message: (value) => MESSAGES.ratingOutOfRange(value),
  },
};

/** The reader of each kind of case column. */
interface ReaderOfKind {
  readonly category: CategoryCellReader;
  readonly categories: CategoryListCellReader;
  readonly date: DateCellReader;
  readonly number: NumberCellReader;
  readonly count: CountCellReader;
  readonly boolean: YesNoCellReader;
}

/** A field with its reader. */
export interface FieldReader<R> {
  readonly field: CaseColumnField;
  readonly reader: R;
}

/** The readers of the mapped fields of one kind, in `CASE_FIELDS` order. */
export type ReadersByKind = { readonly [K in keyof ReaderOfKind]: FieldReader<ReaderOfKind[K]>[] };

/** One reader per mapped case field (by kind), the extra columns' readers and the main domains'. */
export interface CaseReaders {
  /** Where the table's other columns come from (see {@link caseColumns}). */
  readonly arena: ColumnArena;
  readonly invalid: Uint32Array;
  readonly clientId?: BatchIdCellReader;
  readonly byKind: ReadersByKind;
  /** A category reader per column no field uses, with its header. */
  readonly extras: readonly { readonly header: string; readonly reader: CategoryCellReader }[];
  readonly domains: DomainCellReader;
  readonly domainInterner: DomainInterner;
}

/** Whether a kind is read into a column of its own by a reader of {@link ReaderOfKind}. */
function isColumnKind(kind: FieldKind): kind is keyof ReaderOfKind {
  return kind !== "id" && kind !== "domains";
}

/**
 * The export's columns that no field uses and that have a header: kept as extra category
 * columns under their header (SPEC §2).
 *
 * @param mapping - The case mapping.
 * @returns Column and header of each, in column order.
 * @example
 * extraColumns(mapping); //=> [{ column: 17, header: 'Medewerker' }]
 */
export function extraColumns(
  mapping: ColumnMapping
): { readonly column: number; readonly header: string }[] {
  const used = new Set<number>();
  for (const mapped of Object.values(mapping.fields)) if (mapped) used.add(mapped.column);
  for (const mapped of mapping.domainColumns) used.add(mapped.column);
  const extras: { column: number; header: string }[] = [];
  mapping.headers.forEach((header, column) => {
    if (header !== "" && !used.has(column)) extras.push({ column, header });
  });
  return extras;
}

/**
 * How many columns of each type a case table of this mapping takes from its arena: the
 * readers' outputs, and what `parseCaseTable` adds (row indexes, case ids, the start).
 * Unmapped fields take nothing: they show a shared empty column (`emptyColumns`).
 *
 * @param mapping - The case mapping.
 * @returns Columns per element type.
 * @example
 * caseColumns(proposeMapping(rows, 'cases')); //=> { float64: 1, float32: 6, int32: 11.5, int8: 1 } (bench table)
 */
export function caseColumns(mapping: ColumnMapping): {
  float64: number;
  float32: number;
  int32: number;
  int8: number;
} {
  const columns = { float64: 0, float32: 0, int32: 0, int8: 0 };
  for (const { field, kind } of CASE_FIELDS) {
    if (mapping.fields[field] === undefined) continue;
    if (kind === "number" || kind === "count") columns.float64++;
    else if (kind === "date") columns.float32++;
    else if (kind === "category" || kind === "categories" || field === "clientId") columns.int32++;
    else if (kind === "boolean") columns.int8++;
  }
  // + the derived start
  columns.float32 += 1;
  // + invalid, row indexes, case ids, domain starts and codes (1.5 per case), extras
  columns.int32 += 5.5 + extraColumns(mapping).length;
  return columns;
}

/**
 * Moves every reader of `readers` to columns of `capacity` rows from one new arena, keeping
 * what they read: the chunked parse ({@link CaseTableParser}) grows its columns this way when
 * a chunk brings more rows than they hold. The case ids and row indexes are moved by the
 * caller (`CaseIdReader.grow`, from the returned arena, which has room for them).
 *
 * @param readers - The readers (their columns are replaced; the object itself is not changed).
 * @param mapping - The case mapping (sizes the arena, see {@link caseColumns}).
 * @param capacity - The new number of rows, more than before.
 * @returns The readers with the new arena and invalid mask.
 * @example
 * readers = growCaseReaders(readers, mapping, 2 * capacity);
 */
export function growCaseReaders(
  readers: CaseReaders,
  mapping: ColumnMapping,
  capacity: number
): CaseReaders {
  const arena = new ColumnArena(ColumnArena.bytesFor(caseColumns(mapping), capacity + 1));
  const invalid = arena.uint32(capacity);
  invalid.set(readers.invalid);
  const { byKind } = readers;
  const columnReaders = [
    ...byKind.category,
    ...byKind.categories,
    ...byKind.date,
    ...byKind.number,
    ...byKind.count,
    ...byKind.boolean,
    ...readers.extras,
  ];
  for (const { reader } of columnReaders) reader.grow(arena, capacity, invalid);
  readers.clientId?.grow(arena, capacity, invalid);
  readers.domains.grow(arena, capacity, invalid);
  return { ...readers, arena, invalid };
}

/**
 * Creates the cell readers of the case table's mapped fields, one per field chosen by the
 * field's kind (`CASE_FIELDS`), each with an output column of `capacity` rows, all marking
 * one shared invalid mask with their field's bit; and a category reader per extra column
 * (no bit: a category is never unusable). All columns come from one {@link ColumnArena},
 * which `parseCaseTable` uses for the rest. Per field: case types are grouped
 * (`classifyCaseType`); the birth date is not held to `earliest`; numbers have their range
 * ({@link NUMBER_RANGES}).
 *
 * @param mapping - The case mapping.
 * @param issues - Where problems go.
 * @param capacity - Maximum number of cases (rows below the header).
 * @param asOf - Latest acceptable date (`Infinity` for no check).
 * @param earliest - Earliest acceptable event date (`-Infinity` for no check); not applied to
 *   the birth date, where an old date is a real one.
 * @param caseTypeMap - How case types are grouped.
 * @returns The readers.
 * @example
 * const readers = createCaseReaders(mapping, issues, rows.length - 1, Infinity, -Infinity, DEFAULT_CASE_TYPE_MAP);
 */
export function createCaseReaders(
  mapping: ColumnMapping,
  issues: IssueCollector,
  capacity: number,
  asOf: Day,
  earliest: Day,
  caseTypeMap: CaseTypeMap
): CaseReaders {
  const arena = new ColumnArena(ColumnArena.bytesFor(caseColumns(mapping), capacity + 1));
  const invalid = arena.uint32(capacity);
  const target = (field: CaseField): CellTarget | undefined => {
    const mapped = mapping.fields[field];
    if (mapped === undefined) return undefined;
    const { column, header } = mapped;
    return {
      column,
      header,
      consequence: CONSEQUENCES.caseField(field),
      invalid,
      bit: FieldBit[field],
    };
  };
  const byKind: ReadersByKind = {
    category: [],
    categories: [],
    date: [],
    number: [],
    count: [],
    boolean: [],
  };
  for (const { field, kind } of CASE_FIELDS) {
    const columnTarget = target(field);
    if (columnTarget === undefined || !isColumnKind(kind)) continue;
    switch (kind) {
      case "category": {
        const toLabel =
          field === "caseType" ? (text: string) => classifyCaseType(text, caseTypeMap) : undefined;
        const interner = new CategoryInterner(toLabel);
        const reader = new CategoryCellReader(
          columnTarget,
          issues,
          arena.int32(capacity),
          interner
        );
        byKind.category.push({ field, reader });
        break;
      }
      case "categories": {
        const interner = new CategoryInterner();
        const reader = new CategoryListCellReader(columnTarget, issues, capacity, interner, arena);
        byKind.categories.push({ field, reader });
        break;
      }
      case "date": {
        const from = field === "birthDate" ? -Infinity : earliest;
        const out = arena.float32(capacity);
        byKind.date.push({
          field,
          reader: new DateCellReader(columnTarget, issues, out, asOf, from),
        });
        break;
      }
      case "number": {
        const range = NUMBER_RANGES[field as CaseFieldOfKind<"number">];
        const reader = new NumberCellReader(columnTarget, issues, arena.float64(capacity), range);
        byKind.number.push({ field, reader });
        break;
      }
      case "count": {
        const reader = new CountCellReader(columnTarget, issues, arena.float64(capacity));
        byKind.count.push({ field, reader });
        break;
      }
      case "boolean": {
        const reader = new YesNoCellReader(columnTarget, issues, arena.int8(capacity));
        byKind.boolean.push({ field, reader });
        break;
      }
    }
  }
  const extras = extraColumns(mapping).map(({ column, header }) => ({
    header,
    reader: new CategoryCellReader(
      { column, header, consequence: CONSEQUENCES.extraColumn },
      issues,
      arena.int32(capacity),
      new CategoryInterner()
    ),
  }));
  const clientTarget = target("clientId");
  const domainInterner = new DomainInterner();
  return {
    arena,
    invalid,
    clientId:
      clientTarget && new BatchIdCellReader(clientTarget, issues, capacity, arena.int32(capacity)),
    byKind,
    extras,
    domains: new DomainCellReader(
      mapping.domainColumns,
      domainInterner,
      issues,
      capacity,
      CONSEQUENCES.caseField("mainDomains"),
      invalid,
      FieldBit.mainDomains,
      arena
    ),
    domainInterner,
  };
}
