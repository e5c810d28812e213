/**
 * Events the ribbon command sends to the task pane. Both run in the add-in's shared
 * runtime (one window), so a DOM event is enough.
 *
 * @module
 */

/** The ribbon refreshed the report; `detail` is the `RefreshReportResult` (the pane shows its data and Controle). */
export const REFRESHED_EVENT = "welzijnsmonitor:refreshed";

/** The ribbon's refresh failed; `detail` is the Dutch message. */
export const COMMAND_ERROR_EVENT = "welzijnsmonitor:error";

/** The shared busy lock changed; `detail` is a `BusyChange` (busyLock.ts). */
export const BUSY_EVENT = "welzijnsmonitor:busy";
