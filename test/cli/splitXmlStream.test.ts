import fc from "fast-check";
import { Readable } from "node:stream";
import { splitXmlStream } from "../../src/cli/splitXmlStream";

/** The pieces of a text whose UTF-8 bytes arrive cut at the given offsets (inside characters too). */
async function piecesOf(text: string, cuts: readonly number[], tag = "<row"): Promise<string[]> {
  const bytes = Buffer.from(text, "utf8");
  const offsets = [...new Set(cuts.map((at) => at % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let from = 0;
  for (const offset of [...offsets, bytes.length]) {
    if (offset > from) chunks.push(bytes.subarray(from, offset));
    from = offset;
  }
  const pieces: string[] = [];
  for await (const piece of splitXmlStream(Readable.from(chunks), tag)) pieces.push(piece);
  return pieces;
}

/** Sheet-like XML: rows of cells holding letters, accents, a euro sign and an emoji. */
const sheetXml = fc
  .array(fc.array(fc.constantFrom("a", "é", "€", "😀", "<c/>", "&amp;", " "), { maxLength: 6 }), {
    maxLength: 8,
  })
  .map(
    (rows) =>
      `<?xml version="1.0"?><sheetData>${rows.map((cells) => `<row><c><v>${cells.join("")}</v></c></row>`).join("")}</sheetData>`
  );

describe("splitXmlStream", () => {
  it("yields pieces that join to the text, each after the first starting at the tag", async () => {
    await fc.assert(
      fc.asyncProperty(sheetXml, fc.array(fc.nat(), { maxLength: 12 }), async (xml, cuts) => {
        const pieces = await piecesOf(xml, cuts);
        expect(pieces.join("")).toBe(xml);
        for (const piece of pieces.slice(1)) expect(piece.startsWith("<row")).toBe(true);
        // Every row that starts in a piece ends in it.
        for (const piece of pieces)
          expect(piece.split("<row").length).toBe(piece.split("</row>").length);
      }),
      { numRuns: 300 }
    );
  });

  it("cuts before the last start tag of what has arrived", async () => {
    expect(await piecesOf("<a><row>1</row><row>2</row></a>", [8, 20])).toEqual([
      "<a>",
      "<row>1</row>",
      "<row>2</row></a>",
    ]);
  });

  describe("edge cases", () => {
    it("yields nothing for an empty stream", async () => {
      expect(await piecesOf("", [])).toEqual([]);
    });

    it("drops a byte order mark at the start, as a UTF-8 decoder does", async () => {
      expect(await piecesOf("\uFEFF<sst><si>x</si><si>é</si></sst>", [12], "<si")).toEqual([
        "<sst>",
        "<si>x</si>",
        "<si>é</si></sst>",
      ]);
    });

    it("reads a bad byte as U+FFFD, as before", async () => {
      const bytes = Buffer.concat([
        Buffer.from("<row>"),
        Buffer.from([0xe9]),
        Buffer.from("</row>"),
      ]);
      const pieces: string[] = [];
      for await (const piece of splitXmlStream(Readable.from([bytes]), "<row")) pieces.push(piece);
      expect(pieces).toEqual(["<row>\uFFFD</row>"]);
    });
  });
});
