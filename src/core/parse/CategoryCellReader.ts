import { cellToText } from "../text/cellToText";
import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import { TextLookupCache } from "../text/TextLookupCache";
import type { CategoryColumn, CellValue } from "../types";
import { CellReader } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { CellTarget } from "./CellReader";
import type { CategoryInterner } from "./CategoryInterner";
import { EMPTY_CODE, ERROR_CODE } from "./CategoryInterner";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";

/**
 * Reads category cells into codes of a {@link CategoryInterner} (-1 for empty). Numbers,
 * booleans and dates become their text first (team 3 → "3"). An Excel error value stays
 * -1 with ERROR_VALUE. A text longer than a cell holds is cut (`fitCellText`) with a
 * TEXT_TRUNCATED warning at each cell holding it. A small cache of recent texts answers most
 * cells with one comparison.
 */
export class CategoryCellReader extends CellReader {
  /** Codes of texts seen recently (only codes ≥ 0: empty and error texts take the slow path). */
  private readonly recent = new TextLookupCache<number>(256);

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param codes - Output column.
   * @param interner - The column's labels.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    public codes: Int32Array,
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
    if (typeof value === "string" && value.length !== 0) {
      const code = this.recent.get(value);
      if (code !== undefined) {
        this.codes[k] = code;
        return;
      }
    }
    this.readOther(value, k, r);
  }

  private readOther(value: CellValue, k: number, r: number): void {
    let code: number;
    if (typeof value === "string") {
      if (value.length > CELL_TEXT_LIMIT) {
        // Not cached: each cell holding the long text gets its warning.
        code = this.interner.codeOf(this.fitText(value, r));
      } else {
        code = value.length === 0 ? EMPTY_CODE : this.interner.codeOf(value);
        if (code >= 0) this.recent.set(value, code);
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

  /**
   * Moves the output to a longer column from `arena`, keeping what was read (a chunked parse
   * that outgrew its columns).
   *
   * @param arena - Where the new column comes from.
   * @param capacity - Rows of the new column.
   * @param invalid - The table's grown invalid mask.
   */
  grow(arena: ColumnArena, capacity: number, invalid: Uint32Array): void {
    const codes = arena.int32(capacity);
    codes.set(this.codes);
    this.codes = codes;
    this.moveInvalid(invalid);
  }

  /**
   * Reads the cells of several CategoryCellReaders for cases `from` … `to` - 1 (case k from row
   * `src[k]`), row by row: one loop in which `read` is inlined, and each row is fetched once.
   *
   * @param readers - The readers.
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  static readRows(
    readers: readonly CategoryCellReader[],
    rows: CellRows,
    rowBase: number,
    src: Int32Array,
    from: number,
    to: number
  ): void {
    const count = readers.length;
    if (count === 0) return;
    for (let k = from; k < to; k++) {
      const r = src[k]!;
      const row = rows[r - rowBase]!;
      for (let index = 0; index < count; index++) {
        const reader = readers[index]!;
        reader.read(row[reader.column], k, r);
      }
    }
  }

  /**
   * Appends a column read by another reader of this column (the rows after those read here,
   * see `CaseTableParser.append`), its codes moved to this reader's labels.
   *
   * @param part - The other reader's {@link CategoryCellReader.result}.
   * @param at - Position of the part's first case here.
   */
  append(part: CategoryColumn, at: number): void {
    const codeOf = Int32Array.from(part.labels, (label) => this.interner.codeOfLabel(label));
    const { codes } = part;
    const out = this.codes.subarray(at, at + codes.length);
    for (let k = 0, n = codes.length; k < n; k++) {
      const code = codes[k]!;
      out[k] = code < 0 ? code : codeOf[code]!;
    }
  }

  /** The column read so far, cut to `size` rows. */
  result(size: number): CategoryColumn {
    return { codes: this.codes.subarray(0, size), labels: this.interner.labels };
  }
}
