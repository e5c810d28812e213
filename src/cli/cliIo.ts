/**
 * Where the command line writes, injectable so that tests run it in-process.
 *
 * @module
 */

/** Output channels of the command line. */
export interface CliIo {
  /** Normal output (JSON, the summary). */
  readonly stdout: (text: string) => void;
  /** The one-line error message. */
  readonly stderr: (text: string) => void;
  /** Progress of long steps, one line each without a line break (the demo shows them). */
  readonly progress?: (line: string) => void;
  /**
   * Waits until everything given to `stdout` has been written; rejects with the first write
   * error (a full disk, a closed pipe). Absent: writing cannot fail.
   */
  readonly flush?: () => Promise<void>;
}

/**
 * The process's own stdout and stderr; no progress lines. A failing stdout (`> /dev/full`,
 * a pipe whose reader stopped) emits its error asynchronously, which would end the process
 * with Node's stack trace: the error is caught here and `flush` rejects with it, so that the
 * command line can say so in one Dutch line. Errors of stderr itself are ignored: there is no
 * channel left to report them on.
 *
 * @returns the channels
 *
 * @example
 * await main(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  let failure: unknown;
  const pending = new Set<Promise<void>>();
  const remember = (error: unknown): void => {
    failure ??= error;
  };
  process.stdout.on("error", remember);
  process.stderr.on("error", () => undefined);
  return {
    stdout: (text) => {
      if (failure !== undefined) return; // the rest of the output would go nowhere
      const written = new Promise<void>((resolve) => {
        process.stdout.write(text, (error) => {
          if (error) remember(error);
          resolve();
        });
      });
      pending.add(written);
      void written.then(() => pending.delete(written));
    },
    stderr: (text) => void process.stderr.write(text),
    flush: async () => {
      await Promise.all([...pending]);
      if (failure !== undefined) throw failure;
    },
  };
}
