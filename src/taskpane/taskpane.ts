/**
 * Task pane entry: waits for Office, then starts the app inside Excel or explains, in
 * Dutch, that the page must be opened in Excel.
 */
import { officeExcelHost } from "../excel/excelHost";
import type { PaneHost } from "./paneState";
import { showOutsideExcel } from "./showOutsideExcel";
import { startApp } from "./startApp";

/**
 * TEST ONLY: the browser tests install an in-memory workbook here (page.addInitScript)
 * to run the built pane end to end without Excel. Never set in production.
 */
function testHost(): PaneHost | null {
  return (
    (window as unknown as { __welzijnsmonitorTestHost?: PaneHost }).__welzijnsmonitorTestHost ??
    null
  );
}

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  const host = info.host === Office.HostType.Excel ? officeExcelHost() : testHost();
  if (!host) {
    showOutsideExcel(root);
    return;
  }
  void startApp(root, host);
});
