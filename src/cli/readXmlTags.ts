/**
 * Reading the attributes of the elements of one name from a small XML part (workbook,
 * relationships, styles).
 *
 * @module
 */
import { decodeXmlText } from "./decodeXmlText";

/**
 * Returns the attributes of every `<name …>` element in `xml` (between `from` and `to`), in
 * document order, with the values decoded. Elements with a longer name that starts the same
 * (`<sheets>` for `sheet`) are not matched.
 *
 * @param xml - the XML text
 * @param name - the element name, as written (with its prefix, if any)
 * @param from - where to start looking
 * @param to - where to stop looking (default: the end)
 * @returns one record of attributes per element
 *
 * @example
 * readXmlTags('<sheets><sheet name="Blad1" r:id="rId1"/></sheets>', 'sheet');
 * // [{ name: 'Blad1', 'r:id': 'rId1' }]
 */
export function readXmlTags(
  xml: string,
  name: string,
  from = 0,
  to = xml.length
): Record<string, string>[] {
  const open = `<${name}`;
  const tags: Record<string, string>[] = [];
  let at = xml.indexOf(open, from);
  while (at >= 0 && at < to) {
    at += open.length;
    if (isNameEnd(xml.charCodeAt(at))) {
      const attributes: Record<string, string> = {};
      at = readAttributes(xml, at, attributes);
      tags.push(attributes);
    }
    at = xml.indexOf(open, at);
  }
  return tags;
}

/**
 * Reads the attributes of a start tag from `start` (just after its name) into `into`.
 *
 * @param xml - the XML text
 * @param start - the index just after the element name
 * @param into - receives the attributes, values decoded
 * @returns the index after the tag's `>` (or the text's length when the tag is cut off)
 */
export function readAttributes(xml: string, start: number, into: Record<string, string>): number {
  let at = start;
  for (;;) {
    while (isSpace(xml.charCodeAt(at))) at += 1;
    const code = xml.charCodeAt(at);
    if (code === 62) return at + 1;
    if (code === 47) {
      at += 1;
      continue;
    }
    const equals = xml.indexOf("=", at);
    if (Number.isNaN(code) || equals < 0) return xml.length;
    let quoteAt = equals + 1;
    while (isSpace(xml.charCodeAt(quoteAt))) quoteAt += 1;
    const close = xml.indexOf(xml.charAt(quoteAt), quoteAt + 1);
    if (close < 0) return xml.length;
    into[xml.slice(at, equals).trim()] = decodeXmlText(xml.slice(quoteAt + 1, close));
    at = close + 1;
  }
}

/**
 * Whether the character after `<name` ends the name (space, `>` or `/`).
 *
 * @param code - the character code
 * @returns true when the name ends there
 */
export function isNameEnd(code: number): boolean {
  return code === 62 || code === 47 || isSpace(code);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
