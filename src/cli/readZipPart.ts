/**
 * @module
 */
import { readFile } from "node:fs/promises";

/**
 * One part of a zip package (an .xlsx workbook) as text, without loading the workbook: JSZip
 * reads the zip's directory and inflates that one entry. JSZip is loaded here, not at
 * start-up: only a run that would replace an existing file needs it (loading it took about
 * 25 ms of every report run).
 *
 * @param path - an existing file
 * @param part - the part's name in the package ("docProps/core.xml")
 * @returns its text; undefined when the file is no zip or has no such part
 * @throws the file-system error when the file cannot be read
 * @example
 * await readZipPart("rapport.xlsx", "xl/workbook.xml"); //=> '<?xml … <sheets><sheet name="Rapportage t∕m Q3 2024" …'
 */
export async function readZipPart(path: string, part: string): Promise<string | undefined> {
  const bytes = await readFile(path);
  try {
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    return await zip.file(part)?.async("string");
  } catch {
    return undefined;
  }
}
