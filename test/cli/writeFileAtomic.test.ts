import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileAtomic } from "../../src/cli/writeFileAtomic";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "welzijnsmonitor-atomic-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("creates a file and replaces it, leaving only the file in its folder", async () => {
    const path = join(dir, "rapport.xlsx");
    await writeFileAtomic(path, new TextEncoder().encode("eerste"));
    await writeFileAtomic(path, new TextEncoder().encode("tweede"));
    expect(readFileSync(path, "utf8")).toBe("tweede");
    expect(readdirSync(dir)).toEqual(["rapport.xlsx"]);
  });

  describe("edge cases", () => {
    it("removes its temporary file and rethrows when the final rename fails", async () => {
      // A folder at the target: the bytes are written, the rename over it fails.
      const path = join(dir, "rapport.xlsx");
      mkdirSync(path);
      writeFileSync(join(path, "binnen.txt"), "blijft");
      await expect(writeFileAtomic(path, new Uint8Array(1000))).rejects.toMatchObject({
        code: "EISDIR",
      });
      expect(readdirSync(dir)).toEqual(["rapport.xlsx"]);
      expect(readFileSync(join(path, "binnen.txt"), "utf8")).toBe("blijft");
    });

    it("fails in a folder that does not exist, creating nothing", async () => {
      await expect(
        writeFileAtomic(join(dir, "geen-map", "rapport.xlsx"), new Uint8Array(1))
      ).rejects.toMatchObject({ code: "ENOENT" });
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
