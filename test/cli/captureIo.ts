import type { CliIo } from "../../src/cli/cliIo";

/** Channels that collect what the command line writes, for in-process tests. */
export function captureIo(): {
  io: CliIo;
  stdout: () => string;
  stderr: () => string;
  progress: string[];
} {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  return {
    io: {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      progress: (line) => progress.push(line),
    },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    progress,
  };
}
