import type { CaseTypeMap } from "../caseTypes/caseTypeMap";
import type { ColumnMapping } from "../mapping/columnMapping";
import type { CellValue, DataIssue, Dataset, Day, IssueCode, IssueSeverity } from "../types";

/** The rows of a sheet as `range.values` (or ExcelJS, or a CSV parser) delivers them. */
export type CellRows = readonly (readonly CellValue[])[];

/** Options of the table parsers. */
export interface ParseOptions {
  /** How case types are grouped; default `DEFAULT_CASE_TYPE_MAP`. */
  readonly caseTypeMap?: CaseTypeMap;
  /** The report's "today": dates after it are reported as FUTURE_DATE. No check when absent. */
  readonly asOf?: Day;
  /**
   * The earliest acceptable date of a case event (not the birth date), meeting or complaint:
   * earlier dates are reported as EARLY_DATE, a likely placeholder such as 1-1-1900. Default
   * `DEFAULT_EARLIEST_DATE` (1-1-1990); `-Infinity` or NaN for no check.
   */
  readonly earliestDate?: Day;
  /** Sheet row number (1-based) of `rows[0]`; default 1. Issues name sheet rows. */
  readonly sheetRowOffset?: number;
  /**
   * Delimited text only: the number of fields a row may have (the header row's, see
   * `createDatasetLoader`). A row with a filled field beyond them is left out with a
   * ROW_TOO_LONG error (a delimiter inside an unquoted value has shifted its values); one with
   * more fields, all empty, is read with a ROW_TOO_LONG warning. A workbook has none: cells
   * right of the header are notes there.
   */
  readonly fieldLimit?: number;
}

/** A parsed table with the issues found in it. */
export interface ParseResult<T> {
  readonly table: T;
  readonly issues: DataIssue[];
}

/** One table handed to {@link loadDataset}. */
export interface TableInput {
  readonly rows: CellRows;
  /** Sheet row number of `rows[0]`; default 1. */
  readonly sheetRowOffset?: number;
  /** The rows are delimited text (a CSV file): see `ParseOptions.fieldLimit`. */
  readonly delimited?: boolean;
  /** A stored mapping; proposed from the rows when absent. */
  readonly mapping?: ColumnMapping;
  /** `field=Header` corrections applied on top of the mapping. */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Problems the file reader found in cells (bad bytes), reported before the table's own. */
  readonly readIssues?: readonly CellReadIssue[];
}

/**
 * A problem a file reader found in one cell before the table was parsed (a byte that is not
 * UTF-8 in a CSV file). {@link loadDataset} turns it into a {@link DataIssue} naming the
 * cell's column header, which only the mapping knows.
 */
export interface CellReadIssue {
  /** Index of the cell's row in `rows`. */
  readonly rowIndex: number;
  /** Index of the cell's column. */
  readonly column: number;
  readonly code: IssueCode;
  readonly severity: IssueSeverity;
  /** The message after its "Casussen, rij 12, kolom …: " prefix, from `MESSAGES`. */
  readonly body: string;
}

/** Everything {@link loadDataset} reads. */
export interface DatasetInput {
  readonly cases: TableInput;
  readonly zrm?: TableInput;
  readonly activities?: TableInput;
  readonly complaints?: TableInput;
  readonly caseTypeMap?: CaseTypeMap;
  readonly asOf?: Day;
  /** See {@link ParseOptions.earliestDate}; default 1-1-1990. */
  readonly earliestDate?: Day;
}

/** A dataset together with the mappings used to read it (for the task pane and the workbook). */
export type LoadedDataset = Dataset & {
  readonly mappings: {
    readonly cases: ColumnMapping;
    readonly zrm?: ColumnMapping;
    readonly activities?: ColumnMapping;
    readonly complaints?: ColumnMapping;
  };
};
