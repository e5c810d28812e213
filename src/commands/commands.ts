/**
 * Ribbon commands. The shared runtime loads this with the task pane page.
 * "Welzijnsmonitor" opens the pane through the manifest (ShowTaskpane);
 * "Rapport vernieuwen" (ExecuteFunction `refreshReport`) refreshes the owned report
 * sheets with the stored settings without opening the pane.
 *
 * How the user learns what happens, without dialogs (Excel has no notification API for
 * add-ins): the status line of the report sheet says "Bezig met vernieuwen…" while it
 * works, "Bijgewerkt op … (knop Rapport vernieuwen)" when done (and the sheet is
 * activated), or "Vernieuwen mislukt …" with the reason. The pane, when open, shows the
 * same and refreshes its Controle list; on failure (or when the pane is already busy)
 * the pane is opened with the Dutch message. One busy lock covers pane and ribbon.
 */
import { acquireBusy } from "../excel/busyLock";
import { officeExcelHost, type ExcelHost } from "../excel/excelHost";
import { officeErrorMessage, UserFacingError } from "../excel/officeErrorMessage";
import { COMMAND_ERROR_EVENT, REFRESHED_EVENT } from "../excel/paneEvents";
import { busyStatusLine, failedStatusLine, refreshReport } from "../excel/reportWorkflow";
import { readStoredSettings } from "../excel/storedSettings";
import { writeReportStatus } from "../excel/writeReportStatus";

/** Message when the pane is already writing a report. */
export const BUSY_MESSAGE =
  "Welzijnsmonitor is al bezig met een rapport in het taakvenster. Wacht tot dat klaar is en klik dan opnieuw op Rapport vernieuwen.";

/**
 * Refreshes the report from the ribbon.
 *
 * @param event - the command event; completed when the work is done or failed
 * @param now - the clock (tests fix it)
 */
export async function refreshReportCommand(
  event: Office.AddinCommands.Event,
  now: () => Date = () => new Date()
): Promise<void> {
  const release = acquireBusy("ribbon");
  let host: ExcelHost | null = null;
  try {
    if (!release) throw new UserFacingError(BUSY_MESSAGE);
    host = officeExcelHost();
    if (!host)
      throw new UserFacingError(
        "Welzijnsmonitor kan de werkmap niet bereiken. Open het taakvenster en probeer het opnieuw."
      );
    const owned = readStoredSettings(host.settings)?.reports ?? [];
    await quietly(writeReportStatus(host.run, owned, busyStatusLine(now())));
    const result = await refreshReport(host, { now: now(), via: "ribbon" });
    tellPane(REFRESHED_EVENT, result);
  } catch (error) {
    const message = officeErrorMessage(error);
    if (host && release) {
      const owned = readStoredSettings(host.settings)?.reports ?? [];
      await quietly(writeReportStatus(host.run, owned, failedStatusLine(now(), message)));
    }
    tellPane(COMMAND_ERROR_EVENT, message);
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // Older hosts without Office.addin: the message waits in the pane and the sheet.
    }
  } finally {
    release?.();
    event.completed();
  }
}

/** A status line is a courtesy: its failure must not hide the real outcome. */
async function quietly(work: Promise<unknown>): Promise<void> {
  try {
    await work;
  } catch {
    // e.g. an edit in progress: the refresh itself reports it.
  }
}

/** Tells the task pane (same shared runtime, same window) what happened. */
function tellPane(type: string, detail?: unknown): void {
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(type, { detail }));
}

Office.onReady((info) => {
  // Outside Excel (a browser preview, the browser tests) there are no ribbon commands.
  if (info.host === Office.HostType.Excel && Office.actions)
    Office.actions.associate("refreshReport", refreshReportCommand);
});
