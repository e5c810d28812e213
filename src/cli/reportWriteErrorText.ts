/**
 * @module
 */
import { describeFsError, errorCode } from "./describeFsError";

/** The errors a report file gives when a program holds it open (Excel on Windows locks it). */
const LOCKED_CODES: ReadonlySet<string> = new Set(["EPERM", "EACCES", "EBUSY"]);

/**
 * The Dutch message when the report cannot be written to `out`. Replacing an existing report
 * that Excel has open fails on Windows with "no access" or "busy", which a controller would
 * not connect with the workbook open on their screen: the message then says so.
 *
 * @param error - what the write threw
 * @param out - the `--uit` path as given
 * @param existed - whether a file was at the target before the write
 * @returns the message, without a full stop
 * @example
 * reportWriteErrorText({ code: "EBUSY" }, "rapport.xlsx", true);
 * //=> "kan het rapport niet schrijven naar rapport.xlsx: het bestand is in gebruik; is het geopend in Excel? Sluit het en probeer het opnieuw"
 */
export function reportWriteErrorText(error: unknown, out: string, existed: boolean): string {
  const text = `kan het rapport niet schrijven naar ${out}: ${describeFsError(error)}`;
  const code = errorCode(error);
  return existed && code !== undefined && LOCKED_CODES.has(code)
    ? `${text}; is het geopend in Excel? Sluit het en probeer het opnieuw`
    : text;
}
