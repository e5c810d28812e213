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

/** Rows per chunk: small enough that a chunk's cells stay young garbage, large enough to be cheap. */
const CHUNK_ROWS = 4096;

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
 * Two things read differently from ExcelJS: a formula's text result in a date-styled cell
 * stays text (ExcelJS made it NaN or a date), and a formula's text result is decoded once
 * (ExcelJS decoded '&amp;lt;' to '<').
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
    const state: ScanState = { lastRow: 0, emitted: 0, rows: [] };
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

/** Scans the rows (`<row>` elements) of a piece of sheet XML into `state.rows`. */
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
    const rowEnd = xml.indexOf("</row>", tagEnd);
    const values = scanCells(xml, tagEnd + 1, rowEnd < 0 ? xml.length : rowEnd, context);
    // Rows ascend in a sheet (ECMA-376 §18.3.1.73); one that does not is left out.
    if (values !== undefined && number > state.emitted) {
      while (state.emitted < number - 1) {
        state.rows.push(EMPTY_ROW);
        state.emitted += 1;
      }
      state.rows.push(values);
      state.emitted = number;
    }
    at = rowEnd < 0 ? -1 : xml.indexOf("<row", rowEnd);
  }
}

/** The `r` of a row tag, or 0 when it has none. */
function readRowNumber(xml: string, start: number, end: number): number {
  let at = xml.indexOf("r=", start);
  while (at >= 0 && at < end) {
    const before = xml.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13)
      return parseInt(xml.slice(at + 3, xml.indexOf(xml.charAt(at + 2), at + 3)), 10) || 0;
    at = xml.indexOf("r=", at + 2);
  }
  return 0;
}

/**
 * Scans the cells of one row; returns undefined when no cell has a value (a row of styled
 * empty cells), so that such rows do not lengthen the sheet.
 */
function scanCells(
  xml: string,
  start: number,
  end: number,
  context: SheetContext
): CellValue[] | undefined {
  const values: CellValue[] = [];
  let hasValue = false;
  let column = 0;
  let at = xml.indexOf("<c", start);
  while (at >= 0 && at < end) {
    if (!isNameEnd(xml.charCodeAt(at + 2))) {
      at = xml.indexOf("<c", at + 2);
      continue;
    }
    // The attributes r (reference), s (style) and t (type).
    let refColumn = 0;
    let style = 0;
    let type = "";
    let p = at + 2;
    let selfClosing = false;
    for (;;) {
      let code = xml.charCodeAt(p);
      while (code === 32 || code === 9 || code === 10 || code === 13) code = xml.charCodeAt(++p);
      if (code === 62) break;
      if (code === 47 || Number.isNaN(code)) {
        selfClosing = true;
        break;
      }
      const equals = xml.indexOf("=", p);
      let quoteAt = equals + 1;
      while (xml.charCodeAt(quoteAt) !== 34 && xml.charCodeAt(quoteAt) !== 39) quoteAt += 1;
      const close = xml.indexOf(xml.charAt(quoteAt), quoteAt + 1);
      if (equals < 0 || close < 0) return hasValue ? values : undefined;
      if (xml.slice(p, equals).trim().length === 1) {
        if (code === 114) refColumn = readColumn(xml, quoteAt + 1, close);
        else if (code === 115) style = parseInt(xml.slice(quoteAt + 1, close), 10);
        else if (code === 116) type = xml.slice(quoteAt + 1, close);
      }
      p = close + 1;
    }
    column = refColumn > 0 ? refColumn : column + 1;
    if (selfClosing) {
      at = xml.indexOf("<c", p);
      continue;
    }
    const cellEnd = xml.indexOf("</c>", p);
    const contentEnd = cellEnd < 0 || cellEnd > end ? end : cellEnd;
    const value = readCellValue(xml, p + 1, contentEnd, type, style, context);
    at = xml.indexOf("<c", contentEnd);
    if (value === undefined) continue;
    hasValue = true;
    if (value === "") continue;
    if (column - 1 - values.length <= MAX_FILLED_GAP)
      while (values.length < column - 1) values.push("");
    values[column - 1] = value;
  }
  return hasValue ? values : undefined;
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

/**
 * The value of a cell from its content (between `<c …>` and `</c>`); undefined when the cell
 * holds no value, '' for a formula without a cached result.
 */
function readCellValue(
  xml: string,
  start: number,
  end: number,
  type: string,
  style: number,
  context: SheetContext
): CellValue | undefined {
  let text: string | undefined;
  let isFormula = false;
  if (xml.startsWith("<v>", start)) {
    const close = xml.indexOf("</v>", start);
    text = xml.slice(start + 3, close < 0 || close > end ? end : close);
  } else {
    const content = xml.slice(start, end);
    const formula = /<f(?:\s([^>]*?))?(\/)?>(?:([^<]*)<\/f>)?/.exec(content);
    // A formula cell has formula text or a shared/array formula reference (t="shared").
    isFormula =
      formula !== null &&
      ((formula[3] ?? "") !== "" || /(^|\s)t\s*=\s*["'][^"']/.test(formula[1] ?? ""));
    const value = /<v(?:\s[^>]*)?>([^<]*)<\/v>/.exec(content);
    text = value?.[1];
    if (!isFormula && type === "inlineStr") {
      const item = /<is(?:\s[^>]*)?>([\s\S]*?)<\/is>/.exec(content);
      return item === null ? undefined : readStringItem(item[1] ?? "", 0, (item[1] ?? "").length);
    }
  }
  if (text === undefined || text === "") return isFormula ? "" : undefined;
  switch (type) {
    case "s":
      return isFormula
        ? readNumber(text, style, context)
        : (context.strings[parseInt(text, 10)] ?? "");
    case "str":
    case "e":
      return decodeXmlText(text);
    case "b":
      return parseInt(text, 10) !== 0;
    case "inlineStr":
      return isFormula ? readNumber(text, style, context) : undefined;
    default:
      return readNumber(text, style, context);
  }
}

/** A number; a date-styled one as a 1900-system serial (rounded to the millisecond). */
function readNumber(text: string, style: number, context: SheetContext): number {
  const number = parseFloat(text.includes("&") ? decodeXmlText(text) : text);
  if (!(style > 0 && context.dateStyles[style] === true)) return number;
  const ms = Math.round((number - UNIX_EPOCH_SERIAL + context.dateOffset) * MS_PER_DAY);
  return Math.abs(ms) <= MAX_DATE_MS ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : NaN;
}
