import { cellToText } from "../text/cellToText";
import { CELL_TEXT_LIMIT, fitCellText } from "../text/fitCellText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import { TextLookupCache } from "../text/TextLookupCache";
import type { CategoryListColumn, CellValue } from "../types";
import type { CategoryInterner } from "./CategoryInterner";
import { EMPTY_CODE } from "./CategoryInterner";
import { CellReader } from "./CellReader";
import type { CellTarget } from "./CellReader";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";

/** What separates the categories of one cell: `;` `,` `|` `/` or a line break (as main domains). */
const SEPARATORS = /[;,|/\r\n]+/;

/** What one distinct cell text holds. */
interface CellCategories {
  /** Distinct codes, in order. */
  readonly codes: readonly number[];
  readonly isError: boolean;
  /** The length of a text longer than a cell holds (cut before it was split), else 0. */
  readonly cutFrom: number;
}

/**
 * Reads cells that hold several categories ("Wijkteam; GGD | Schuldhulp") into CSR lists of
 * codes of a {@link CategoryInterner}: split at `;` `,` `|` `/` or a line break, each piece a
 * category as {@link CategoryCellReader} reads one (trimmed, grouped case- and
 * diacritic-insensitively), each at most once per case. A distinct text is split once. An Excel
 * error value leaves the case's list empty, marks it invalid and is reported (ERROR_VALUE); a
 * text longer than a cell holds is cut before it is split, with TEXT_TRUNCATED.
 *
 * @example
 * // 'GGD; Wijkteam' and 'wijkteam/GGD' give the same two codes.
 */
export class CategoryListCellReader extends CellReader {
  private starts: Int32Array;
  private codes: Int32Array;
  private length = 0;
  private readonly cache = new Map<string, CellCategories>();
  private readonly recent = new TextLookupCache<CellCategories>(256);

  /**
   * @param target - The column and how to report.
   * @param issues - Where problems go.
   * @param capacity - Maximum number of cases.
   * @param interner - The column's labels.
   * @param arena - Where the lists come from.
   */
  constructor(
    target: CellTarget,
    issues: IssueCollector,
    capacity: number,
    private readonly interner: CategoryInterner,
    arena: ColumnArena
  ) {
    super(target, issues);
    this.starts = arena.int32(capacity + 1);
    this.codes = new Int32Array(Math.max(16, capacity));
  }

  /**
   * Reads one cell as case `k` (cases are read in order).
   *
   * @param value - The cell.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(value: CellValue, k: number, r: number): void {
    this.starts[k] = this.length;
    if (value === "" || value === null || value === undefined) return;
    const cell =
      (typeof value === "string" ? this.recent.get(value) : undefined) ?? this.lookup(value);
    if (cell.cutFrom > 0 || cell.isError) this.report(cell, value, k, r);
    const codes = cell.codes;
    for (let index = 0; index < codes.length; index++) this.pushCode(codes[index]!);
  }

  /**
   * Moves the list starts to a longer column from `arena`, keeping what was read (a chunked
   * parse that outgrew its columns).
   *
   * @param arena - Where the new column comes from.
   * @param capacity - Cases the new column holds.
   * @param invalid - The table's grown invalid mask.
   */
  grow(arena: ColumnArena, capacity: number, invalid: Uint32Array): void {
    const starts = arena.int32(capacity + 1);
    starts.set(this.starts);
    this.starts = starts;
    this.moveInvalid(invalid);
  }

  /**
   * Reads the cells of several readers for cases `from` … `to` - 1 (case k from row `src[k]`).
   *
   * @param readers - The readers.
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  static readRows(
    readers: readonly CategoryListCellReader[],
    rows: CellRows,
    rowBase: number,
    src: Int32Array,
    from: number,
    to: number
  ): void {
    for (const reader of readers) {
      for (let k = from; k < to; k++) {
        const r = src[k]!;
        reader.read(rows[r - rowBase]![reader.column], k, r);
      }
    }
  }

  /**
   * Appends the lists read by another reader of this column (the cases after those read
   * here, see `CaseTableParser.append`), their codes moved to this reader's labels.
   *
   * @param part - The other reader's {@link CategoryListCellReader.result}.
   * @param at - Position of the part's first case here (the number of cases read here).
   */
  append(part: CategoryListColumn, at: number): void {
    const codeOf = Int32Array.from(part.labels, (label) => this.interner.codeOfLabel(label));
    const { starts, codes } = part;
    const cases = starts.length - 1;
    const first = starts[0] ?? 0;
    const count = (starts[cases] ?? first) - first;
    // Room for all the part's codes at once (as `pushCode` would grow), then two plain loops.
    let capacity = this.codes.length;
    while (capacity < this.length + count) capacity *= 2;
    if (capacity > this.codes.length) {
      const grown = new Int32Array(capacity);
      grown.set(this.codes.subarray(0, this.length));
      this.codes = grown;
    }
    const base = this.length - first;
    const ownStarts = this.starts;
    for (let k = 0; k < cases; k++) ownStarts[at + k] = base + starts[k]!;
    const out = this.codes;
    for (let index = first, to = first + count; index < to; index++)
      out[base + index] = codeOf[codes[index]!]!;
    this.length += count;
  }

  /** The lists of the first `size` cases. */
  result(size: number): CategoryListColumn {
    const starts = this.starts.subarray(0, size + 1);
    starts[size] = this.length;
    return { starts, codes: this.codes.slice(0, this.length), labels: this.interner.labels };
  }

  private report(cell: CellCategories, value: CellValue, k: number, r: number): void {
    if (cell.cutFrom > 0)
      this.issues.add(
        "TEXT_TRUNCATED",
        "warning",
        r,
        this.column,
        this.header,
        MESSAGES.textTruncated(cell.cutFrom)
      );
    if (cell.isError) this.fail(k, r, "ERROR_VALUE", MESSAGES.errorValue(value, this.consequence));
  }

  private lookup(value: CellValue): CellCategories {
    const text = typeof value === "string" ? value : cellToText(value);
    let cell = this.cache.get(text);
    if (cell === undefined) {
      cell = this.parse(text);
      this.cache.set(text, cell);
    }
    if (cell.cutFrom === 0) this.recent.set(text, cell);
    return cell;
  }

  private parse(text: string): CellCategories {
    if (isExcelErrorText(text.trim())) return { codes: [], isError: true, cutFrom: 0 };
    const cutFrom = text.length > CELL_TEXT_LIMIT ? text.length : 0;
    const codes: number[] = [];
    for (const piece of (cutFrom > 0 ? fitCellText(text) : text).split(SEPARATORS)) {
      const code = this.interner.codeOf(piece);
      if (code !== EMPTY_CODE && code >= 0 && !codes.includes(code)) codes.push(code);
    }
    return { codes, isError: false, cutFrom };
  }

  private pushCode(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }
}
