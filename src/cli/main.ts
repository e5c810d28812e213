/**
 * The command line `welzijnsmonitor` (SPEC §8).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CliInputError, CliUsageError } from "./cliErrors";
import { processIo, type CliIo } from "./cliIo";
import { describeFsError } from "./describeFsError";

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

/** The arguments that ask for the version and nothing else (as `parseCliArgs` reads them). */
const VERSION_ONLY: ReadonlySet<string> = new Set(["--versie", "--version"]);

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // `welzijnsmonitor --versie` alone is answered before the argument parser and the core are
  // loaded (a test keeps this equal to what parseCliArgs makes of it).
  if (argv.length === 1 && VERSION_ONLY.has(argv[0] as string)) {
    io.stdout(`welzijnsmonitor ${readVersion()}\n`);
    return 0;
  }
  try {
    const { parseCliArgs } = await import("./parseCliArgs");
    const args = parseCliArgs(argv);
    if (args.command === "help") {
      const { USAGE_TEXT } = await import("./usageText");
      io.stdout(USAGE_TEXT);
      return 0;
    }
    if (args.command === "version") {
      io.stdout(`welzijnsmonitor ${readVersion()}\n`);
      return 0;
    }
    // A large CSV case table's second thread starts before the report's modules load.
    const { prestartCaseRead } = await import("./prestartCaseRead");
    prestartCaseRead(args.cases);
    // Loaded only for a report: ExcelJS only when a workbook is read or written.
    const { runReport } = await import("./runReport");
    return await runReport(args, io);
  } catch (error) {
    if (error instanceof Error && (await isUserError(error))) {
      io.stderr(`welzijnsmonitor: ${oneLine(error.message)}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`welzijnsmonitor: onverwachte fout: ${oneLine(message)}\n`);
    return EXIT_FAILURE;
  }
}

/** Whether an error is the user's (exit status 2); the core is loaded by then (it threw it). */
async function isUserError(error: unknown): Promise<boolean> {
  if (error instanceof CliUsageError || error instanceof CliInputError) return true;
  const { InvalidPeriodError, InvalidRecidiveOptionsError, MappingError } = await import("../core");
  return (
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
