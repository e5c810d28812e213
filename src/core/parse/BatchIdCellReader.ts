import { BatchInterner } from "../text/BatchInterner";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import { cellToIdText } from "./cellToIdText";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";

/**
 * Reads an id column whose keys are only needed once the whole table is read (the case
 * table's client ids): each cell is recorded in a {@link BatchInterner}, which resolves
 * all of them at the end, much faster than one lookup per row for a million ids. Ids are
 * trimmed text, a number is its text (123 ≡ "123"); an Excel error value reports
 * ERROR_VALUE and counts as no id.
 */
export class BatchIdCellReader extends CellReader {
  private readonly interner: BatchInterner;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param capacity - Maximum number of rows.
   */
  constructor(target: CellTarget, issues: IssueCollector, capacity: number) {
    super(target, issues);
    this.interner = new BatchInterner(capacity);
  }

  /**
   * Records one cell as the id of position `k`.
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    if (typeof value === "string") {
      if (value.length === 0) return;
      const id = cellToIdText(value);
      if (id === "") return;
      if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
      this.interner.addText(k, id);
    } else if (typeof value === "number") {
      if (Number.isFinite(value)) this.interner.addNumber(k, value);
      else if (value === value) this.interner.addText(k, String(value));
    } else if (value !== null && value !== undefined) {
      const id = cellToIdText(value);
      if (id !== "") this.interner.addText(k, id);
    }
  }

  /**
   * The keys of positions 0..n-1 and the distinct ids in first-seen order.
   *
   * @param n - Number of positions read.
   * @returns Keys (-1 for no id) and texts.
   */
  result(n: number): { keys: Int32Array; texts: string[] } {
    return this.interner.finish(n);
  }
}
