/**
 * Updates the status line of the owned report sheet ("Bezig met vernieuwen…", "Vernieuwen
 * mislukt …") so that the ribbon command can say what it is doing where the user looks.
 * Its own small batch (three syncs), separate from writing the report.
 *
 * @module
 */
import type { ExcelRun } from "./excelHost";
import { loadOwnedSheets } from "./loadOwnedSheets";
import { TEXT_FORMAT } from "./sheetPlan";
import type { OwnedSheet } from "./storedSettings";

/**
 * Writes a status text into the status cell of the report sheet the add-in owns. Does
 * nothing (returns false) when there is no such sheet, it is renamed or protected: a
 * status is never worth touching a sheet that is not the add-in's.
 *
 * @param run - `Excel.run` (or a test double)
 * @param owned - the owned sheets from the settings
 * @param text - the Dutch status line
 * @returns whether the status was written
 */
export async function writeReportStatus(
  run: ExcelRun,
  owned: readonly OwnedSheet[],
  text: string
): Promise<boolean> {
  if (!owned.some((o) => o.kind === "report" && o.statusCell)) return false;
  return run(async (context) => {
    const { worksheets, resolved } = await loadOwnedSheets(context, owned);
    const report = resolved.find((r) => r.entry.kind === "report" && r.sheet && r.entry.statusCell);
    if (!report?.sheet || !report.entry.statusCell) return false;
    const protection = worksheets.getItem(report.sheet.id).protection;
    protection.load("protected");
    await context.sync();
    if (protection.protected) return false;
    const cell = worksheets.getItem(report.sheet.id).getRange(report.entry.statusCell);
    cell.numberFormat = [[TEXT_FORMAT]];
    cell.values = [[text]];
    await context.sync();
    return true;
  });
}
