/**
 * Decoding the text of an XML element or attribute, as an XML parser hands it over.
 *
 * @module
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'",
};

/**
 * Decodes raw XML text: line ends become `\n` (XML 1.0 §2.11, as ExcelJS's parser does) and
 * the predefined and numeric character references become their characters.
 *
 * @param raw - the text between the tags, or an attribute value between its quotes
 * @returns the text
 *
 * @example
 * decodeXmlText('R&amp;D &#8364;5'); // 'R&D €5'
 */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.includes("&")) text = text.replace(ENTITY, decodeReference);
  return text;
}

function decodeReference(whole: string, hex?: string, decimal?: string, name?: string): string {
  if (name !== undefined) return NAMED[name] ?? whole;
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? "", 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}
