/**
 * What the Office layer needs from its surroundings: a way to run a batch against the
 * workbook (`Excel.run`) and the document settings. Inside Excel these are Office's own;
 * a test host (in-memory workbook) supplies its own, so the same code runs in tests.
 *
 * @module
 */
import { officeSettingsStore, type SettingsStore } from "./storedSettings";

/** `Excel.run` as the Office layer uses it. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The workbook and its settings. */
export interface ExcelHost {
  readonly run: ExcelRun;
  readonly settings: SettingsStore;
}

/**
 * The host inside Excel: `Excel.run` and the document settings.
 *
 * @returns the host, or null outside Excel
 */
export function officeExcelHost(): ExcelHost | null {
  const settings = officeSettingsStore();
  if (typeof Excel === "undefined" || !settings) return null;
  return { run: (batch) => Excel.run(batch), settings };
}
