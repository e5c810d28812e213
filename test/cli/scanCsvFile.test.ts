import fc from "fast-check";
import { closeSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeTextPieces } from "../../src/cli/decodeText";
import { cutNearMiddle, MAIN_THREAD_SHARE } from "../../src/cli/isTwoThreadCsv";
import { scanCsvFile } from "../../src/cli/scanCsvFile";

const folder = mkdtempSync(join(tmpdir(), "wm-scan-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `scanCsvFile` of `bytes` written to a file (`size`: the size it is told), closed again. */
function scan(bytes: Uint8Array, size = bytes.length): { cutAt: number } | undefined {
  const path = join(folder, "export.csv");
  writeFileSync(path, bytes);
  const file = scanCsvFile(path, size);
  if (file === undefined) return undefined;
  closeSync(file.fd);
  expect(file.length).toBe(size);
  return { cutAt: file.cutAt };
}

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "utf8"));
const rows = (count: number, cell = "Noord"): string =>
  Array.from({ length: count }, (_, i) => `${i};${cell}\n`).join("");

describe("scanCsvFile", () => {
  it("cuts where the whole file in memory is cut, exactly when one thread reads plain UTF-8", () => {
    const byte = fc.constantFrom(0x0a, 0x3b, 0x41, 0xc3, 0xab, 0xe9, 0x80, 0x00, 0xff, 0xfe);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.array(byte), (a, b) => {
        const bytes = new Uint8Array([...a.map((x) => (x % 3 === 0 ? 0x0a : x)), ...b]);
        const decoded = decodeTextPieces(bytes);
        const isPlain = decoded.encoding === "utf-8" && decoded.badBytes.length === 0;
        const cutAt = cutNearMiddle(bytes);
        expect(scan(bytes)).toEqual(isPlain && cutAt !== undefined ? { cutAt } : undefined);
      }),
      { numRuns: 500 }
    );
  });

  it("cuts after the first line feed from the main thread's share of the bytes on", () => {
    const bytes = utf8(rows(100, "Cliëntenteam"));
    const cutAt = scan(bytes)?.cutAt ?? 0;
    const from = Math.floor(bytes.length * MAIN_THREAD_SHARE);
    expect(bytes[cutAt - 1]).toBe(0x0a);
    expect(cutAt - 1).toBeGreaterThanOrEqual(from);
    expect(bytes.subarray(from, cutAt - 1).includes(0x0a)).toBe(false);
  });

  describe("edge cases", () => {
    it("leaves a file with a byte that is not UTF-8 after the cut to one thread", () => {
      const bytes = utf8(rows(200));
      bytes[bytes.length - 3] = 0xe9;
      expect(scan(bytes)).toBeUndefined();
    });

    it("leaves a file with a byte that is not UTF-8 before the cut to one thread", () => {
      const bytes = utf8(rows(200));
      bytes[10] = 0xe9;
      expect(scan(bytes)).toBeUndefined();
    });

    it("leaves UTF-16 to one thread, also when its bytes are valid UTF-8", () => {
      const bytes = new Uint8Array(Buffer.from(rows(200), "utf16le"));
      expect(scan(bytes)).toBeUndefined();
    });

    it("leaves a file whose size is not the size it was told to one thread", () => {
      const bytes = utf8(rows(200));
      expect(scan(bytes, bytes.length - 5)).toBeUndefined();
      expect(scan(bytes, bytes.length + 5)).toBeUndefined();
    });

    it("leaves a file without a line feed after the middle to one thread", () => {
      expect(scan(utf8(`${rows(10)}${"x".repeat(500)}`))).toBeUndefined();
      expect(scan(utf8(`${"x".repeat(500)}\n`))).toBeUndefined();
    });

    it("leaves a line longer than its buffer (4 MB) to one thread", () => {
      const bytes = utf8(`${rows(10)}"${"x".repeat(5 << 20)}"\n${rows(10)}`);
      expect(scan(bytes)).toBeUndefined();
    });

    it("keeps a character that spans two reads whole", () => {
      // Lines of 7 bytes with a two-byte character, past one 4 MB read.
      const bytes = utf8("ab;ëcd\n".repeat(700_000));
      expect(scan(bytes)?.cutAt).toBe(cutNearMiddle(bytes));
    });
  });
});
