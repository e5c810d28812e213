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
}

/**
 * The process's own stdout and stderr; no progress lines.
 *
 * @returns the channels
 *
 * @example
 * await main(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
}
