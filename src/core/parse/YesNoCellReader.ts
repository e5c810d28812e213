import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import { NOT_YES_NO, parseYesNoText } from "./parseYesNoText";

/** Cache marker for a text that is an Excel error value. */
const ERROR_TEXT = -3;

/**
 * Reads yes/no cells into an Int8Array: 1 yes, 0 no, -1 unknown or empty. Booleans and
 * the numbers 1 and 0 count; texts as `parseYesNoText` reads them. An unusable value
 * stays -1 with INVALID_BOOLEAN (or ERROR_VALUE).
 */
export class YesNoCellReader extends CellReader {
  private readonly textCache = new Map<string, number>();

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    readonly out: Int8Array
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
    let state: number;
    if (typeof value === "string") {
      let cached = this.textCache.get(value);
      if (cached === undefined) {
        const trimmed = value.trim();
        cached =
          trimmed === "" ? -1 : isExcelErrorText(trimmed) ? ERROR_TEXT : parseYesNoText(trimmed);
        this.textCache.set(value, cached);
      }
      state = cached;
    } else if (typeof value === "boolean") {
      state = value ? 1 : 0;
    } else if (typeof value === "number") {
      state = value === 1 ? 1 : value === 0 ? 0 : value !== value ? -1 : NOT_YES_NO;
    } else if (value === null || value === undefined) {
      state = -1;
    } else {
      state = NOT_YES_NO;
    }
    if (state >= -1) {
      this.out[k] = state;
      return;
    }
    this.out[k] = -1;
    if (state === ERROR_TEXT)
      this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
    else this.fail(k, r, "INVALID_BOOLEAN", MESSAGES.invalidBoolean(value, this.consequence));
  }
}
