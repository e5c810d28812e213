/**
 * Decoding of text files as Dutch registration systems write them.
 *
 * @module
 */

/**
 * Windows-1252 characters for the bytes 0x80–0x9F (undefined bytes stay as they are).
 * Node's `TextDecoder('windows-1252')` decodes these bytes as Latin-1 control characters
 * (U+0080–U+009F) instead of €, ‘, ’, “, ” …, so they are mapped here.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decodes the bytes of a text file: UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what Excel on Windows writes for "CSV (gescheiden door lijstscheidingsteken)").
 * A byte order mark is removed.
 *
 * @param bytes - the file's content
 * @returns the text
 *
 * @example
 * decodeText(new Uint8Array([0x43, 0x6c, 0x69, 0xeb])); // 'Clië' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252")
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
