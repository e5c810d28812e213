import { cellToText } from "../text/cellToText";
import type { CategoryColumn, CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import type { CategoryInterner } from "./CategoryInterner";
import { EMPTY_CODE, ERROR_CODE } from "./CategoryInterner";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/**
 * Reads category cells into codes of a {@link CategoryInterner} (-1 for empty). Numbers,
 * booleans and dates become their text first (team 3 → "3"). An Excel error value stays
 * -1 with ERROR_VALUE. Consecutive equal texts (sorted exports) skip the lookup.
 */
export class CategoryCellReader extends CellReader {
  private previousText: string | undefined;
  private previousCode = EMPTY_CODE;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param codes - Output column.
   * @param interner - The column's labels.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    readonly codes: Int32Array,
    private readonly interner: CategoryInterner
  ) {
    super(target, issues);
  }

  /**
   * Reads one cell into position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    let code: number;
    if (typeof value === "string") {
      if (value === this.previousText) {
        code = this.previousCode;
      } else {
        code = value.length === 0 ? EMPTY_CODE : this.interner.codeOf(value);
        this.previousText = value;
        this.previousCode = code;
      }
    } else if (value === null || value === undefined) {
      code = EMPTY_CODE;
    } else {
      code = this.interner.codeOf(cellToText(value));
    }
    if (code === ERROR_CODE) {
      code = EMPTY_CODE;
      this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
    }
    this.codes[k] = code;
  }

  /** The column read so far, cut to `size` rows. */
  result(size: number): CategoryColumn {
    return { codes: this.codes.subarray(0, size), labels: this.interner.labels };
  }
}
