import type { DomainInterner } from "../domains/DomainInterner";
import { splitDomainCell } from "../domains/splitDomainCell";
import type { MappedColumn } from "../mapping/columnMapping";
import { cellToText } from "../text/cellToText";
import { CELL_TEXT_LIMIT, fitCellText } from "../text/fitCellText";
import { isExcelErrorText } from "../text/isExcelErrorText";
import { TextLookupCache } from "../text/TextLookupCache";
import type { CellValue } from "../types";
import type { DomainListsPart } from "./CaseTablePart";
import type { ColumnArena } from "./ColumnArena";
import type { IssueCollector } from "./IssueCollector";
import { MESSAGES } from "./messages";
import type { CellRows } from "./types";

/** What one distinct cell text holds: domain codes, unknown names, or an error value. */
interface CellDomains {
  readonly codes: readonly number[];
  /** The code when the cell is exactly one known domain, else -1. */
  readonly single: number;
  readonly unknown: readonly string[];
  readonly isError: boolean;
  /** The length of a text longer than a cell holds (which was cut before it was split), else 0. */
  readonly cutFrom: number;
}

/** Main domains per case in CSR form: case k has `codes[start[k] .. start[k + 1])`. */
export interface DomainLists {
  readonly start: Int32Array;
  readonly codes: Int32Array;
}

/**
 * Reads the main-domain cells of a case ("Hoofddomeinen", or "Hoofddomein 1" …
 * "Hoofddomein n") and appends their codes to CSR lists. A cell may hold several domains
 * (`splitDomainCell`), parsed once per distinct text; a domain that occurs twice for one
 * case counts once. Unknown names are kept as written and reported (UNKNOWN_DOMAIN
 * warning) at each occurrence; an Excel error value marks the case invalid (ERROR_VALUE). A
 * text longer than a cell holds is cut (`fitCellText`) before it is split, with a
 * TEXT_TRUNCATED warning at each cell holding it.
 */
export class DomainCellReader {
  private start: Int32Array;
  private codes: Int32Array;
  private length = 0;
  private readonly cache = new Map<string, CellDomains>();
  private readonly recent = new TextLookupCache<CellDomains>(256);

  /**
   * @param columns - The domain columns.
   * @param interner - The shared domain code space.
   * @param issues - Where problems go.
   * @param capacity - Maximum number of cases.
   * @param consequence - Sentence for an error value.
   * @param invalid - The case table's invalid mask.
   * @param bit - The mainDomains bit.
   * @param arena - Where the lists come from (new arrays when absent).
   */
  constructor(
    private readonly columns: readonly MappedColumn[],
    private readonly interner: DomainInterner,
    private readonly issues: IssueCollector,
    capacity: number,
    private readonly consequence: string,
    private invalid: Uint32Array,
    private readonly bit: number,
    arena?: ColumnArena
  ) {
    this.start = arena ? arena.int32(capacity + 1) : new Int32Array(capacity + 1);
    const room = Math.max(16, capacity + (capacity >> 1));
    this.codes = arena ? arena.int32(room) : new Int32Array(room);
  }

  /**
   * Reads the domain cells of one row as case `k`.
   *
   * @param row - The row.
   * @param k - Output position.
   * @param r - Row index (for issues).
   */
  read(row: readonly CellValue[], k: number, r: number): void {
    const first = this.length;
    this.start[k] = first;
    const columns = this.columns;
    for (let index = 0; index < columns.length; index++) {
      const mapped = columns[index]!;
      const value = row[mapped.column];
      if (value === "" || value === null || value === undefined) continue;
      const cell =
        (typeof value === "string" ? this.recent.get(value) : undefined) ?? this.lookup(value);
      if (cell.single >= 0) this.pushCode(cell.single, first);
      else this.readCell(cell, value, mapped, k, r);
    }
  }

  /**
   * Moves the list starts and the invalid mask to longer columns, keeping what was read (a
   * chunked parse that outgrew its columns); the codes grow on their own.
   *
   * @param arena - Where the new column comes from.
   * @param capacity - Cases the new column holds.
   * @param invalid - The table's grown invalid mask.
   */
  grow(arena: ColumnArena, capacity: number, invalid: Uint32Array): void {
    const start = arena.int32(capacity + 1);
    start.set(this.start);
    this.start = start;
    this.invalid = invalid;
  }

  /**
   * Reads the domain cells of cases `from` … `to` - 1 (case k from row `src[k]`) in one loop.
   *
   * @param rows - The sheet's rows, or a chunk of them.
   * @param rowBase - Row index of `rows[0]` (0 for the whole sheet).
   * @param src - Row index per case.
   * @param from - First case.
   * @param to - End of the cases (exclusive).
   */
  readRows(rows: CellRows, rowBase: number, src: Int32Array, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const r = src[k]!;
      this.read(rows[r - rowBase]!, k, r);
    }
  }

  /** What a cell holds, parsed once per distinct text. */
  private lookup(value: CellValue): CellDomains {
    const text = typeof value === "string" ? value : cellToText(value);
    let cell = this.cache.get(text);
    if (cell === undefined) {
      cell = this.parse(text);
      this.cache.set(text, cell);
    }
    this.recent.set(text, cell);
    return cell;
  }

  /** A cell that is not one known domain: an error value, several domains or unknown names. */
  private readCell(
    cell: CellDomains,
    value: CellValue,
    mapped: MappedColumn,
    k: number,
    r: number
  ): void {
    if (cell.cutFrom > 0)
      this.issues.add(
        "TEXT_TRUNCATED",
        "warning",
        r,
        mapped.column,
        mapped.header,
        MESSAGES.textTruncated(cell.cutFrom)
      );
    if (cell.isError) {
      this.invalid[k]! |= this.bit;
      this.issues.add(
        "ERROR_VALUE",
        "error",
        r,
        mapped.column,
        mapped.header,
        MESSAGES.errorValue(value, this.consequence)
      );
      return;
    }
    const first = this.start[k]!;
    for (const code of cell.codes) this.pushCode(code, first);
    for (const name of cell.unknown) {
      this.issues.add(
        "UNKNOWN_DOMAIN",
        "warning",
        r,
        mapped.column,
        mapped.header,
        MESSAGES.unknownDomain(name)
      );
    }
  }

  /**
   * Appends the lists read by another reader of these columns (the cases after those read
   * here, see `CaseTableParser.append`), their codes moved to this reader's interner.
   *
   * @param part - The other reader's lists and its interner's labels.
   * @param at - Position of the part's first case here (the number of cases read here).
   */
  append(part: DomainListsPart, at: number): void {
    const codeOf = part.labels.map((label) => this.interner.codeOf(label));
    const { start, codes } = part;
    const cases = start.length - 1;
    for (let k = 0; k < cases; k++) {
      const first = this.length;
      this.start[at + k] = first;
      for (let index = start[k]!; index < start[k + 1]!; index++)
        this.pushCode(codeOf[codes[index]!]!, first);
    }
  }

  /** The lists of the first `size` cases. */
  result(size: number): DomainLists {
    const start = this.start.subarray(0, size + 1);
    start[size] = this.length;
    return { start, codes: this.codes.subarray(0, this.length) };
  }

  /** Appends a code to the current case's list (which starts at `first`) unless it is there. */
  private pushCode(code: number, first: number): void {
    for (let index = first; index < this.length; index++) if (this.codes[index] === code) return;
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  private parse(text: string): CellDomains {
    if (isExcelErrorText(text))
      return { codes: [], single: -1, unknown: [], isError: true, cutFrom: 0 };
    // A long text is cut first; its cell never takes the fast path, so each one is reported.
    const cutFrom = text.length > CELL_TEXT_LIMIT ? text.length : 0;
    const codes: number[] = [];
    const unknown: string[] = [];
    for (const match of splitDomainCell(cutFrom > 0 ? fitCellText(text) : text)) {
      codes.push(this.interner.codeOf(match.name));
      if (!match.known) unknown.push(match.name);
    }
    const single = codes.length === 1 && unknown.length === 0 && cutFrom === 0 ? codes[0]! : -1;
    return { codes, single, unknown, isError: false, cutFrom };
  }
}
