/**
 * Replacing a file all at once.
 *
 * @module
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to `path` without ever leaving a half-written file there: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is atomic), which is
 * flushed to disk and then renamed over `path`. When anything fails (a full disk, a file-size
 * limit, no rights), the old file at `path` is untouched and the temporary file is removed;
 * so it is when the process is interrupted meanwhile (Ctrl-C, SIGTERM, a closed terminal):
 * the temporary file is removed and the signal then ends the process as it would have.
 * (SIGKILL cannot be caught: it may leave the temporary file, never a half-written `path`.)
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
  const removeOnSignal = removeFileOnSignal(temporary);
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
  } finally {
    removeOnSignal();
  }
}

/** The signals that end a command-line run by default and can be caught. */
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Until the returned function is called, a signal in {@link ENDING_SIGNALS} first removes
 * `path`, then ends the process as the signal would have without this listener (raised again
 * once the listeners are gone, so the exit status says which signal it was).
 */
function removeFileOnSignal(path: string): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    stop();
    try {
      unlinkSync(path);
    } catch {
      // already gone (renamed or removed): nothing to clean up
    }
    process.kill(process.pid, signal);
  };
  const stop = (): void => {
    for (const signal of ENDING_SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  return stop;
}
