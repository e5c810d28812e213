/**
 * Recognising a report workbook this program wrote, without loading it.
 *
 * @module
 */
import { REPORT_WORKBOOK_MARKER } from "../xlsx/reportWorkbookNames";
import { readZipPart } from "./readZipPart";

/** The document keywords in docProps/core.xml (Excel writes the `cp:` prefix, others may not). */
const KEYWORDS = /<(?:[\w.-]+:)?keywords\b[^>]*>([^<]*)</;

/**
 * Whether a file is a report workbook of Welzijnsmonitor: an .xlsx package whose
 * docProps/core.xml lists {@link REPORT_WORKBOOK_MARKER} among its keywords. Only that one
 * small part is unpacked (`readZipPart`), so this is cheap also for a large workbook, unlike
 * loading it with ExcelJS.
 *
 * @param path - an existing file
 * @returns true for a report; false for any other file, also one that is no zip at all
 * @throws the file-system error when the file cannot be read
 *
 * @example
 * if (!(await isReportWorkbookFile('rapport.xlsx'))) throw new CliUsageError('…');
 */
export async function isReportWorkbookFile(path: string): Promise<boolean> {
  // Not a zip, or no document properties: certainly not a report.
  const core = await readZipPart(path, "docProps/core.xml");
  const keywords = core === undefined ? undefined : KEYWORDS.exec(core)?.[1];
  if (keywords === undefined) return false;
  // The user may add labels of their own in Excel ("Welzijnsmonitor-rapport; Q3").
  return keywords.split(/[\s;,]+/).includes(REPORT_WORKBOOK_MARKER);
}
