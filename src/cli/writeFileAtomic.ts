/**
 * Replacing a file all at once.
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to `path` without ever leaving a half-written file there: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), which is
 * flushed to disk and then renamed over `path`. When anything fails (a full disk, a file-size
 * limit, no rights), the old file at `path` is untouched and the temporary file is removed.
 *
 * @param path - the file to create or replace
 * @param bytes - its new contents
 * @throws the file-system error (with its `code`, e.g. ENOSPC, EFBIG) after cleaning up
 *
 * @example
 * await writeFileAtomic('rapport.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  // "wx": never follow or reuse a file someone else put at the temporary name.
  const handle = await open(temporary, "wx");
  try {
    try {
      await handle.writeFile(bytes);
      // Without it a crash right after the rename can leave an empty file on some file systems.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
