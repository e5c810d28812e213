/**
 * Dutch names of data-issue kinds and input tables, for the Controle sheet and the pane.
 *
 * @module
 */
import type { TableName } from "../core";

// The issue kinds' names live in the core: publication mode counts findings per kind.
export { ISSUE_KIND_LABELS, issueKindLabel } from "../core";

/** The input tables as the user knows them. */
export const TABLE_LABELS: Readonly<Record<TableName, string>> = {
  cases: "Casussen",
  zrm: "ZRM-scores",
  activities: "Activiteiten",
  complaints: "Klachten",
};
