import type { CategoryColumn, CategoryListColumn } from "../types";
import type { IssueRecord } from "./IssueCollector";

/** The case ids of a {@link CaseTablePart}: see `UniqueIds.part`. */
export interface UniqueIdsPart {
  /** Per id in arrival order: the integer, or -1 - its index in `texts`. */
  readonly values: Int32Array;
  /** The ids that are not integers. */
  readonly texts: readonly string[];
}

/** The client ids of a part: a code per row, and the distinct ids (see `BatchInternResult`). */
export interface InternedIdsPart {
  /** Per row: the code, -1 for no id. */
  readonly keys: Int32Array;
  /** Per code: the integer id, or -1 - its index in `textIds`. */
  readonly codeIds: Int32Array;
  /** The ids that are not integers. */
  readonly textIds: readonly string[];
}

/** The main-domain lists of a part, in CSR form, with the part's own domain labels. */
export interface DomainListsPart {
  readonly start: Int32Array;
  readonly codes: Int32Array;
  readonly labels: readonly string[];
}

/**
 * The rows of a case table read by a parser of their own (the second half of a large file,
 * read in another thread): everything {@link CaseTableParser.append} needs to continue the
 * parser of the rows before them as if it had read these rows itself. Plain data (typed
 * arrays, strings, numbers), to be posted between threads. Row indexes count from the
 * part's first row; codes index the part's own labels, in the order the part met them.
 * The column lists follow the reader order of `createCaseReaders` for the same mapping.
 *
 * @example
 * const part = partParser.takePart();
 * parser.append(part, rowsBefore);
 */
export interface CaseTablePart {
  /** Rows read (lines; blank rows included). */
  readonly rows: number;
  /** Whether a row had a filled cell (see `CaseTableParser.hasFilledRowBelowHeader`). */
  readonly hasFilledRow: boolean;
  /** Cases read. */
  readonly size: number;
  /** Row index per case. */
  readonly src: Int32Array;
  readonly ids: UniqueIdsPart;
  readonly invalid: Uint32Array;
  readonly dates: readonly Float32Array[];
  /** The derived start per case (`deriveCaseStart`); its issues are among `issues`. */
  readonly start: Float32Array;
  /** The category columns, the extra columns after the fields' own. */
  readonly categories: readonly CategoryColumn[];
  readonly lists: readonly CategoryListColumn[];
  readonly numbers: readonly Float64Array[];
  readonly counts: readonly Float64Array[];
  readonly yesNo: readonly Int8Array[];
  readonly clientIds?: InternedIdsPart;
  readonly domains: DomainListsPart;
  /** The part's issues, as added. */
  readonly issues: readonly IssueRecord[];
}
