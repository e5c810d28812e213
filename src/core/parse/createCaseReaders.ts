import type { CaseTypeMap } from "../caseTypes/caseTypeMap";
import { classifyCaseType } from "../caseTypes/classifyCaseType";
import { DomainInterner } from "../domains/DomainInterner";
import type { ColumnMapping } from "../mapping/columnMapping";
import type { CaseField, Day } from "../types";
import { FieldBit } from "../types";
import { BatchIdCellReader } from "./BatchIdCellReader";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryInterner } from "./CategoryInterner";
import { ColumnArena } from "./ColumnArena";
import type { CellTarget } from "./CellReader";
import { DateCellReader } from "./DateCellReader";
import { DomainCellReader } from "./DomainCellReader";
import type { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import { NumberCellReader } from "./NumberCellReader";
import { YesNoCellReader } from "./YesNoCellReader";

/** The oldest age taken as real (SPEC §4 age bands end at 65+). */
const MAX_AGE = 130;

/** One reader per mapped case field (absent when the field is not mapped). */
export interface CaseReaders {
  /** Where the table's other columns come from (see {@link caseColumns}). */
  readonly arena: ColumnArena;
  readonly invalid: Uint32Array;
  readonly clientId?: BatchIdCellReader;
  readonly caseType?: CategoryCellReader;
  readonly product?: CategoryCellReader;
  readonly closeReason?: CategoryCellReader;
  readonly referrer?: CategoryCellReader;
  readonly team?: CategoryCellReader;
  readonly complexity?: CategoryCellReader;
  readonly weight?: CategoryCellReader;
  readonly registeredOn?: DateCellReader;
  readonly intakeOn?: DateCellReader;
  readonly startedOn?: DateCellReader;
  readonly closedOn?: DateCellReader;
  readonly birthDate?: DateCellReader;
  readonly age?: NumberCellReader;
  readonly rating?: NumberCellReader;
  readonly resolvedDirectly?: YesNoCellReader;
  readonly canContinueAlone?: YesNoCellReader;
  readonly domains: DomainCellReader;
  readonly domainInterner: DomainInterner;
}

/** Case fields read as days into a DayColumn (Float32Array). */
const DAY_FIELDS: readonly CaseField[] = [
  "registeredOn",
  "intakeOn",
  "startedOn",
  "closedOn",
  "birthDate",
];
/** Case fields read as numbers into a Float64Array. */
const NUMBER_FIELDS: readonly CaseField[] = ["age", "rating"];
/** Case fields read as category codes. */
const CATEGORY_FIELDS: readonly CaseField[] = [
  "caseType",
  "product",
  "closeReason",
  "referrer",
  "team",
  "complexity",
  "weight",
];
/** Case fields read as yes/no. */
const YES_NO_FIELDS: readonly CaseField[] = ["resolvedDirectly", "canContinueAlone"];

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
  const mapped = (fields: readonly CaseField[]): number =>
    fields.filter((field) => mapping.fields[field] !== undefined).length;
  const hasClients = mapping.fields.clientId !== undefined;
  return {
    float64: mapped(NUMBER_FIELDS),
    // + the derived start
    float32: mapped(DAY_FIELDS) + 1,
    // + invalid, row indexes, case ids, domain starts and codes (1.5 per case), client keys
    int32: mapped(CATEGORY_FIELDS) + 5.5 + (hasClients ? 1 : 0),
    int8: mapped(YES_NO_FIELDS),
  };
}

/**
 * Creates the cell readers of the case table's mapped fields, each with an output column
 * of `capacity` rows, all marking one shared invalid mask with their field's bit. All
 * columns come from one {@link ColumnArena}, which `parseCaseTable` uses for the rest.
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
  const date = (field: CaseField, from = earliest): DateCellReader | undefined => {
    const columnTarget = target(field);
    return (
      columnTarget && new DateCellReader(columnTarget, issues, arena.float32(capacity), asOf, from)
    );
  };
  const yesNo = (field: CaseField): YesNoCellReader | undefined => {
    const columnTarget = target(field);
    return columnTarget && new YesNoCellReader(columnTarget, issues, arena.int8(capacity));
  };
  const category = (
    field: CaseField,
    toLabel?: (text: string) => string
  ): CategoryCellReader | undefined => {
    const columnTarget = target(field);
    return (
      columnTarget &&
      new CategoryCellReader(
        columnTarget,
        issues,
        arena.int32(capacity),
        new CategoryInterner(toLabel)
      )
    );
  };
  const number = (
    field: CaseField,
    min: number,
    max: number,
    message: (value: number) => string
  ): NumberCellReader | undefined => {
    const columnTarget = target(field);
    const code = field === "rating" ? "RATING_OUT_OF_RANGE" : "INVALID_NUMBER";
    return (
      columnTarget &&
      new NumberCellReader(columnTarget, issues, arena.float64(capacity), {
        min,
        max,
        code,
        message,
      })
    );
  };
  const clientTarget = target("clientId");
  const domainInterner = new DomainInterner();
  return {
    arena,
    invalid,
    clientId:
      clientTarget && new BatchIdCellReader(clientTarget, issues, capacity, arena.int32(capacity)),
    caseType: category("caseType", (text) => classifyCaseType(text, caseTypeMap)),
    product: category("product"),
    closeReason: category("closeReason"),
    referrer: category("referrer"),
    team: category("team"),
    complexity: category("complexity"),
    weight: category("weight"),
    registeredOn: date("registeredOn"),
    intakeOn: date("intakeOn"),
    startedOn: date("startedOn"),
    closedOn: date("closedOn"),
    birthDate: date("birthDate", -Infinity),
    age: number("age", 0, MAX_AGE, (value) =>
      MESSAGES.invalidAge(value, CONSEQUENCES.caseField("age"))
    ),
    rating: number("rating", 1, 10, (value) => MESSAGES.ratingOutOfRange(value)),
    resolvedDirectly: yesNo("resolvedDirectly"),
    canContinueAlone: yesNo("canContinueAlone"),
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
