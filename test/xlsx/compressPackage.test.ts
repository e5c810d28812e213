import JSZip from "jszip";
import { compressPackage } from "../../src/xlsx/compressPackage";

/** The entries of a zip file as its central directory lists them: name and compression method. */
function centralDirectory(bytes: Uint8Array): { name: string; method: number }[] {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const end = view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = view.readUInt16LE(end + 10);
  let at = view.readUInt32LE(end + 16);
  const entries: { name: string; method: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const method = view.readUInt16LE(at + 10);
    const nameLength = view.readUInt16LE(at + 28);
    const extra = view.readUInt16LE(at + 30) + view.readUInt16LE(at + 32);
    entries.push({ name: view.toString("utf8", at + 46, at + 46 + nameLength), method });
    at += 46 + nameLength + extra;
  }
  return entries;
}

describe("compressPackage", () => {
  const sheet = `<?xml version="1.0"?><worksheet>${"<row><c><v>1</v></c></row>".repeat(500)}</worksheet>`;

  async function storedPackage(): Promise<JSZip> {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", sheet);
    zip.file("xl/media/image1.bin", new Uint8Array([0, 255, 1, 254]));
    zip.file("docProps/app.xml", "<Properties>é ∕ ü</Properties>");
    // As ExcelJS saves it when asked not to compress.
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    return JSZip.loadAsync(stored);
  }

  it("keeps every entry, folders included, in the package's order, with the same bytes", async () => {
    const input = await storedPackage();
    const output = await JSZip.loadAsync(await compressPackage(input));
    expect(Object.keys(output.files)).toEqual(Object.keys(input.files));
    expect(Object.keys(output.files)).toEqual([
      "[Content_Types].xml",
      "xl/",
      "xl/worksheets/",
      "xl/worksheets/sheet1.xml",
      "xl/media/",
      "xl/media/image1.bin",
      "docProps/",
      "docProps/app.xml",
    ]);
    for (const [name, entry] of Object.entries(input.files)) {
      const copy = output.files[name];
      expect(copy?.dir).toBe(entry.dir);
      if (!entry.dir)
        expect(await copy?.async("nodebuffer")).toEqual(await entry.async("nodebuffer"));
    }
    expect(await output.file("docProps/app.xml")?.async("string")).toBe(
      "<Properties>é ∕ ü</Properties>"
    );
  });

  it("deflates every file (method 8) and stores the folders (method 0)", async () => {
    const bytes = await compressPackage(await storedPackage());
    const entries = centralDirectory(bytes);
    expect(entries.filter((e) => e.name.endsWith("/")).map((e) => e.method)).toEqual([0, 0, 0, 0]);
    expect(entries.filter((e) => !e.name.endsWith("/")).map((e) => e.method)).toEqual([8, 8, 8, 8]);
    // 500 equal rows deflate to a small fraction of their 13 KB.
    expect(bytes.length).toBeLessThan(sheet.length / 10);
  });

  it("gives each entry the date the package holds for it (to the two seconds a zip can store)", async () => {
    const input = await storedPackage();
    const when = new Date(2024, 9, 7, 13, 45, 30);
    for (const entry of Object.values(input.files)) entry.date = when;
    const output = await JSZip.loadAsync(await compressPackage(input));
    // JSZip reads a zip's (local) DOS time as UTC: compare the fields, not the instant.
    const fields = (d: Date) => [
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
    ];
    for (const entry of Object.values(output.files))
      expect(fields(entry.date)).toEqual([2024, 9, 7, 13, 45, 30]);
  });
});
