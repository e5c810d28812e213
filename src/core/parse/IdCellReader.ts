import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import { StringInterner } from "../text/StringInterner";
import type { CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import { cellToIdText } from "./cellToIdText";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/**
 * Reads id cells (client ids, activity ids) into interned keys: trimmed text, a number
 * is its text (123 ≡ "123"); -1 for empty. An Excel error value stays -1 with
 * ERROR_VALUE; an id longer than a cell holds is cut (`fitCellText`, TEXT_TRUNCATED at each
 * cell holding it). Several readers may share one interner (activity id, else name).
 */
export class IdCellReader extends CellReader {
  private previousValue: CellValue = undefined;
  private previousKey = -1;
  private readonly numberKeys = new Map<number, number>();

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param keys - Output column (filled with -1 by the caller).
   * @param interner - The id texts.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    readonly keys: Int32Array,
    readonly interner: StringInterner
  ) {
    super(target, issues);
  }

  /**
   * Reads one cell into position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   * @returns The key written (-1 when empty or unusable).
   */
  read(value: CellValue, k: number, r: number): number {
    let key: number;
    if (value === this.previousValue) {
      key = this.previousKey;
    } else if (typeof value === "string") {
      key = value.length === 0 ? -1 : this.internText(cellToIdText(value), value, k, r);
      // A long text is not remembered as the previous value: each cell holding it is reported.
      if (value.length > CELL_TEXT_LIMIT) return (this.keys[k] = key);
    } else if (typeof value === "number") {
      let known = this.numberKeys.get(value);
      if (known === undefined) {
        known = value !== value ? -1 : this.internText(String(value), value, k, r);
        this.numberKeys.set(value, known);
      }
      key = known;
    } else if (value === null || value === undefined) {
      key = -1;
    } else {
      key = this.internText(cellToIdText(value), value, k, r);
    }
    if (key >= 0) {
      this.previousValue = value;
      this.previousKey = key;
    }
    this.keys[k] = key;
    return key;
  }

  private internText(id: string, value: CellValue, k: number, r: number): number {
    if (id === "") return -1;
    if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
      this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
      return -1;
    }
    return this.interner.intern(id.length > CELL_TEXT_LIMIT ? this.fitText(id, r) : id);
  }
}
