/**
 * The command line `welzijnsmonitor` (SPEC §8).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { InvalidPeriodError, InvalidRecidiveOptionsError, MappingError } from "../core";
import { CliInputError, CliUsageError } from "./cliErrors";
import { processIo, type CliIo } from "./cliIo";
import { describeFsError } from "./describeFsError";
import { parseCliArgs } from "./parseCliArgs";
import { USAGE_TEXT } from "./usageText";

/** Exit status for bad arguments or unreadable input. */
export const EXIT_USAGE = 2;
/** Exit status for an unexpected failure (a bug). */
export const EXIT_FAILURE = 1;

/**
 * Runs the command line: `welzijnsmonitor rapport --casussen FILE --periode TEXT [...]`,
 * `--hulp`, `--versie` (English aliases such as `report`, `--cases` and `--map` work too). Bad arguments, an unreadable file, an unknown period or an unmapped
 * required column give exit status 2 and one Dutch line on stderr; problems in the data
 * are reported (JSON `issues`, the "Controle" sheet, the summary's count) and never change
 * the exit status. Output that cannot be written (`--json > /dev/full`, a closed pipe) is
 * one Dutch line and exit status 2 as well, never Node's English message or stack trace.
 *
 * @param argv - the arguments after the program name
 * @param io - where output goes (default: the process's stdout and stderr)
 * @returns the exit status: 0 success, 2 bad arguments or input, 1 unexpected failure
 *
 * @example
 * process.exitCode = await main(['rapport', '--casussen', 'export.xlsx', '--periode', 't/m Q3 2024', '--json']);
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const status = await run(argv, io);
  try {
    await io.flush?.();
  } catch (error) {
    // After a failure its one line is said; a second one would only repeat it.
    if (status === 0) {
      io.stderr(`welzijnsmonitor: kan de uitvoer niet schrijven: ${describeFsError(error)}\n`);
      return EXIT_USAGE;
    }
  }
  return status;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.command === "help") {
      io.stdout(USAGE_TEXT);
      return 0;
    }
    if (args.command === "version") {
      io.stdout(`welzijnsmonitor ${readVersion()}\n`);
      return 0;
    }
    // Loaded only for a report: `--versie` and `--hulp` need neither the core nor ExcelJS.
    const { runReport } = await import("./runReport");
    return await runReport(args, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`welzijnsmonitor: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`welzijnsmonitor: onverwachte fout: ${oneLine(message)}\n`);
    return EXIT_FAILURE;
  }
}

function isUserError(error: unknown): error is Error {
  return (
    error instanceof CliUsageError ||
    error instanceof CliInputError ||
    error instanceof InvalidPeriodError ||
    error instanceof MappingError ||
    error instanceof InvalidRecidiveOptionsError
  );
}

/** The one line on stderr: a multi-line message (the accepted period forms) joined. */
function oneLine(message: string): string {
  return message
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join(" ");
}

function readVersion(): string {
  try {
    // src/cli (tests) and lib/cli (compiled) are both two levels below package.json.
    const packageJson = JSON.parse(
      readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")
    ) as { version?: string };
    return packageJson.version ?? "onbekend";
  } catch {
    return "onbekend";
  }
}
