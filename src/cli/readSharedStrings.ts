/**
 * Reading the shared strings of a workbook (xl/sharedStrings.xml).
 *
 * @module
 */
import type { Readable } from "node:stream";
import { readStringItem } from "./readStringItem";
import { splitXmlStream } from "./splitXmlStream";

/**
 * Reads the shared strings, in order, as a stream: a workbook of a million distinct texts
 * is never one string. Rich text becomes its runs' text; an item without text is ''.
 *
 * @param stream - the bytes of xl/sharedStrings.xml
 * @returns the strings, by index
 *
 * @example
 * const strings = await readSharedStrings(stream); // ['Casusnummer', 'Team', …]
 */
export async function readSharedStrings(stream: Readable): Promise<string[]> {
  const strings: string[] = [];
  for await (const piece of splitXmlStream(stream, "<si")) {
    let at = piece.indexOf("<si");
    while (at >= 0) {
      const tagEnd = piece.indexOf(">", at);
      const code = piece.charCodeAt(at + 3);
      if (tagEnd < 0) break;
      if (code === 62 || code === 32 || code === 47) {
        if (piece.charCodeAt(tagEnd - 1) === 47) {
          strings.push("");
          at = piece.indexOf("<si", tagEnd);
          continue;
        }
        const close = piece.indexOf("</si>", tagEnd);
        if (close < 0) break;
        strings.push(readStringItem(piece, tagEnd + 1, close) ?? "");
        at = piece.indexOf("<si", close);
      } else {
        at = piece.indexOf("<si", tagEnd);
      }
    }
  }
  return strings;
}
