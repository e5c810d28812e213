/**
 * The rules for `--uit`, checked before any input is read.
 *
 * @module
 */
import { constants, type Stats } from "node:fs";
import { access, realpath, stat } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import { CliUsageError } from "./cliErrors";
import { describeFsError, errorCode } from "./describeFsError";
import { isReportWorkbookFile } from "./isReportWorkbookFile";
import { userSheetsOfReportFile } from "./userSheetsOfReportFile";

/** An input file and the option that named it. */
export interface OutPathInput {
  /** The option as the user typed it, e.g. "--casussen". */
  readonly option: string;
  readonly path: string;
}

/** Options of {@link checkOutPath}. */
export interface CheckOutPathOptions {
  /** The input files: the report may never replace one of them. */
  readonly inputs: readonly OutPathInput[];
  /** `--overschrijven`: an existing file that is not a report may be replaced. */
  readonly overwrite: boolean;
  /** How messages name the report's option: as the user typed it (default "--uit"). */
  readonly outOption?: string;
}

/**
 * Checks that the report may be written to `out`, before any work is done, so that a refusal
 * costs nothing and writes nothing:
 * - `out` is not one of the input files, by any spelling of its path, through a symbolic link
 *   or a hard link (same device and inode), not even with `--overschrijven`;
 * - it ends in .xlsx;
 * - it is not a folder, and its folder exists and may be written in;
 * - an existing file is a report this program wrote (see `isReportWorkbookFile`) with no
 *   sheets of the user's (see `userSheetsOfReportFile`), unless `overwrite` is set.
 *
 * @param out - the `--uit` path as given
 * @param options - the input files, and `--overschrijven`
 * @returns the path to write: the real path of an existing file (so that a symbolic link to a
 *   report stays a link), else the absolute path
 * @throws {CliUsageError} with one Dutch line when the report may not be written there
 *
 * @example
 * const target = await checkOutPath('rapport.xlsx', { inputs: [{ option: '--casussen', path: 'export.xlsx' }], overwrite: false });
 */
export async function checkOutPath(out: string, options: CheckOutPathOptions): Promise<string> {
  const what = `${options.outOption ?? "--uit"} ${out}`;
  const existing = await statOrUndefined(out, what);
  if (existing !== undefined) {
    for (const input of options.inputs) {
      const inputStats = await statOrUndefined(input.path, `${input.option} ${input.path}`);
      if (inputStats !== undefined && isSameFile(existing, inputStats))
        throw new CliUsageError(
          `${what} is hetzelfde bestand als ${input.option}; het rapport zou de invoer vervangen. Kies een andere naam voor het rapport`
        );
    }
  }
  if (extname(out).toLowerCase() !== ".xlsx")
    throw new CliUsageError(
      `${what}: het rapport is een Excel-bestand; geef een naam die op .xlsx eindigt`
    );
  if (existing?.isDirectory()) throw new CliUsageError(`${what} is een map, geen bestand`);
  if (existing !== undefined && !existing.isFile())
    throw new CliUsageError(`${what} is geen gewoon bestand`);
  const target = existing === undefined ? resolve(out) : await realpath(out);
  await assertWritableFolder(existing === undefined ? dirname(out) : dirname(target), what);
  if (existing !== undefined && !options.overwrite && !(await isReport(target, what)))
    throw new CliUsageError(
      `${what} bestaat al en is geen rapport van Welzijnsmonitor; kies een andere naam of geef --overschrijven`
    );
  if (existing !== undefined && !options.overwrite) {
    const own = await userSheets(target, what);
    if (own.length > 0)
      throw new CliUsageError(
        own.length === 1
          ? `${what} is een rapport van Welzijnsmonitor met een eigen werkblad (${own[0]}) dat verloren zou gaan; kies een andere naam of geef --overschrijven`
          : `${what} is een rapport van Welzijnsmonitor met eigen werkbladen (${own.join(", ")}) die verloren zouden gaan; kies een andere naam of geef --overschrijven`
      );
  }
  return target;
}

function isSameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The file's stats (following links), or undefined when there is no such file. */
async function statOrUndefined(path: string, what: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw new CliUsageError(`${what}: ${describeFsError(error)}`);
  }
}

async function assertWritableFolder(folder: string, what: string): Promise<void> {
  let folderStats: Stats;
  try {
    folderStats = await stat(folder);
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new CliUsageError(`${what}: de map ${folder} bestaat niet`);
    throw new CliUsageError(`${what}: map ${folder}: ${describeFsError(error)}`);
  }
  if (!folderStats.isDirectory()) throw new CliUsageError(`${what}: ${folder} is geen map`);
  try {
    // The report goes to a temporary file in this folder first, then replaces the target.
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    const code = errorCode(error);
    if (code === "EACCES" || code === "EPERM")
      throw new CliUsageError(`${what}: geen schrijfrechten in de map ${folder}`);
    throw new CliUsageError(`${what}: map ${folder}: ${describeFsError(error)}`);
  }
}

async function isReport(target: string, what: string): Promise<boolean> {
  try {
    return await isReportWorkbookFile(target);
  } catch (error) {
    throw new CliUsageError(
      `${what} bestaat al en kan niet gelezen worden om te zien of het een rapport is: ${describeFsError(error)}`
    );
  }
}

async function userSheets(target: string, what: string): Promise<string[]> {
  try {
    return await userSheetsOfReportFile(target);
  } catch (error) {
    throw new CliUsageError(
      `${what} bestaat al en kan niet gelezen worden om te zien of het eigen werkbladen heeft: ${describeFsError(error)}`
    );
  }
}
