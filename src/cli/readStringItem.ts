/**
 * Reading the text of a string item: a shared string (`<si>`) or an inline string (`<is>`).
 *
 * @module
 */
import { decodeXmlText } from "./decodeXmlText";
import { isNameEnd } from "./readXmlTags";

/** `_xHHHH_` escapes a character XML cannot hold, such as a carriage return (`_x000D_`). */
const ESCAPED_CHARACTER = /_x([0-9A-F]{4})_/g;

/**
 * Returns the text of a string item, between its start and end tags: the text of its `<t>`,
 * or of all its runs (`<r>`, rich text) joined; phonetic guides (`<rPh>`) are left out.
 *
 * @param xml - the XML text
 * @param start - the index after the item's start tag
 * @param end - the index of the item's end tag
 * @returns the text, or undefined when the item has no text at all (`<t></t>`, no runs)
 *
 * @example
 * const xml = '<si><r><t>Team </t></r><r><rPr><b/></rPr><t>Noord</t></r></si>';
 * readStringItem(xml, 4, xml.length - 5); // 'Team Noord'
 */
export function readStringItem(xml: string, start: number, end: number): string | undefined {
  let content = xml.slice(start, end);
  if (content.includes("<rPh")) content = content.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, "");
  const isRich = /<r[\s>]/.test(content);
  let text: string | undefined;
  let at = content.indexOf("<t");
  while (at >= 0) {
    const tagEnd = content.indexOf(">", at);
    if (tagEnd < 0) break;
    if (isNameEnd(content.charCodeAt(at + 2))) {
      const selfClosing = content.charCodeAt(tagEnd - 1) === 47;
      const close = selfClosing ? tagEnd + 1 : content.indexOf("</t>", tagEnd);
      const part = selfClosing || close < 0 ? "" : content.slice(tagEnd + 1, close);
      // A plain item holds one <t>; a rich one a <t> per run.
      text = isRich ? (text ?? "") + part : part;
      at = close < 0 ? -1 : content.indexOf("<t", close);
    } else {
      at = content.indexOf("<t", tagEnd);
    }
  }
  if (text === undefined) return isRich ? "" : undefined;
  if (text === "" && !isRich) return undefined;
  const decoded = decodeXmlText(text);
  return decoded.includes("_x")
    ? decoded.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : decoded;
}
