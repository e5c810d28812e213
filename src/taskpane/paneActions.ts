/**
 * What the pane's controls can do; implemented in startApp, used by the section views.
 *
 * @module
 */
import type { DataIssue, RecidiveOptions, TableName } from "../core";
import type { PeriodChoice } from "./periodChoice";

/** The value of "Eigen sjabloon…" in the template list. */
export const OWN_TEMPLATE = "#eigen";

export interface PaneActions {
  chooseSource(table: TableName, key: string): void;
  useSelection(): void;
  readData(): void;
  setOverride(table: TableName, field: string, header: string): void;
  setCaseType(value: string, group: string): void;
  confirmMapping(): void;
  setPeriod(choice: Partial<PeriodChoice>, live?: boolean): void;
  setRecidive(options: Partial<RecidiveOptions>): void;
  setTables(ids: string[] | null): void;
  setPublication(publication: { threshold: 5 | 10 } | null): void;
  /** "" for Standaard, a built-in template's id, or {@link OWN_TEMPLATE} for a file. */
  chooseTemplate(value: string): void;
  /** Reads a user's template file (JSON) chosen with the file input. */
  loadTemplateFile(file: File): void;
  generate(): void;
  setRefreshPeriod(text: string, live?: boolean): void;
  refresh(): void;
  /** Selects the issue's cell; `key` identifies the list item that shows the feedback. */
  goToIssue(issue: DataIssue, key?: string): void;
  goToSheet(name: string): void;
  /** Opens a folded step again. */
  unfold(step: "data" | "mapping"): void;
  /** Remembers whether a <details> is open across re-renders. */
  toggleDetails(id: string, open: boolean): void;
  isOpen(id: string, fallback?: boolean): boolean;
}
