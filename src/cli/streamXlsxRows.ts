/**
 * Reading a sheet of an .xlsx file as a stream of row chunks.
 *
 * @module
 */
import type { CellValue, TableName } from "../core";
import { CliInputError } from "./cliErrors";
import { decodeXmlText } from "./decodeXmlText";
import type { XlsxWorkbook } from "./openXlsx";
import { readSharedStrings } from "./readSharedStrings";
import { readStringItem } from "./readStringItem";
import { isNameEnd } from "./readXmlTags";
import { selectXlsxSheet } from "./selectXlsxSheet";
import { splitXmlStream } from "./splitXmlStream";

/** Options of {@link streamXlsxRows}. */
export interface StreamXlsxRowsOptions {
  /** The sheet to read (name, case-insensitive). Default: see `selectXlsxSheet`. */
  readonly sheet?: string;
  /** The table the sheet holds, to find its sheet in a workbook with several tables. */
  readonly table?: TableName;
  /** The file name, for messages (default: the workbook's). */
  readonly fileName?: string;
}

/**
 * Rows per chunk: the dataset loader reads a chunk into its columns as soon as it is handed
 * over, and 512 rows' values are still in the processor's cache then (as for a CSV file). On
 * the 100k-row bench workbook, end to end against 4,096: CPU 0.89×, peak memory 114 against
 * 137 MB (7 interleaved pairs).
 */
const CHUNK_ROWS = 512;

/**
 * Empty cells up to this many before a cell are filled with ''; a cell further right (a
 * note in column XFD, or cells every few hundred columns) leaves a hole, which the core reads
 * as empty, as it does ''. Small enough that the filled cells can never outnumber the real
 * ones by more than this factor: a sheet with a cell every 250 columns over 6,000 rows took
 * 1.4 GB when gaps up to 256 were filled, 0.2 GB with this bound.
 */
const MAX_FILLED_GAP = 8;

/** Shared by all empty rows between filled ones (the core skips empty rows). */
const EMPTY_ROW: CellValue[] = [];

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 (1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DAYS_1900_TO_1904 = 1_462;
/** The largest time a JavaScript Date holds, in ms from 1970 (ECMA-262 §21.4.1.1). */
const MAX_DATE_MS = 8.64e15;

interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly dateOffset: number;
}

interface ScanState {
  /** The number of the last row tag seen (for a row without `r`). */
  lastRow: number;
  /** The sheet row number of the last row put in `rows` (all rows so far, not only these). */
  emitted: number;
  /** Rows scanned and not yet yielded. */
  rows: CellValue[][];
  /** Where the scan of a row ended (after its `</row>`). */
  position: number;
}

/**
 * Reads one sheet of an opened .xlsx file, as a stream: yields the rows in chunks of a few
 * thousand, sheet row 1 first, every sheet row present (an empty row as `[]`, one shared
 * array), up to the last row with a value. The sheet is inflated and scanned piece by piece,
 * so memory follows the chunk, not the sheet; the shared strings are read once per workbook.
 *
 * The values are those of Office.js `range.values` (and of ExcelJS, which this reader
 * replaced): empty cells are '', date-styled numbers Excel serials in the 1900 system
 * (also in a 1904 workbook), rich text its text, formulas their cached result, errors their
 * text ('#N/A'), booleans booleans. Each row ends at its last filled cell, and a cell more
 * than 8 empty cells right of the one before it leaves a hole (read as empty by the core)
 * instead of a run of ''.
 *
 * Three things read differently from ExcelJS, as `range.values` reads them: a formula's
 * cached 0 or FALSE (ExcelJS dropped it: ''), a formula's text or error in a date-styled
 * cell (ExcelJS made it NaN), and a formula's text result with an entity in it (ExcelJS
 * decoded '&amp;lt;' twice, to '<').
 *
 * @param workbook - the workbook, from `openXlsx`
 * @param options - sheet, table and file name
 * @returns the rows, in chunks
 * @throws {CliInputError} when the sheet does not exist or its XML cannot be read
 *
 * @example
 * for await (const chunk of streamXlsxRows(await openXlsx(bytes), { table: 'cases' }))
 *   rows.push(...chunk);
 */
export async function* streamXlsxRows(
  workbook: XlsxWorkbook,
  options: StreamXlsxRowsOptions = {}
): AsyncGenerator<CellValue[][], void, undefined> {
  const fileName = options.fileName ?? workbook.fileName;
  const sheet = selectXlsxSheet(workbook.sheets, options, fileName);
  try {
    const context: SheetContext = {
      strings: await sharedStringsOf(workbook),
      dateStyles: workbook.dateStyles,
      dateOffset: workbook.date1904 ? DAYS_1900_TO_1904 : 0,
    };
    const stream = await workbook.openPart(sheet.path);
    if (stream === undefined) return;
    const state: ScanState = { lastRow: 0, emitted: 0, rows: [], position: 0 };
    for await (const piece of splitXmlStream(stream, "<row")) {
      scanRows(piece, context, state);
      if (state.rows.length < CHUNK_ROWS) continue;
      let start = 0;
      for (; start + CHUNK_ROWS <= state.rows.length; start += CHUNK_ROWS)
        yield state.rows.slice(start, start + CHUNK_ROWS);
      state.rows = state.rows.slice(start);
    }
    if (state.rows.length > 0) yield state.rows;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`kan ${fileName} niet lezen als Excel-bestand (.xlsx)`);
  }
}

function sharedStringsOf(workbook: XlsxWorkbook): Promise<readonly string[]> {
  const path = workbook.sharedStringsPath;
  if (path === undefined) return Promise.resolve([]);
  workbook.sharedStrings ??= workbook
    .openPart(path)
    .then((stream) => (stream === undefined ? [] : readSharedStrings(stream)));
  return workbook.sharedStrings;
}

/** Cell types (the `t` of a cell), as small numbers for the scanner. */
const NUMBER = 0;
const SHARED_STRING = 1;
const TEXT = 2;
const BOOLEAN = 3;
const ERROR = 4;
const INLINE_STRING = 5;

/**
 * Scans the rows (`<row>` elements) of a piece of sheet XML into `state.rows`. The scan goes
 * forward tag by tag: searching ahead for `</row>` or `</c>` would pass each '<' twice.
 */
function scanRows(xml: string, context: SheetContext, state: ScanState): void {
  let at = xml.indexOf("<row");
  while (at >= 0) {
    const tagEnd = xml.indexOf(">", at);
    if (tagEnd < 0) return;
    if (!isNameEnd(xml.charCodeAt(at + 4))) {
      at = xml.indexOf("<row", tagEnd);
      continue;
    }
    const ref = readRowNumber(xml, at + 4, tagEnd);
    const number = ref > 0 ? ref : state.lastRow + 1;
    state.lastRow = number;
    if (xml.charCodeAt(tagEnd - 1) === 47) {
      at = xml.indexOf("<row", tagEnd);
      continue;
    }
    const values = scanCells(xml, tagEnd + 1, context, state);
    // Rows ascend in a sheet (ECMA-376 §18.3.1.73); one that does not is left out.
    if (values !== undefined && number > state.emitted) {
      while (state.emitted < number - 1) {
        state.rows.push(EMPTY_ROW);
        state.emitted += 1;
      }
      state.rows.push(values);
      state.emitted = number;
    }
    at = xml.indexOf("<row", state.position);
  }
}

/** The `r` of a row tag, or 0 when it has none. */
function readRowNumber(xml: string, start: number, end: number): number {
  let at = xml.indexOf("r=", start);
  while (at >= 0 && at < end) {
    if (isSpace(xml.charCodeAt(at - 1))) return readInteger(xml, at + 3, end);
    at = xml.indexOf("r=", at + 2);
  }
  return 0;
}

/**
 * Scans the cells of one row from `start` (after the row's start tag) to its `</row>`, and
 * sets `state.position` after it. Returns undefined when no cell has a value (a row of styled
 * empty cells), so that such rows do not lengthen the sheet.
 */
function scanCells(
  xml: string,
  start: number,
  context: SheetContext,
  state: ScanState
): CellValue[] | undefined {
  const values: CellValue[] = [];
  let hasValue = false;
  let column = 0;
  let p = start;
  for (;;) {
    let code = xml.charCodeAt(p);
    while (isSpace(code)) code = xml.charCodeAt(++p);
    if (code !== 60) {
      // Text between the cells, or the end of the piece.
      p = xml.indexOf("<", p);
      if (p < 0) break;
      continue;
    }
    if (xml.charCodeAt(p + 1) !== 99 || !isNameEnd(xml.charCodeAt(p + 2))) {
      if (xml.startsWith("</row>", p)) {
        state.position = p + 6;
        return hasValue ? values : undefined;
      }
      // A row without its end tag ends at the next row; any other tag is passed over.
      if (xml.startsWith("<row", p) && isNameEnd(xml.charCodeAt(p + 4))) {
        state.position = p;
        return hasValue ? values : undefined;
      }
      p = xml.indexOf(">", p) + 1;
      if (p === 0) break;
      continue;
    }
    // The attributes r (reference), s (style) and t (type).
    let refColumn = 0;
    let style = 0;
    let type = NUMBER;
    let selfClosing = false;
    p += 2;
    for (;;) {
      code = xml.charCodeAt(p);
      while (isSpace(code)) code = xml.charCodeAt(++p);
      if (code === 62) {
        p += 1;
        break;
      }
      const equals = xml.indexOf("=", p);
      if (code === 47 || equals < 0) {
        selfClosing = true;
        p = xml.indexOf(">", p) + 1;
        break;
      }
      let quoteAt = equals + 1;
      while (isSpace(xml.charCodeAt(quoteAt))) quoteAt += 1;
      const close = xml.indexOf(xml.charAt(quoteAt), quoteAt + 1);
      if (close < 0) {
        selfClosing = true;
        p = 0;
        break;
      }
      if (equals === p + 1 || xml.slice(p, equals).trim().length === 1) {
        if (code === 114) refColumn = readColumn(xml, quoteAt + 1, close);
        else if (code === 115) style = readInteger(xml, quoteAt + 1, close);
        else if (code === 116) type = readType(xml, quoteAt + 1, close);
      }
      p = close + 1;
    }
    column = refColumn > 0 ? refColumn : column + 1;
    if (p <= 0) break;
    if (selfClosing) continue;
    let value: CellValue | undefined;
    if (xml.startsWith("<v>", p) && xml.startsWith("</v></c>", xml.indexOf("<", p + 3))) {
      const close = xml.indexOf("<", p + 3);
      value = readPlainValue(xml, p + 3, close, type, style, context);
      p = close + 8;
    } else {
      const cellEnd = xml.indexOf("</c>", p);
      if (cellEnd < 0) break;
      value = readCellValue(xml.slice(p, cellEnd), type, style, context);
      p = cellEnd + 4;
    }
    if (value === undefined) continue;
    hasValue = true;
    if (value === "") continue;
    if (column - 1 - values.length <= MAX_FILLED_GAP)
      while (values.length < column - 1) values.push("");
    values[column - 1] = value;
  }
  state.position = xml.length;
  return hasValue ? values : undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** The column number (A = 1) of a cell reference such as "AB12", or 0 without letters. */
function readColumn(xml: string, start: number, end: number): number {
  let column = 0;
  for (let i = start; i < end; i += 1) {
    const code = xml.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return column;
}

/** The digits at `start` as a number (0 when there are none), as `parseInt` reads them. */
function readInteger(xml: string, start: number, end: number): number {
  let at = start;
  while (at < end && isSpace(xml.charCodeAt(at))) at += 1;
  let number = 0;
  for (; at < end; at += 1) {
    const digit = xml.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) break;
    number = number * 10 + digit;
  }
  return number;
}

function readType(xml: string, start: number, end: number): number {
  const length = end - start;
  const first = xml.charCodeAt(start);
  if (length === 1)
    return first === 115 ? SHARED_STRING : first === 98 ? BOOLEAN : first === 101 ? ERROR : NUMBER;
  if (length === 3 && xml.startsWith("str", start)) return TEXT;
  if (length === 9 && xml.startsWith("inlineStr", start)) return INLINE_STRING;
  return NUMBER;
}

/** The value of a cell that holds only `<v>text</v>` (no formula): the common case. */
function readPlainValue(
  xml: string,
  start: number,
  end: number,
  type: number,
  style: number,
  context: SheetContext
): CellValue | undefined {
  if (start === end) return undefined;
  switch (type) {
    case NUMBER:
      return readNumber(xml, start, end, style, context);
    case SHARED_STRING:
      return context.strings[readInteger(xml, start, end)] ?? "";
    case BOOLEAN:
      return parseInt(xml.slice(start, end), 10) !== 0;
    default:
      return decodeXmlText(xml.slice(start, end));
  }
}

/**
 * The value of any other cell from its content (between `<c …>` and `</c>`): a formula, an
 * inline string. Undefined when the cell holds no value, '' for a formula without a result.
 */
function readCellValue(
  content: string,
  type: number,
  style: number,
  context: SheetContext
): CellValue | undefined {
  const formula = /<f(?:\s([^>]*?))?(\/)?>(?:([^<]*)<\/f>)?/.exec(content);
  // A formula cell has formula text or a shared/array formula reference (t="shared").
  const isFormula =
    formula !== null &&
    ((formula[3] ?? "") !== "" || /(^|\s)t\s*=\s*["'][^"']/.test(formula[1] ?? ""));
  if (!isFormula && type === INLINE_STRING) {
    const item = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(content)?.[1];
    if (item !== undefined) return readStringItem(item, 0, item.length);
  }
  const text = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(content)?.[1];
  if (!isFormula)
    return text === undefined
      ? undefined
      : readPlainValue(text, 0, text.length, type, style, context);
  if (text === undefined || text === "") return "";
  switch (type) {
    case TEXT:
    case ERROR:
      return decodeXmlText(text);
    case BOOLEAN:
      return parseInt(text, 10) !== 0;
    default:
      return readNumber(text, 0, text.length, style, context);
  }
}

/** A number; a date-styled one as a 1900-system serial (rounded to the millisecond). */
function readNumber(
  xml: string,
  start: number,
  end: number,
  style: number,
  context: SheetContext
): number {
  const number = parseNumber(xml, start, end);
  if (!(style > 0 && context.dateStyles[style] === true)) return number;
  const ms = Math.round((number - UNIX_EPOCH_SERIAL + context.dateOffset) * MS_PER_DAY);
  return Math.abs(ms) <= MAX_DATE_MS ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : NaN;
}

/** `parseFloat` of the text, without making a string of a whole number of up to 15 digits. */
function parseNumber(xml: string, start: number, end: number): number {
  if (end - start <= 15) {
    let number = 0;
    let at = start;
    for (; at < end; at += 1) {
      const digit = xml.charCodeAt(at) - 48;
      if (digit < 0 || digit > 9) break;
      number = number * 10 + digit;
    }
    if (at === end) return number;
  }
  const text = xml.slice(start, end);
  return parseFloat(text.includes("&") ? decodeXmlText(text) : text);
}
