import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
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

    it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)(
      "removes its temporary file when %s arrives during the write, then lets the signal end the process",
      async (signal) => {
        const path = join(dir, "rapport.xlsx");
        writeFileSync(path, "vorig rapport");
        const kill = jest.spyOn(process, "kill").mockImplementation(() => true);
        const probe = await open(join(dir, "probe"), "w");
        const fileHandle = Object.getPrototypeOf(probe) as FileHandle;
        await probe.close();
        rmSync(join(dir, "probe"));
        const realSync = fileHandle.sync;
        let temporaries: string[] = [];
        // The interruption while the bytes are being flushed (Ctrl-C on a slow disk).
        const sync = jest.spyOn(fileHandle, "sync").mockImplementation(async function (
          this: FileHandle
        ) {
          await realSync.call(this);
          temporaries = readdirSync(dir).filter((name) => name !== "rapport.xlsx");
          process.emit(signal, signal);
        });
        try {
          // The process would have ended; here the rename finds the file gone.
          await expect(writeFileAtomic(path, new Uint8Array(1000))).rejects.toMatchObject({
            code: "ENOENT",
          });
          expect(kill.mock.calls).toEqual([[process.pid, signal]]);
        } finally {
          sync.mockRestore();
          kill.mockRestore();
        }
        expect(temporaries).toHaveLength(1);
        expect(readdirSync(dir)).toEqual(["rapport.xlsx"]);
        expect(readFileSync(path, "utf8")).toBe("vorig rapport");
        expect(process.listenerCount(signal)).toBe(0);
      }
    );

    it("listens for no signal once the file is written", async () => {
      await writeFileAtomic(join(dir, "rapport.xlsx"), new Uint8Array(10));
      expect(["SIGINT", "SIGTERM", "SIGHUP"].map((s) => process.listenerCount(s))).toEqual([
        0, 0, 0,
      ]);
    });

    it("fails in a folder that does not exist, creating nothing", async () => {
      await expect(
        writeFileAtomic(join(dir, "geen-map", "rapport.xlsx"), new Uint8Array(1))
      ).rejects.toMatchObject({ code: "ENOENT" });
      expect(readdirSync(dir)).toEqual([]);
    });
  });
});
