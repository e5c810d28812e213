/**
 * Splitting CSV text into rows of fields.
 *
 * @module
 */

/** Options of {@link splitCsvRows}. */
export interface SplitCsvRowsOptions {
  /** The field delimiter, one character (`;`, `,` or tab). */
  readonly delimiter: string;
  /** How many rows a chunk holds at most (the last may hold fewer; default 4096). */
  readonly chunkRows?: number;
  /**
   * Offsets in the whole text (all pieces joined), ascending, of characters whose cells the
   * caller wants to know (the bad bytes of a file). A marked character is never a quote,
   * delimiter or line break.
   */
  readonly marks?: readonly number[];
}

/**
 * In the pieces of {@link splitCsvRows}: a place where the caller wants the rows to stop
 * when a row starts exactly there (the cut of a file read in two parts).
 */
export const CSV_STOP: unique symbol = Symbol("CSV_STOP");

/** A cell holding marked characters: see {@link SplitCsvRowsOptions.marks}. */
export interface MarkedCell {
  /** The row's index in the whole text (line − 1). */
  readonly rowIndex: number;
  readonly column: number;
  /** Index in `marks` of the cell's first mark. */
  readonly firstMark: number;
  /** How many marks the cell holds. */
  readonly markCount: number;
}

/** One chunk of {@link splitCsvRows}. */
export interface CsvRows {
  /** The index of the first row in the whole text (line − 1). */
  readonly firstRowIndex: number;
  /** The rows, in the order of the text. */
  readonly rows: string[][];
  /** The cells of these rows that hold marks, in the order of the text. */
  readonly markedCells: MarkedCell[];
  /**
   * Set on the (empty) chunk yielded where a row starts exactly at a {@link CSV_STOP}: the
   * rows before it have all been yielded, `firstRowIndex` is the index of the row at the stop.
   * The rows after it follow when the generator is resumed.
   */
  readonly atStop?: true;
}

/**
 * Splits CSV text, given in pieces (a piece may end anywhere: inside a quoted field, between
 * CR and LF), into chunks of rows: one row per line, line 1 first, so that a row's index is
 * its line number − 1. CRLF, LF and a lone CR each end a line (a file that mixes them gets a
 * row per line as an editor shows it). An empty line is a row `['']`; blank rows (all fields
 * empty) after the last row with a value are dropped.
 *
 * A field that starts with `"` is quoted (RFC 4180): it may hold delimiters and line breaks,
 * `""` in it is one quote, and it ends at a quote followed by a delimiter, a line break or the
 * end of the text (spaces or tabs between are dropped). A quote elsewhere is an ordinary
 * character. A quoted field that does not end that way (a quote never closed, or one followed
 * by other text: `"Noord"-Oost`) is read as unquoted, quotes and all, up to the next delimiter
 * or line break, so that one stray quote spoils one cell rather than swallowing the lines after
 * it. On well-formed text with one kind of line break this gives exactly Papa Parse's rows
 * (`test/cli/splitCsvRows.test.ts` holds them equal).
 *
 * A {@link CSV_STOP} among the pieces makes the generator yield an `atStop` chunk when a row
 * starts exactly there (blank rows before it may still be held back, as anywhere else); it is
 * passed over when the stop falls inside a row (a quoted field with a line break).
 *
 * @param pieces - the text, in order
 * @param options - delimiter, chunk size, marked offsets
 * @returns the chunks of rows
 *
 * @example
 * [...splitCsvRows(['a;"b', '\n"\r', '\n1;2\n\n'], { delimiter: ';' })].flatMap((c) => c.rows);
 * // [['a', 'b\n'], ['1', '2']]
 */
export function* splitCsvRows(
  pieces: Iterable<string | typeof CSV_STOP>,
  options: SplitCsvRowsOptions
): Generator<CsvRows, void, undefined> {
  const chunkRows = options.chunkRows ?? 4096;
  const splitter = new RowSplitter(options.delimiter, options.marks ?? []);
  const iterator = pieces[Symbol.iterator]();
  let done = false;
  while (!done) {
    // A row cut off at the end of the text waits until the text has doubled, so that a very
    // long row (a quoted field over many lines) is not scanned again for every piece.
    const wanted = 2 * splitter.leftover;
    const parts: string[] = [];
    let length = splitter.leftover;
    do {
      const next = iterator.next();
      if (next.done === true) done = true;
      else if (next.value === CSV_STOP) splitter.stopAt = splitter.end + length - splitter.leftover;
      else {
        parts.push(next.value);
        length += next.value.length;
      }
    } while (!done && length < wanted);
    splitter.feed(parts.join(""), done);
    for (;;) {
      if (splitter.readRows(chunkRows)) yield splitter.takeChunk(chunkRows);
      else if (splitter.isAtStop) {
        const before = splitter.takeChunk();
        if (before.rows.length > 0) yield before;
        yield splitter.passStop();
      } else break;
    }
  }
  const last = splitter.takeChunk();
  if (last.rows.length > 0) yield last;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** The end of a quoted field: its value and the position of the character after it. */
interface QuotedField {
  readonly value: string;
  readonly end: number;
}

/** Rows read step by step after `readPlainRows` read none, before it is tried again. */
const PLAIN_PAUSE = 16;

/** {@link RowSplitter.readQuoted}: the text ends before the field is known to end. */
const NEEDS_MORE = 1;
/** {@link RowSplitter.readQuoted}: not a well-formed quoted field. */
const MALFORMED = 2;

/**
 * The state of {@link splitCsvRows}: the text not yet split, and the next position of each
 * character it looks for (found by `indexOf`, kept while the reading position is before it,
 * so that each character of the text is searched once).
 */
class RowSplitter {
  private readonly delimiterCode: number;
  private text = "";
  private length = 0;
  private pos = 0;
  private isFinal = false;
  /** Offset of `text` in the whole text. */
  private base = 0;
  private nextLf = -1;
  private nextCr = -1;
  private nextDelimiter = -1;
  private nextQuote = -1;
  private markIndex = 0;
  private nextMark: number;
  private rowIndex = 0;
  private firstRowIndex = 0;
  private rows: string[][] = [];
  private markedCells: MarkedCell[] = [];
  /** How many rows {@link RowSplitter.readRow} reads before `readPlainRows` is tried again. */
  private plainPause = 0;
  /** Blank rows, kept back until a row with a value follows them. */
  private held: string[][] = [];

  constructor(
    private readonly delimiter: string,
    private readonly marks: readonly number[]
  ) {
    this.delimiterCode = delimiter.charCodeAt(0);
    this.nextMark = marks[0] ?? Infinity;
  }

  /** Offset in the whole text of a {@link CSV_STOP} not yet reached (Infinity for none). */
  stopAt = Infinity;

  /** Offset in the whole text of the end of the text fed so far. */
  get end(): number {
    return this.base + this.length;
  }

  /** Whether the next row starts at `stopAt`. */
  get isAtStop(): boolean {
    return this.base + this.pos === this.stopAt;
  }

  /** The chunk that marks the stop; reading goes on past it. */
  passStop(): CsvRows {
    this.stopAt = Infinity;
    return { firstRowIndex: this.rowIndex, rows: [], markedCells: [], atStop: true };
  }

  /** The length of the text not yet split. */
  get leftover(): number {
    return this.length - this.pos;
  }

  /** Adds text; `isFinal` when no text follows it. */
  feed(more: string, isFinal: boolean): void {
    this.base += this.pos;
    this.text = this.pos < this.length ? this.text.slice(this.pos) + more : more;
    this.length = this.text.length;
    this.pos = 0;
    this.isFinal = isFinal;
    this.nextLf = this.nextCr = this.nextDelimiter = this.nextQuote = -1;
  }

  /** Reads rows until the chunk holds `max`: true then, false when the text runs out first. */
  readRows(max: number): boolean {
    while (this.rows.length < max) {
      // Where lines keep stopping the loop at once (every field quoted, lines ended by a lone
      // CR), it is tried again only after a few rows, not before each one.
      if (this.plainPause > 0) this.plainPause--;
      else if (!this.readPlainRows(max)) this.plainPause = PLAIN_PAUSE;
      if (this.rows.length < max && !this.readRow()) return false;
    }
    return true;
  }

  /**
   * The rows from the reading position that end in a line break (LF or CRLF) before the next
   * quote, lone carriage return, mark or stop (up to `max` in the chunk): each line split at
   * its delimiters, with a search per field and nothing else. {@link RowSplitter.readRow}
   * reads the same rows the same way, one step at a time; this is the path of nearly every
   * row of an export.
   *
   * @returns whether it read a row
   */
  private readPlainRows(max: number): boolean {
    const { text, delimiter } = this;
    const first = this.pos;
    let pos = first;
    const end = Math.min(this.quoteFrom(pos), this.nextMark - this.base, this.stopAt - this.base);
    let at = this.delimiterFrom(pos);
    while (this.rows.length < max) {
      if (this.nextLf < pos) this.nextLf = this.find("\n", pos);
      const lineFeed = this.nextLf;
      if (lineFeed >= end) break;
      if (this.nextCr < pos) this.nextCr = this.find("\r", pos);
      // A carriage return in the line other than just before its line feed ends a line too.
      const lineEnd = this.nextCr === lineFeed - 1 ? lineFeed - 1 : lineFeed;
      if (this.nextCr < lineEnd) break;
      const row: string[] = [];
      while (at < lineEnd) {
        row.push(text.slice(pos, at));
        pos = at + 1;
        at = this.find(delimiter, pos);
      }
      row.push(text.slice(pos, lineEnd));
      pos = lineFeed + 1;
      this.addRow(row);
    }
    this.pos = pos;
    this.nextDelimiter = at;
    return pos > first;
  }

  /**
   * The first `max` rows read since the last call, and their marked cells (blank lines held
   * back and then let through by a row with a value may have made more).
   */
  takeChunk(max = Infinity): CsvRows {
    const { firstRowIndex, rows, markedCells } = this;
    if (rows.length <= max) {
      this.rows = [];
      this.markedCells = [];
      return { firstRowIndex, rows, markedCells };
    }
    const next = firstRowIndex + max;
    const split = markedCells.findIndex((cell) => cell.rowIndex >= next);
    const cut = split < 0 ? markedCells.length : split;
    this.rows = rows.slice(max);
    this.markedCells = markedCells.slice(cut);
    this.firstRowIndex = next;
    return { firstRowIndex, rows: rows.slice(0, max), markedCells: markedCells.slice(0, cut) };
  }

  private readRow(): boolean {
    const start = this.pos;
    if (this.base + start >= this.stopAt) {
      if (this.base + start === this.stopAt) return false;
      // The stop fell inside the row before: there is no row boundary there.
      this.stopAt = Infinity;
    }
    if (start >= this.length) return false;
    const end = this.lineEnd(start);
    if (this.isCut(end)) return false;
    if (this.quoteFrom(start) >= end) {
      this.addRow(this.splitLine(start, end));
      this.pos = this.afterBreak(end);
      return true;
    }
    return this.readQuotedRow(start);
  }

  /** The fields of a line without quotes. */
  private splitLine(start: number, end: number): string[] {
    const row: string[] = [];
    let from = start;
    for (;;) {
      let at = this.delimiterFrom(from);
      if (at > end) at = end;
      if (this.nextMark < this.base + at) this.markCell(row.length, at);
      row.push(this.text.slice(from, at));
      if (at === end) return row;
      from = at + 1;
    }
  }

  /** A row with a quote in it; false when the text ends before the row does. */
  private readQuotedRow(start: number): boolean {
    const { markIndex, nextMark } = this;
    const markedCells = this.markedCells.length;
    const row = this.readFields(start);
    if (row !== undefined) return true;
    // Read again when more text has come: forget the marks found in this row.
    this.markIndex = markIndex;
    this.nextMark = nextMark;
    this.markedCells.length = markedCells;
    return false;
  }

  /** Reads and adds the row at `start`, field by field; undefined when the text is cut short. */
  private readFields(start: number): string[] | undefined {
    const { text, length } = this;
    const row: string[] = [];
    let pos = start;
    for (;;) {
      let field = text.charCodeAt(pos) === QUOTE ? this.readQuoted(pos, row.length) : MALFORMED;
      if (field === NEEDS_MORE) return undefined;
      if (field === MALFORMED) {
        const lineEnd = this.lineEnd(pos);
        if (this.isCut(lineEnd)) return undefined;
        let at = this.delimiterFrom(pos);
        if (at > lineEnd) at = lineEnd;
        if (this.nextMark < this.base + at) this.markCell(row.length, at);
        field = { value: text.slice(pos, at), end: at };
      }
      row.push(field.value);
      if (field.end < length && text.charCodeAt(field.end) === this.delimiterCode) {
        pos = field.end + 1;
        continue;
      }
      if (this.isCut(field.end)) return undefined;
      this.addRow(row);
      this.pos = this.afterBreak(field.end);
      return row;
    }
  }

  /** Whether the text may go on past a line break at `end` (or a line that has none yet). */
  private isCut(end: number): boolean {
    if (this.isFinal) return false;
    return end >= this.length || (end === this.length - 1 && this.text.charCodeAt(end) === CR);
  }

  /** The quoted field opening at `open`. */
  private readQuoted(
    open: number,
    column: number
  ): QuotedField | typeof NEEDS_MORE | typeof MALFORMED {
    const { text, length } = this;
    let from = open + 1;
    let value = "";
    for (;;) {
      const quote = text.indexOf('"', from);
      if (quote < 0) return this.isFinal ? MALFORMED : NEEDS_MORE;
      if (quote + 1 >= length && !this.isFinal) return NEEDS_MORE;
      if (text.charCodeAt(quote + 1) === QUOTE) {
        value += text.slice(from, quote + 1);
        from = quote + 2;
        continue;
      }
      let end = quote + 1;
      let code = text.charCodeAt(end);
      while ((code === SPACE || code === TAB) && code !== this.delimiterCode)
        code = text.charCodeAt(++end);
      if (end >= length) {
        if (!this.isFinal) return NEEDS_MORE;
      } else if (code !== this.delimiterCode && code !== LF && code !== CR) return MALFORMED;
      if (this.nextMark < this.base + quote) this.markCell(column, quote);
      return { value: value + text.slice(from, quote), end };
    }
  }

  /** Notes the marks before `end` as the cell's (they are in the cell: marks come in order). */
  private markCell(column: number, end: number): void {
    const firstMark = this.markIndex;
    while (this.nextMark < this.base + end)
      this.nextMark = this.marks[++this.markIndex] ?? Infinity;
    this.markedCells.push({
      rowIndex: this.rowIndex,
      column,
      firstMark,
      markCount: this.markIndex - firstMark,
    });
  }

  private addRow(row: string[]): void {
    this.rowIndex++;
    if (isBlank(row)) {
      this.held.push(row);
      return;
    }
    if (this.rows.length === 0) this.firstRowIndex = this.rowIndex - 1 - this.held.length;
    if (this.held.length > 0) {
      for (const blank of this.held) this.rows.push(blank);
      this.held = [];
    }
    this.rows.push(row);
  }

  /** The position after the line break at `end` (CRLF is one break). */
  private afterBreak(end: number): number {
    if (end >= this.length) return this.length;
    return this.text.charCodeAt(end) === CR && this.text.charCodeAt(end + 1) === LF
      ? end + 2
      : end + 1;
  }

  /** The first line break at or after `pos`, or the text's length. */
  private lineEnd(pos: number): number {
    if (this.nextLf < pos) this.nextLf = this.find("\n", pos);
    if (this.nextCr < pos) this.nextCr = this.find("\r", pos);
    return this.nextLf < this.nextCr ? this.nextLf : this.nextCr;
  }

  private delimiterFrom(pos: number): number {
    if (this.nextDelimiter < pos) this.nextDelimiter = this.find(this.delimiter, pos);
    return this.nextDelimiter;
  }

  private quoteFrom(pos: number): number {
    if (this.nextQuote < pos) this.nextQuote = this.find('"', pos);
    return this.nextQuote;
  }

  private find(char: string, pos: number): number {
    const at = this.text.indexOf(char, pos);
    return at < 0 ? this.length : at;
  }
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== "") return false;
  return true;
}
