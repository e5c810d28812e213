import fc from "fast-check";
import { closeSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeTextPieces } from "../../src/cli/decodeText";
import { MAIN_THREAD_SHARE } from "../../src/cli/isTwoThreadCsv";
import { cutNearMiddle } from "../helpers/cutNearMiddle";
import { openCsvFile } from "../../src/cli/openCsvFile";

const folder = mkdtempSync(join(tmpdir(), "wm-open-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `openCsvFile` of `bytes` written to a file, closed again. */
function open(bytes: Uint8Array): { cutAt: number; length: number } | undefined {
  const path = join(folder, "export.csv");
  writeFileSync(path, bytes);
  const file = openCsvFile(path, bytes.length);
  if (file === undefined) return undefined;
  closeSync(file.fd);
  return { cutAt: file.cutAt, length: file.length };
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const rows = (count: number, cell = "Noord"): string =>
  Array.from({ length: count }, (_, i) => `${i};${cell}\n`).join("");

describe("openCsvFile", () => {
  it("cuts where the whole file in memory is cut, for any file one thread does not read as UTF-16", () => {
    const byte = fc.constantFrom(0x0a, 0x3b, 0x41, 0xc3, 0xab, 0xe9, 0x80, 0x00, 0xff, 0xfe);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.array(byte), (a, b) => {
        const bytes = new Uint8Array([...a.map((x) => (x % 3 === 0 ? 0x0a : x)), ...b]);
        const encoding = decodeTextPieces(bytes).encoding;
        const isUtf16 = encoding === "utf-16le" || encoding === "utf-16be";
        const cutAt = cutNearMiddle(bytes);
        expect(open(bytes)).toEqual(
          isUtf16 || cutAt === undefined ? undefined : { cutAt, length: bytes.length }
        );
      }),
      { numRuns: 500 }
    );
  });

  it("cuts after the first line feed from the main thread's share of the bytes on", () => {
    const bytes = utf8(rows(100, "Cliëntenteam"));
    const cutAt = open(bytes)?.cutAt ?? 0;
    const from = Math.floor(bytes.length * MAIN_THREAD_SHARE);
    expect(bytes[cutAt - 1]).toBe(0x0a);
    expect(cutAt - 1).toBeGreaterThanOrEqual(from);
    expect(bytes.subarray(from, cutAt - 1).includes(0x0a)).toBe(false);
  });

  describe("edge cases", () => {
    it("leaves UTF-16 to one thread, also when its bytes are valid UTF-8", () => {
      const bytes = new Uint8Array(Buffer.from(rows(200), "utf16le"));
      expect(open(bytes)).toBeUndefined();
    });

    it("leaves a file without a line feed after the share to one thread", () => {
      expect(open(utf8(`${rows(10)}${"x".repeat(500)}`))).toBeUndefined();
      expect(open(utf8(`${"x".repeat(500)}\n`))).toBeUndefined();
    });

    it("finds the line feed after a line longer than its window (64 KB)", () => {
      const bytes = utf8(`${rows(10)}${"x".repeat(200_000)}\n${rows(10)}`);
      expect(open(bytes)?.cutAt).toBe(cutNearMiddle(bytes));
    });
  });
});
