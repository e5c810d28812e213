/**
 * Cutting a stream of XML bytes into pieces of text that hold whole elements.
 *
 * @module
 */
import type { Readable } from "node:stream";

/**
 * Decodes a stream of UTF-8 XML and yields it in pieces that each end just before a start
 * tag `<name` (or at the end of the text), so that every element named `name` that starts
 * in a piece also ends in it. The text is never one string: a piece is the stream's chunk
 * (512 KB inflated) plus the element cut off at the end of the chunk before.
 *
 * @param stream - the bytes
 * @param startTag - `<row` or `<si`: the elements that must stay whole (they must not nest)
 * @returns the pieces, in order; joined, they are the whole text
 *
 * @example
 * for await (const piece of splitXmlStream(sheetStream, '<row')) scanRows(piece);
 */
export async function* splitXmlStream(
  stream: Readable,
  startTag: string
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let carry = "";
  for await (const chunk of stream) {
    const text = carry + decoder.decode(chunk as Uint8Array, { stream: true });
    const cut = text.lastIndexOf(startTag);
    if (cut <= 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    yield text.slice(0, cut);
  }
  const rest = carry + decoder.decode();
  if (rest !== "") yield rest;
}
