/**
 * Recognising a report workbook this program wrote, without loading it.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import { REPORT_WORKBOOK_MARKER } from "../xlsx/reportWorkbookNames";

/** The document keywords in docProps/core.xml (Excel writes the `cp:` prefix, others may not). */
const KEYWORDS = /<(?:[\w.-]+:)?keywords\b[^>]*>([^<]*)</;

/**
 * Whether a file is a report workbook of Welzijnsmonitor: an .xlsx package whose
 * docProps/core.xml lists {@link REPORT_WORKBOOK_MARKER} among its keywords. Only that one
 * small part is unpacked (JSZip reads the zip's directory and inflates one entry), so this
 * is cheap also for a large workbook, unlike loading it with ExcelJS. JSZip is loaded here,
 * not at start-up: only a run that would replace an existing file needs it (loading it took
 * about 25 ms of every report run).
 *
 * @param path - an existing file
 * @returns true for a report; false for any other file, also one that is no zip at all
 * @throws the file-system error when the file cannot be read
 *
 * @example
 * if (!(await isReportWorkbookFile('rapport.xlsx'))) throw new CliUsageError('…');
 */
export async function isReportWorkbookFile(path: string): Promise<boolean> {
  const bytes = await readFile(path);
  let core: string | undefined;
  try {
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    core = await zip.file("docProps/core.xml")?.async("string");
  } catch {
    return false; // not a zip: certainly not a report
  }
  const keywords = core === undefined ? undefined : KEYWORDS.exec(core)?.[1];
  if (keywords === undefined) return false;
  // The user may add labels of their own in Excel ("Welzijnsmonitor-rapport; Q3").
  return keywords.split(/[\s;,]+/).includes(REPORT_WORKBOOK_MARKER);
}
