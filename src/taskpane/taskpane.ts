/**
 * Task pane entry: waits for Office, then starts the app inside Excel or explains,
 * in Dutch, that the page must be opened in Excel.
 */
import { showOutsideExcel } from "./showOutsideExcel";

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    showOutsideExcel(root);
    return;
  }
  root.textContent = "Welzijnsmonitor is klaar voor gebruik.";
});
