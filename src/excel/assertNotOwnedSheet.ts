/**
 * Refuses a data source on a sheet the add-in owns (report, Toelichting, Controle): the next
 * write clears that sheet, so a pasted export would be lost and later refreshes would read
 * the add-in's own output as data.
 *
 * @module
 */
import type { LoadedOwnedSheets } from "./loadOwnedSheets";
import { UserFacingError } from "./officeErrorMessage";

const WHAT_TO_DO = "kies de export op een eigen werkblad (stap 1 Gegevens in het taakvenster).";

/**
 * Throws when `sheet` is one of the sheets the add-in owns now, as {@link loadOwnedSheets}
 * recognised them (by id or marker, not by name alone: a sheet the user renamed to keep is
 * theirs and accepted).
 *
 * @param loaded - what loadOwnedSheets found in this batch
 * @param sheet - the name of the source's sheet, as loaded in the same batch
 * @param table - the Excel table the source is, if any (named in the message)
 * @throws UserFacingError (Dutch) when the sheet is owned
 *
 * @example
 * assertNotOwnedSheet(loaded, 'Controle')
 * // throws 'Het blad "Controle" is van Welzijnsmonitor en wordt bij vernieuwen overschreven; kies de export …'
 */
export function assertNotOwnedSheet(
  loaded: Pick<LoadedOwnedSheets, "ownedNames">,
  sheet: string,
  table?: string
): void {
  if (!loaded.ownedNames.has(sheet.toLocaleLowerCase("nl"))) return;
  throw new UserFacingError(
    table === undefined
      ? `Het blad "${sheet}" is van Welzijnsmonitor en wordt bij vernieuwen overschreven; ${WHAT_TO_DO}`
      : `De tabel "${table}" staat op het blad "${sheet}", dat van Welzijnsmonitor is en bij vernieuwen wordt overschreven; ${WHAT_TO_DO}`
  );
}
