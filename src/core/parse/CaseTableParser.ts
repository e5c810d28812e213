import { DEFAULT_CASE_TYPE_MAP } from "../caseTypes/caseTypeMap";
import { MappingError } from "../errors";
import type { ColumnMapping, MappedColumn } from "../mapping/columnMapping";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import { caseFieldColumns, mappedCaseFields } from "./caseFieldColumns";
import { CaseIdReader } from "./CaseIdReader";
import type { CaseTablePart } from "./CaseTablePart";
import { CategoryCellReader } from "./CategoryCellReader";
import { CategoryListCellReader } from "./CategoryListCellReader";
import { CountCellReader } from "./CountCellReader";
import type { CaseReaders, FieldReader } from "./createCaseReaders";
import { createCaseReaders, growCaseReaders } from "./createCaseReaders";
import { DateCellReader } from "./DateCellReader";
import { deriveCaseStart } from "./deriveCaseStart";
import { resolveEarliestDate } from "./earliestDate";
import { emptyCodeColumn, emptyDayColumn } from "./emptyColumns";
import { IssueCollector } from "./IssueCollector";
import { NumberCellReader } from "./NumberCellReader";
import { ParsedCaseTable, type CaseTableColumns } from "./ParsedCaseTable";
import { isEmptyCell } from "./scanRows";
import type { CellRows, ParseOptions, ParseResult } from "./types";
import { YesNoCellReader } from "./YesNoCellReader";

/** Cases per batch: a batch's rows (about 200 bytes each) fit in a core's L2 cache. */
const BATCH_CASES = 2048;

/** Columns of a chunked parse start this long when no `expectedRows` is given. */
const FIRST_CAPACITY = 1 << 14;

/** Options of {@link CaseTableParser}. */
export interface CaseTableParserOptions extends ParseOptions {
  /**
   * Rows the table is expected to have below its header (a guess, e.g. from the file size):
   * the columns start this long and double when a chunk brings more rows. A good guess saves
   * the copies; a wrong one costs speed and memory, never results.
   */
  readonly expectedRows?: number;
  /**
   * The rows continue a table whose header row was read elsewhere: every row is below the
   * header, row 0 included. Such a parser is ended with {@link CaseTableParser.takePart}.
   */
  readonly continuation?: boolean;
}

/**
 * Reads the case table into typed columns as its rows arrive, chunk by chunk (a CSV file or
 * a workbook read in parts, a sheet read through Office.js in round trips): each chunk is
 * read into the columns when it is pushed, and nothing keeps it afterwards. The rules are
 * those of `parseCaseTable` (which is this parser with the whole sheet as one chunk), and
 * so is the result: the same columns and the same issues in the same order, wherever the
 * chunks are cut.
 *
 * Chunks are consecutive rows, sheet row `sheetRowOffset` (default 1) first; the header row
 * (`mapping.headerRowIndex`) may be in any chunk. The columns are allocated for
 * `expectedRows` and grow by doubling (one new arena for all of them, the old one garbage
 * after the copy): rows keep arriving, so their number is only known at the end.
 *
 * @example
 * const parser = new CaseTableParser(mapping, { asOf: 45565 });
 * for (const chunk of chunks) parser.push(chunk);
 * const { table, issues } = parser.finish();
 */
export class CaseTableParser {
  private readonly issues: IssueCollector;
  private readers: CaseReaders;
  private readonly caseIds: CaseIdReader;
  private readonly dateReaders: DateCellReader[];
  private readonly categoryReaders: CategoryCellReader[];
  private readonly listReaders: CategoryListCellReader[];
  private readonly numberReaders: NumberCellReader[];
  private readonly countReaders: CountCellReader[];
  private readonly yesNoReaders: YesNoCellReader[];
  private readonly firstRow: number;
  private capacity: number;
  /** Row index of the next chunk's first row. */
  private nextRow = 0;
  private filledRowBelowHeader = false;
  private done = false;
  /** The derived start of the cases before {@link CaseTableParser.derived} (`deriveStarts`). */
  private start: Float32Array | undefined;
  /** How many cases have their start derived. */
  private derived = 0;

  /**
   * Throws what the constructor throws for a mapping it cannot read with: for a caller that
   * makes the parser later but reports a bad mapping now.
   *
   * @param mapping - The case mapping.
   * @returns The case id's column.
   * @throws {MappingError} When the mapping is not for cases or lacks the caseId column.
   * @example
   * CaseTableParser.checkMapping(mapping); // before the rows come
   */
  static checkMapping(mapping: ColumnMapping): MappedColumn {
    if (mapping.table !== "cases")
      throw new MappingError(wrongTableMessage("cases", mapping.table));
    const idColumn = mapping.fields.caseId;
    if (idColumn === undefined)
      throw new MappingError(missingRequiredMessage("cases", ["Casusnummer"]));
    return idColumn;
  }

  /**
   * @param mapping - A case mapping with caseId mapped.
   * @param options - As `parseCaseTable`'s, and the expected number of rows.
   * @throws {MappingError} When the mapping is not for cases or lacks the caseId column.
   */
  constructor(
    private readonly mapping: ColumnMapping,
    options: CaseTableParserOptions = {}
  ) {
    const idColumn = CaseTableParser.checkMapping(mapping);
    this.issues = new IssueCollector("cases", options.sheetRowOffset ?? 1);
    this.firstRow = options.continuation === true ? 0 : mapping.headerRowIndex + 1;
    this.capacity = Math.max(0, Math.floor(options.expectedRows ?? FIRST_CAPACITY));
    const asOf =
      options.asOf !== undefined && !Number.isNaN(options.asOf) ? options.asOf : Infinity;
    this.readers = createCaseReaders(
      mapping,
      this.issues,
      this.capacity,
      asOf,
      resolveEarliestDate(options.earliestDate),
      options.caseTypeMap ?? DEFAULT_CASE_TYPE_MAP
    );
    const { byKind, extras } = this.readers;
    const readersOf = <R>(list: readonly FieldReader<R>[]): R[] => list.map(({ reader }) => reader);
    this.dateReaders = readersOf(byKind.date);
    // The extra columns are categories too, read in the same loop.
    this.categoryReaders = [...readersOf(byKind.category), ...extras.map(({ reader }) => reader)];
    this.listReaders = readersOf(byKind.categories);
    this.numberReaders = readersOf(byKind.number);
    this.countReaders = readersOf(byKind.count);
    this.yesNoReaders = readersOf(byKind.boolean);
    this.caseIds = new CaseIdReader(
      idColumn,
      this.issues,
      this.capacity,
      this.readers.arena,
      options.fieldLimit
    );
  }

  /**
   * Whether some row below the header row has a filled cell (a case, or a row left out with
   * an issue): tells "only a header row" from "every row left out" in `tableWarnings`.
   */
  get hasFilledRowBelowHeader(): boolean {
    return this.filledRowBelowHeader;
  }

  /**
   * Reads the next rows into the columns. The parser keeps no reference to `rows`.
   *
   * @param rows - The rows after those pushed before (the first chunk starts at the sheet's
   *   first row).
   * @throws {Error} After {@link CaseTableParser.finish}.
   */
  push(rows: CellRows): void {
    if (this.done) throw new Error("CaseTableParser.push after finish");
    const rowBase = this.nextRow;
    const end = rowBase + rows.length;
    this.nextRow = end;
    let r = Math.max(this.firstRow, rowBase);
    if (r >= end) return;
    if (!this.filledRowBelowHeader)
      this.filledRowBelowHeader = !rows.slice(r - rowBase).every((row) => row.every(isEmptyCell));
    const caseIds = this.caseIds;
    if (caseIds.size + (end - r) > this.capacity) this.grow(caseIds.size + (end - r));
    const { clientId, domains } = this.readers;
    // A batch of rows at a time: first the ids (which rows are cases), then the batch's cases
    // once per kind of reader, in one loop per kind in which that kind's `read` is inlined (a
    // call site per field in one loop would exceed the compiler's inlining budget, and a call
    // per cell costs more than the cell). A batch's rows stay in the CPU cache between the
    // loops. Issues come out of row order and are sorted by the collector.
    while (r < end) {
      const from = caseIds.size;
      r = caseIds.readRows(rows, rowBase, r, BATCH_CASES);
      const to = caseIds.size;
      const src = caseIds.src;
      if (clientId) clientId.readRows(rows, rowBase, src, from, to);
      DateCellReader.readRows(this.dateReaders, rows, rowBase, src, from, to);
      CategoryCellReader.readRows(this.categoryReaders, rows, rowBase, src, from, to);
      NumberCellReader.readRows(this.numberReaders, rows, rowBase, src, from, to);
      CountCellReader.readRows(this.countReaders, rows, rowBase, src, from, to);
      CategoryListCellReader.readRows(this.listReaders, rows, rowBase, src, from, to);
      YesNoCellReader.readRows(this.yesNoReaders, rows, rowBase, src, from, to);
      domains.readRows(rows, rowBase, src, from, to);
    }
  }

  /**
   * Ends the table: derives the starts, checks the dates against each other and hands back
   * the table. Call once, after the last chunk.
   *
   * @returns The table and its issues (sorted by row, then column).
   * @throws {Error} When called twice.
   */
  finish(): ParseResult<ParsedCaseTable> {
    if (this.done) throw new Error("CaseTableParser.finish called twice");
    this.done = true;
    const { mapping, issues, caseIds } = this;
    const { invalid, clientId, byKind, extras, domains, domainInterner } = this.readers;
    const n = caseIds.size;
    const keptSrc = caseIds.src.subarray(0, n);
    const keptInvalid = invalid.subarray(0, n);
    const start = this.deriveStarts(n);
    const fieldColumns = caseFieldColumns(byKind, n);
    const domainLists = domains.result(n);
    const clients = clientId?.result(n);
    // The row indexes become sheet rows in place; nothing reads them after this.
    const sheetRow = toSheetRows(keptSrc, issues.sheetRowOffset);
    const columns: CaseTableColumns = {
      ...fieldColumns,
      size: n,
      sheetRow,
      clientKey: clients ? clients.keys : emptyCodeColumn(n),
      start,
      domainStart: domainLists.start,
      domainCodes: domainLists.codes,
      domainLabels: domainInterner.labels,
      extras: extras.map(({ header, reader }) => ({ header, column: reader.result(n) })),
      invalid: keptInvalid,
      mappedFields: mappedCaseFields(mapping),
    };
    // The id texts are built on first access: numeric ids stay numbers until then.
    return {
      table: new ParsedCaseTable(columns, caseIds.ids, clients),
      issues: issues.issues(),
    };
  }

  /**
   * Ends a parser of a part of the table (see {@link CaseTableParserOptions.continuation})
   * and hands back what it read as plain data, for {@link CaseTableParser.append} on the
   * parser of the rows before (in another thread: the typed arrays can be posted).
   *
   * @returns The part.
   * @throws {Error} When the parser was ended before.
   * @example
   * const rest = new CaseTableParser(mapping, { ...options, continuation: true });
   * for (const chunk of rowsAfterCut) rest.push(chunk);
   * postMessage(rest.takePart());
   */
  takePart(): CaseTablePart {
    if (this.done) throw new Error("CaseTableParser.takePart after finish");
    this.done = true;
    const n = this.caseIds.size;
    // Derived here, in the part's thread: the start is a function of the case's own row.
    const start = this.deriveStarts(n);
    const { invalid, clientId, domains, domainInterner } = this.readers;
    const clients = clientId?.result(n);
    const domainLists = domains.result(n);
    return {
      rows: this.nextRow,
      hasFilledRow: this.filledRowBelowHeader,
      size: n,
      src: this.caseIds.src.subarray(0, n),
      ids: this.caseIds.ids.part(),
      invalid: invalid.subarray(0, n),
      dates: this.dateReaders.map((reader) => reader.out.subarray(0, n)),
      start,
      categories: this.categoryReaders.map((reader) => reader.result(n)),
      lists: this.listReaders.map((reader) => reader.result(n)),
      numbers: this.numberReaders.map((reader) => reader.out.subarray(0, n)),
      counts: this.countReaders.map((reader) => reader.out.subarray(0, n)),
      yesNo: this.yesNoReaders.map((reader) => reader.out.subarray(0, n)),
      ...(clients === undefined
        ? {}
        : {
            clientIds: { keys: clients.keys, codeIds: clients.codeIds, textIds: clients.textIds },
          }),
      domains: {
        start: domainLists.start,
        codes: domainLists.codes,
        labels: domainInterner.labels,
      },
      issues: this.issues.records(),
    };
  }

  /**
   * Continues the table with a part read by a parser of its own (the rest of a file, read
   * in another thread), as if this parser had read its rows: labels and client ids get the
   * codes one parser would have given them (in the order the part met them), row indexes
   * and issues move by `rowOffset`. Refused (nothing changed) when a case id of the part
   * is a case id here too: this parser would have skipped that row as DUPLICATE_CASE_ID, and
   * with it the labels and issues the part has from it; the caller then reads the rows here.
   *
   * @param part - From {@link CaseTableParser.takePart} of a parser of the same mapping and
   *   options, started with `continuation`.
   * @param rowOffset - Row index of the part's row 0 in this table (its line − 1 in a file);
   *   at least the rows pushed so far.
   * @returns `false` when refused.
   * @throws {Error} After {@link CaseTableParser.finish}, or for a row offset before rows
   *   already read.
   * @example
   * const whole = parser.append(worker.part, rowsBeforeCut) ? parser : readRestHere(parser);
   */
  append(part: CaseTablePart, rowOffset: number): boolean {
    if (this.done) throw new Error("CaseTableParser.append after finish");
    if (rowOffset < this.nextRow) throw new Error("CaseTableParser.append: rows overlap");
    const caseIds = this.caseIds;
    if (caseIds.ids.sharesAny(part.ids)) return false;
    const at = caseIds.size;
    if (at + part.size > this.capacity) this.grow(at + part.size);
    // The starts of the cases read here first (the part's came derived): each once.
    this.deriveStarts(at);
    this.start?.set(part.start, at);
    this.derived = at + part.size;
    caseIds.append(part.ids, part.src, rowOffset);
    const { invalid, clientId, domains } = this.readers;
    invalid.set(part.invalid, at);
    this.dateReaders.forEach((reader, index) => reader.out.set(part.dates[index]!, at));
    this.numberReaders.forEach((reader, index) => reader.out.set(part.numbers[index]!, at));
    this.countReaders.forEach((reader, index) => reader.out.set(part.counts[index]!, at));
    this.yesNoReaders.forEach((reader, index) => reader.out.set(part.yesNo[index]!, at));
    this.categoryReaders.forEach((reader, index) => reader.append(part.categories[index]!, at));
    this.listReaders.forEach((reader, index) => reader.append(part.lists[index]!, at));
    if (clientId && part.clientIds) clientId.append(part.clientIds, at);
    domains.append(part.domains, at);
    this.issues.append(part.issues, rowOffset);
    this.filledRowBelowHeader ||= part.hasFilledRow;
    this.nextRow = rowOffset + part.rows;
    return true;
  }

  /**
   * Derives the start of the cases read so far now rather than in {@link CaseTableParser.append}
   * or {@link CaseTableParser.finish} (each case's once): for a thread that waits for a part
   * anyway. The result is the same either way.
   *
   * @throws {Error} After {@link CaseTableParser.finish}.
   * @example
   * parser.deriveRead(); // then await the part, and append it
   */
  deriveRead(): void {
    if (this.done) throw new Error("CaseTableParser.deriveRead after finish");
    this.deriveStarts(this.caseIds.size);
  }

  /** Doubles the columns (at least to `needed` rows), keeping what was read. */
  private grow(needed: number): void {
    let capacity = Math.max(16, this.capacity);
    while (capacity < needed) capacity *= 2;
    this.readers = growCaseReaders(this.readers, this.mapping, capacity);
    this.caseIds.grow(this.readers.arena, capacity);
    if (this.start !== undefined) {
      const start = this.readers.arena.float32(capacity);
      start.set(this.start.subarray(0, this.derived));
      this.start = start;
    }
    this.capacity = capacity;
  }

  /**
   * Derives the start of the cases from {@link CaseTableParser.derived} to `to` and checks
   * their dates against each other (`deriveCaseStart`: per case, from its own row alone, so
   * a part read elsewhere comes with its own; the issues are sorted by row at the end).
   *
   * @returns The start column of the first `to` cases.
   */
  private deriveStarts(to: number): Float32Array {
    const { arena, invalid, byKind } = this.readers;
    const start = (this.start ??= arena.float32(this.capacity));
    const from = this.derived;
    if (to > from) {
      const day = (field: string): Float32Array => {
        const read = byKind.date.find((date) => date.field === field);
        return read === undefined ? emptyDayColumn(to - from) : read.reader.out.subarray(from, to);
      };
      const dates = {
        src: this.caseIds.src.subarray(from, to),
        registeredOn: day("registeredOn"),
        intakeOn: day("intakeOn"),
        startedOn: day("startedOn"),
        closedOn: day("closedOn"),
        invalid: invalid.subarray(from, to),
      };
      deriveCaseStart(dates, this.mapping, this.issues, start.subarray(from, to));
      this.derived = to;
    }
    return start.subarray(0, to);
  }
}

/**
 * Row indexes → 1-based sheet rows, in place: a loop of its own, optimised apart from
 * `finish` (which runs once per table and is mostly not optimised).
 */
function toSheetRows(rows: Int32Array, offset: number): Int32Array {
  for (let k = 0; k < rows.length; k++) rows[k] = (rows[k] as number) + offset;
  return rows;
}
