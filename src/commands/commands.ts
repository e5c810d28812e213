/**
 * Ribbon commands. The shared runtime loads this with the task pane page.
 * "Welzijnsmonitor" opens the pane through the manifest (ShowTaskpane), so nothing
 * is registered here yet beyond waiting for Office.
 */
Office.onReady(() => {
  // Commands that run code (ExecuteFunction) are associated here.
});
