/**
 * Telling a file's kind from its first bytes, whatever its extension says.
 *
 * @module
 */
import { open } from "node:fs/promises";
import { detectUtf16 } from "./decodeText";

/**
 * What a file is: a zip package (.xlsx), an OLE compound file (old .xls), other binary data,
 * text, or nothing at all.
 */
export type FileKind = "zip" | "ole" | "binary" | "text" | "empty";

/** The bytes that {@link sniffFileKind} reads. */
export const SNIFF_BYTES = 4096;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The kind of a file from its first {@link SNIFF_BYTES} bytes: a zip package (an .xlsx
 * workbook) or an OLE compound file (an old .xls workbook) by their signatures; binary when
 * more than 1 in 100 bytes is zero and the text is not UTF-16 (which has one in every Latin
 * character; a stray zero byte in a text export is kept as it was); text otherwise.
 *
 * @param head - the file's first bytes
 * @returns its kind
 *
 * @example
 * sniffFileKind(new TextEncoder().encode("Casusnummer;Startdatum\n")) //=> "text"
 */
export function sniffFileKind(head: Uint8Array): FileKind {
  const startsWith = (signature: readonly number[]): boolean =>
    signature.every((byte, i) => head[i] === byte);
  if (head.length === 0) return "empty";
  if (startsWith(ZIP)) return "zip";
  if (startsWith(OLE)) return "ole";
  if (detectUtf16(head) !== undefined) return "text";
  let zeros = 0;
  for (const byte of head) if (byte === 0) zeros++;
  return zeros * 100 > head.length ? "binary" : "text";
}

/**
 * The kind of the file at `path` ({@link sniffFileKind}), or undefined when it cannot be read
 * (the reader that follows says why, in its own words).
 *
 * @param path - the file
 * @returns its kind, or undefined
 *
 * @example
 * if ((await readFileKind("export.csv")) === "zip") throw new CliInputError("…");
 */
export async function readFileKind(path: string): Promise<FileKind | undefined> {
  try {
    const handle = await open(path, "r");
    try {
      const head = new Uint8Array(SNIFF_BYTES);
      const { bytesRead } = await handle.read(head, 0, head.length, 0);
      return sniffFileKind(head.subarray(0, bytesRead));
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
