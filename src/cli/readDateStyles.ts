/**
 * Which cell styles of a workbook show a number as a date (from xl/styles.xml).
 *
 * @module
 */
import { readXmlTags } from "./readXmlTags";

/**
 * The built-in number formats of SpreadsheetML (ECMA-376 §18.8.30) that do not depend on the
 * locale; the locale-dependent ones (27–36, 50–58) count as not a date, as in ExcelJS.
 */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * Reads, per cell style (the `s` of a cell, an index into `cellXfs`), whether its number
 * format is a date or time format. Style 0 is never a date: a cell without a style and a
 * cell with style 0 read alike (as ExcelJS reads them).
 *
 * @param xml - the text of xl/styles.xml
 * @returns true at the index of each date style
 *
 * @example
 * readDateStyles('<numFmts><numFmt numFmtId="164" formatCode="d-m-yyyy"/></numFmts>' +
 *   '<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>');
 * // [false, true, false]
 */
export function readDateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  const numFmtsStart = xml.indexOf("<numFmts");
  if (numFmtsStart >= 0) {
    const end = xml.indexOf("</numFmts>", numFmtsStart);
    for (const tag of readXmlTags(xml, "numFmt", numFmtsStart, end < 0 ? xml.length : end))
      formats.set(parseInt(tag.numFmtId ?? "", 10), tag.formatCode ?? "");
  }
  const xfsStart = xml.indexOf("<cellXfs");
  if (xfsStart < 0) return [];
  const xfsEnd = xml.indexOf("</cellXfs>", xfsStart);
  const styles = readXmlTags(xml, "xf", xfsStart, xfsEnd < 0 ? xml.length : xfsEnd);
  return styles.map((style, index) => {
    const id = parseInt(style.numFmtId ?? "", 10);
    if (index === 0 || !id) return false;
    return isDateFormat(formats.get(id) || BUILTIN_FORMATS[id]);
  });
}

/**
 * Whether a number format code shows a date or time: any of y m d h s b outside quoted text
 * and brackets (ExcelJS's rule, so that the cells read as before).
 */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
