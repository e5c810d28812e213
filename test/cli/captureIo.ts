import type { CliIo } from "../../src/cli/cliIo";
import { main } from "../../src/cli/main";

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

/** Runs the command line in-process and returns its exit status and what it wrote. */
export async function runMain(
  ...argv: string[]
): Promise<{ status: number; stdout: string; stderr: string; progress: string[] }> {
  const capture = captureIo();
  const status = await main(argv, capture.io);
  return { status, stdout: capture.stdout(), stderr: capture.stderr(), progress: capture.progress };
}
