/**
 * Ribbon commands. The shared runtime loads this with the task pane page.
 * "Welzijnsmonitor" opens the pane through the manifest (ShowTaskpane);
 * "Rapport vernieuwen" (ExecuteFunction `refreshReport`) refreshes the owned report
 * sheets with the stored settings without opening the pane.
 *
 * How the user learns it is done, without dialogs: the report sheet is rewritten with a
 * status line "Bijgewerkt op … (knop Rapport vernieuwen)" and activated. When it fails,
 * the task pane opens with the Dutch message and what to do.
 */
import { officeExcelHost } from "../excel/excelHost";
import { officeErrorMessage, UserFacingError } from "../excel/officeErrorMessage";
import { refreshReport } from "../excel/reportWorkflow";
import { COMMAND_ERROR_EVENT, REFRESHED_EVENT } from "../excel/paneEvents";

/**
 * Refreshes the report from the ribbon.
 *
 * @param event - the command event; completed when the work is done or failed
 */
export async function refreshReportCommand(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const host = officeExcelHost();
    if (!host)
      throw new UserFacingError(
        "Welzijnsmonitor kan de werkmap niet bereiken. Open het taakvenster en probeer het opnieuw."
      );
    await refreshReport(host, { now: new Date(), via: "ribbon" });
    tellPane(REFRESHED_EVENT);
  } catch (error) {
    tellPane(COMMAND_ERROR_EVENT, officeErrorMessage(error));
    try {
      await Office.addin.showAsTaskpane();
    } catch {
      // Older hosts without Office.addin: the message waits in the pane.
    }
  } finally {
    event.completed();
  }
}

/** Tells the task pane (same shared runtime, same window) what happened. */
function tellPane(type: string, detail?: string): void {
  if (typeof window !== "undefined") window.dispatchEvent(new CustomEvent(type, { detail }));
}

Office.onReady((info) => {
  // Outside Excel (a browser preview, the browser tests) there are no ribbon commands.
  if (info.host === Office.HostType.Excel && Office.actions)
    Office.actions.associate("refreshReport", refreshReportCommand);
});
