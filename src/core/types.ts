/**
 * Shared data types of the Welzijnsmonitor core.
 *
 * The core works on whole calendar days ({@link Day}) and on column-oriented tables
 * of typed arrays, so that a million-row export is counted without creating a
 * million objects. Shells (Excel, custom functions, CLI) hand the core 2D arrays of
 * raw cell values and get plain data back.
 *
 * @module
 */
import type { CaseField, CaseFieldKind, CaseFieldOfKind } from "./mapping/fieldDefinitions";
import { CASE_FIELDS } from "./mapping/fieldDefinitions";

/** A raw cell value as Office.js `range.values`, ExcelJS or a CSV parser delivers it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * A calendar date as a whole number of days since 1899-12-30 (proleptic Gregorian).
 * For dates from 1 March 1900 on this equals the Excel 1900-system serial number.
 * `NaN` means "no date" (empty cell) inside typed arrays.
 */
export type Day = number;

/**
 * A column of days (Excel serials, NaN for empty) as 32-bit floats: every whole day of the
 * 1900 date system (up to 9999-12-31, serial 2958465) and NaN are exact in a float32, in half
 * the memory of a Float64Array. Only whole days go in (the readers floor a time of day away).
 *
 * @example
 * const days: DayColumn = Float32Array.of(45565, NaN); // 30 Sep 2024, empty
 */
export type DayColumn = Float32Array;

/** The tables the core knows. */
export type TableName = "cases" | "zrm" | "activities" | "complaints";

/** How serious a data issue is: an error leaves the value out, a warning keeps it. */
export type IssueSeverity = "error" | "warning";

/**
 * One problem with one cell (or row) of the input, reported to the user in Dutch.
 * `row` is the 1-based row number as the user sees it in the sheet or file.
 */
export interface DataIssue {
  readonly table: TableName;
  readonly row: number;
  /** The header text of the column as it appears in the input ('' for whole-row issues). */
  readonly column: string;
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** Dutch message for the user, naming the value and what was done with it. */
  readonly message: string;
}

/** Machine codes of data issues (stable; used in JSON and tests). */
export type IssueCode =
  | "INVALID_DATE"
  | "INVALID_NUMBER"
  | "INVALID_BOOLEAN"
  | "ERROR_VALUE"
  | "MISSING_CASE_ID"
  | "DUPLICATE_CASE_ID"
  | "CLOSED_BEFORE_START"
  | "INTAKE_BEFORE_REGISTRATION"
  | "FUTURE_DATE"
  | "EARLY_DATE"
  | "RATING_OUT_OF_RANGE"
  | "SCORE_OUT_OF_RANGE"
  | "UNKNOWN_DOMAIN"
  | "UNKNOWN_CASE"
  | "TOTAL_ROW"
  | "MISSING_VALUE"
  | "TEXT_TRUNCATED"
  | "EMPTY_TABLE"
  | "NO_USABLE_DATES"
  | "DUPLICATE_HEADER"
  | "ROW_TOO_LONG"
  | "INVALID_ENCODING";

/** A period: an inclusive range of calendar days with its Dutch label ("t/m Q3 2024"). */
export interface Period {
  readonly label: string;
  readonly start: Day;
  readonly end: Day;
}

export type {
  CaseField,
  ZrmField,
  ActivityField,
  ComplaintField,
} from "./mapping/fieldDefinitions";

/**
 * Bit flags, one per case field (in the order of `CASE_FIELDS`) plus the derived `start`, used
 * in {@link CaseTable.invalid} to mark a value that was present but unusable. A KPI leaves out
 * every row whose invalid mask intersects the KPI's inputs. At most 31 fields fit the mask.
 *
 * @example
 * (table.invalid[i]! & FieldBit.closedOn) !== 0; // case i's end date was unusable
 */
export const FieldBit: { readonly [F in CaseField | "start"]: number } = fieldBits();

function fieldBits(): { readonly [F in CaseField | "start"]: number } {
  const bits: Record<string, number> = {};
  CASE_FIELDS.forEach((definition, index) => (bits[definition.field] = 1 << index));
  // The derived start (startedOn, else registeredOn) is unusable.
  bits.start = 1 << CASE_FIELDS.length;
  return bits as { readonly [F in CaseField | "start"]: number };
}

/**
 * A category column: `codes[i]` indexes `labels`, -1 is empty.
 * Labels are the display text (first spelling seen; case types already grouped to IT/LS/IA).
 */
export interface CategoryColumn {
  readonly codes: Int32Array;
  readonly labels: readonly string[];
}

/** Tri-state column: 1 yes, 0 no, -1 unknown/empty. */
export type TriStateColumn = Int8Array;

/**
 * A column of several categories per case (CSR form): case i has the labels of
 * `codes[starts[i] .. starts[i + 1])`, each at most once.
 */
export interface CategoryListColumn {
  readonly starts: Int32Array;
  readonly codes: Int32Array;
  readonly labels: readonly string[];
}

/** The column type of each kind of case field that is a plain column of the table. */
interface ColumnOfKind {
  readonly category: CategoryColumn;
  readonly categories: CategoryListColumn;
  readonly date: DayColumn;
  /** NaN for empty or unusable. */
  readonly number: Float64Array;
  /** A whole number ≥ 0; NaN for empty or unusable. */
  readonly count: Float64Array;
  readonly boolean: TriStateColumn;
}

/** The case fields that are a column of their own, named after the field (ids and domains are not). */
export type CaseColumnField = CaseFieldOfKind<keyof ColumnOfKind>;

/**
 * One typed column per case field of a plain kind, derived from `CASE_FIELDS`: `closedOn` is a
 * DayColumn because its kind is `date`, `team` a CategoryColumn, `partners` a CategoryListColumn.
 */
export type CaseFieldColumns = {
  readonly [F in CaseColumnField]: ColumnOfKind[CaseFieldKind<F> & keyof ColumnOfKind];
};

/** An export column that no field uses, kept as a category column under its header. */
export interface ExtraColumn {
  /** The header text as in the export. */
  readonly header: string;
  readonly column: CategoryColumn;
}

/**
 * The parsed case table, column-oriented. Row `i` of every column is the same case.
 * Only rows with a valid, unique caseId are in the table. Every field of {@link CaseFieldColumns}
 * has its column (an unmapped one is empty), read as `table.closedOn`, `table.team` ….
 */
export interface CaseTable extends CaseFieldColumns {
  readonly size: number;
  /** 1-based sheet row of each case, for issues and "Ga naar cel". */
  readonly sheetRow: Int32Array;
  /**
   * The case ids as text. A parsed table keeps numeric ids as numbers and builds this array
   * on first access (a getter); read one id with `caseIdAt` to avoid building them all.
   */
  readonly caseId: readonly string[];
  /** `caseId[i]` without building the whole `caseId` array (set by the parser). */
  readonly caseIdAt?: (i: number) => string;
  /** Interned client id per case, -1 when empty; text in `clientIds`. */
  readonly clientKey: Int32Array;
  /** The distinct client ids; like `caseId`, built on first access in a parsed table. */
  readonly clientIds: readonly string[];
  /** `clientIds.length` without building the client id texts (set by the parser). */
  readonly clientCount?: number;
  /** startedOn, or registeredOn when startedOn is empty (SPEC §4); NaN when neither. */
  readonly start: DayColumn;
  /** Main domains per case in CSR form: case i has domainCodes[domainStart[i] .. domainStart[i+1]). */
  readonly domainStart: Int32Array;
  readonly domainCodes: Int32Array;
  /** Domain display names (canonical ZRM name, or the unknown name as written). */
  readonly domainLabels: readonly string[];
  /** The export's columns that no field uses, in column order, as categories (SPEC §2). */
  readonly extras: readonly ExtraColumn[];
  /** Per case, the {@link FieldBit}s of values that were present but unusable. */
  readonly invalid: Uint32Array;
  /** Which fields were mapped at all (a KPI whose inputs are unmapped yields null). */
  readonly mappedFields: ReadonlySet<CaseField>;
}

/** ZRM scores, one row per case × domain. `caseIndex` points into the CaseTable (-1 unknown case). */
export interface ZrmTable {
  readonly size: number;
  readonly sheetRow: Int32Array;
  readonly caseIndex: Int32Array;
  /** Codes into the CaseTable's `domainLabels` (the same code space). */
  readonly domainCode: Int32Array;
  readonly beginScore: Float64Array;
  readonly endScore: Float64Array;
  readonly goalScore: Float64Array;
}

/** Meetings of collective activities, one row per meeting. */
export interface ActivityTable {
  readonly size: number;
  readonly sheetRow: Int32Array;
  /** Interned activity id (activityId, else activityName), -1 empty. */
  readonly activityKey: Int32Array;
  readonly activityIds: readonly string[];
  readonly category: CategoryColumn;
  /** The activity's target group (doelgroep); empty codes when not mapped. */
  readonly targetGroup: CategoryColumn;
  readonly date: DayColumn;
  /** NaN when empty. */
  readonly participants: Float64Array;
}

/** Complaints: only the date matters. */
export interface ComplaintTable {
  readonly size: number;
  readonly sheetRow: Int32Array;
  readonly date: DayColumn;
}

/** Everything the KPIs read, plus every issue found while parsing. */
export interface Dataset {
  readonly cases: CaseTable;
  readonly zrm?: ZrmTable;
  readonly activities?: ActivityTable;
  readonly complaints?: ComplaintTable;
  readonly issues: readonly DataIssue[];
}

/** A KPI filter: keep cases whose `field` equals one of `values` (case- and diacritic-insensitive). */
export interface CaseFilter {
  readonly field: CaseField;
  readonly values: readonly string[];
}

/** Recidive parameters (SPEC §5). */
export interface RecidiveOptions {
  /** Minimum calendar months between the previous case's closedOn and the new start. Default 6. */
  readonly minGapMonths: number;
  /** Require a shared main domain with the previous case. Default true. */
  readonly sameDomain: boolean;
  /** Which date counts as the start for recidive. Default 'startedOn' (i.e. the case's start). */
  readonly startField: "startedOn" | "registeredOn";
}

/** How a value is shown. */
export type ValueFormat = "count" | "days" | "percent" | "decimal" | "score";

/** Whether a rise is good (`up`), bad (`down`) or neither. */
export type Polarity = "up" | "down" | "neutral";
