import { cellToDay } from "../dates/cellToDay";
import { INVALID_DAY, MAX_DAY } from "../dates/constants";
import { parseCommonDateText } from "../dates/parseCommonDateText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CellValue, Day, DayColumn } from "../types";
import type { CellTarget } from "./CellReader";
import { CellReader } from "./CellReader";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";

/** Cache marker for a text that is an Excel error value. */
const ERROR_TEXT = Infinity;
/** The first serial number past the last day a date cell may hold. */
const LAST_SERIAL = MAX_DAY + 1;

/**
 * Reads date cells into a {@link DayColumn} (NaN for empty). A serial number in range takes a
 * branch-only fast path; a text in a common shape (`30-9-2024`, `2024-09-30`) is read
 * straight from its characters (`parseCommonDateText`); any other text goes through the full
 * rules once per distinct text (a per-reader cache: exports with a time part, such as
 * `2024-09-30 00:00:00`, repeat a few thousand texts millions of times, and the full rules
 * cost several times a lookup). An unusable value becomes NaN
 * with INVALID_DATE (or ERROR_VALUE). A date after `asOf` is FUTURE_DATE: with an invalid
 * mask it keeps its value and is marked; without one (activities, complaints) it becomes
 * NaN. A date before `earliest` (a placeholder such as 1-1-1900) is EARLY_DATE, handled the
 * same way. With a `missingMessage` an empty cell is reported as MISSING_VALUE.
 */
export class DateCellReader extends CellReader {
  private textCache: Map<string, Day> | undefined;

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param out - Output column.
   * @param asOf - Latest acceptable day (`Infinity` for no check).
   * @param earliest - Earliest acceptable day (`-Infinity` for no check).
   * @param missingMessage - Message body for an empty cell, when the date is required.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    readonly out: DayColumn,
    private readonly asOf: Day,
    private readonly earliest: Day,
    private readonly missingMessage?: string
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
    if (typeof value === "number" && value >= 61 && value < LAST_SERIAL) {
      const day = Math.floor(value);
      this.out[k] = day;
      if (day > this.asOf) this.future(k, r, day);
      else if (day < this.earliest) this.early(k, r, day);
      return;
    }
    if (value === "" || value === null || value === undefined) {
      this.empty(k, r);
      return;
    }
    this.readOther(value, k, r);
  }
  /**
   * Reads the cells of several DateCellReaders for cases `from` … `to` - 1 (case k from row
   * `src[k]`), row by row: one loop in which `read` is inlined, and each row is fetched once.
   *
   * @param readers - The readers.
   * @param rows - The sheet's rows.
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  static readRows(
    readers: readonly DateCellReader[],
    rows: CellRows,
    src: Int32Array,
    from: number,
    to: number
  ): void {
    const count = readers.length;
    if (count === 0) return;
    for (let k = from; k < to; k++) {
      const r = src[k]!;
      const row = rows[r]!;
      for (let index = 0; index < count; index++) {
        const reader = readers[index]!;
        reader.read(row[reader.column], k, r);
      }
    }
  }

  private empty(k: number, r: number): void {
    this.out[k] = NaN;
    if (this.missingMessage !== undefined) this.fail(k, r, "MISSING_VALUE", this.missingMessage);
  }

  private readOther(value: CellValue, k: number, r: number): void {
    let day: Day;
    if (typeof value === "string") {
      const common = parseCommonDateText(value);
      if (common !== undefined) {
        this.write(k, r, common);
        return;
      }
      this.textCache ??= new Map();
      let cached = this.textCache.get(value);
      if (cached === undefined) {
        cached = isExcelErrorText(value) ? ERROR_TEXT : cellToDay(value);
        this.textCache.set(value, cached);
      }
      if (cached === ERROR_TEXT) {
        this.out[k] = NaN;
        this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
        return;
      }
      day = cached;
    } else {
      day = cellToDay(value);
    }
    if (day === INVALID_DAY) {
      this.out[k] = NaN;
      this.fail(k, r, "INVALID_DATE", MESSAGES.invalidDate(value, this.consequence));
    } else if (day !== day) {
      this.empty(k, r);
    } else {
      this.write(k, r, day);
    }
  }

  /** Writes a valid day, checking it against `asOf` and `earliest`. */
  private write(k: number, r: number, day: Day): void {
    this.out[k] = day;
    if (day > this.asOf) this.future(k, r, day);
    else if (day < this.earliest) this.early(k, r, day);
  }

  private future(k: number, r: number, day: Day): void {
    if (this.invalid === undefined) this.out[k] = NaN;
    this.fail(k, r, "FUTURE_DATE", MESSAGES.futureDate(day, this.asOf, this.consequence));
  }

  private early(k: number, r: number, day: Day): void {
    if (this.invalid === undefined) this.out[k] = NaN;
    this.fail(k, r, "EARLY_DATE", MESSAGES.earlyDate(day, this.earliest, this.consequence));
  }
}
