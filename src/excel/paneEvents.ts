/**
 * Events the ribbon command sends to the task pane. Both run in the add-in's shared
 * runtime (one window), so a DOM event is enough.
 *
 * @module
 */

/** The ribbon refreshed the report; the pane rereads the settings. */
export const REFRESHED_EVENT = "welzijnsmonitor:refreshed";

/** The ribbon's refresh failed; `detail` is the Dutch message. */
export const COMMAND_ERROR_EVENT = "welzijnsmonitor:error";
