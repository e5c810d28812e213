import type { CaseTypeMap } from "../caseTypes/caseTypeMap";
import { classifyCaseType } from "../caseTypes/classifyCaseType";
import { DomainInterner } from "../domains/DomainInterner";
import type { ColumnMapping } from "../mapping/columnMapping";
import type { CaseField, Day } from "../types";
import { FieldBit } from "../types";
import { BatchIdCellReader } from "./BatchIdCellReader";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryInterner } from "./CategoryInterner";
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

/**
 * Creates the cell readers of the case table's mapped fields, each with an output column
 * of `capacity` rows, all marking one shared invalid mask with their field's bit.
 *
 * @param mapping - The case mapping.
 * @param issues - Where problems go.
 * @param capacity - Maximum number of cases (rows below the header).
 * @param asOf - Latest acceptable date (`Infinity` for no check).
 * @param caseTypeMap - How case types are grouped.
 * @returns The readers.
 * @example
 * const readers = createCaseReaders(mapping, issues, rows.length - 1, Infinity, DEFAULT_CASE_TYPE_MAP);
 */
export function createCaseReaders(
  mapping: ColumnMapping,
  issues: IssueCollector,
  capacity: number,
  asOf: Day,
  caseTypeMap: CaseTypeMap
): CaseReaders {
  const invalid = new Uint32Array(capacity);
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
  const date = (field: CaseField): DateCellReader | undefined => {
    const columnTarget = target(field);
    return (
      columnTarget && new DateCellReader(columnTarget, issues, new Float64Array(capacity), asOf)
    );
  };
  const yesNo = (field: CaseField): YesNoCellReader | undefined => {
    const columnTarget = target(field);
    return columnTarget && new YesNoCellReader(columnTarget, issues, new Int8Array(capacity));
  };
  const category = (
    field: CaseField,
    toLabel?: (text: string) => string
  ): CategoryCellReader | undefined => {
    const columnTarget = target(field);
    const interner = new CategoryInterner(toLabel);
    return (
      columnTarget &&
      new CategoryCellReader(columnTarget, issues, new Int32Array(capacity), interner)
    );
  };
  const number = (
    field: CaseField,
    min: number,
    max: number,
    message: (value: number) => string
  ) => {
    const columnTarget = target(field);
    const code = field === "rating" ? "RATING_OUT_OF_RANGE" : "INVALID_NUMBER";
    const out = new Float64Array(capacity);
    return (
      columnTarget && new NumberCellReader(columnTarget, issues, out, { min, max, code, message })
    );
  };
  const clientTarget = target("clientId");
  const domainInterner = new DomainInterner();
  return {
    invalid,
    clientId: clientTarget && new BatchIdCellReader(clientTarget, issues, capacity),
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
    birthDate: date("birthDate"),
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
      FieldBit.mainDomains
    ),
    domainInterner,
  };
}
