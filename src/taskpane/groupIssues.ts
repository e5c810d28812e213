/**
 * The Controle list of the pane (pure): data issues grouped by kind, errors first.
 *
 * @module
 */
import type { DataIssue } from "../core";
import { issueKindLabel } from "../excel/issueLabels";

/** Issues of one kind. */
export interface IssueGroup {
  readonly code: string;
  readonly label: string;
  readonly severity: "error" | "warning";
  readonly issues: readonly DataIssue[];
}

/**
 * Groups issues by kind: kinds with errors first, then by size, then by name; within a
 * kind in table and row order.
 *
 * @param issues - the data issues
 * @returns the groups
 *
 * @example
 * groupIssues(dataset.issues)[0].label // 'Ongeldige datum'
 */
export function groupIssues(issues: readonly DataIssue[]): IssueGroup[] {
  const byCode = new Map<string, DataIssue[]>();
  for (const issue of issues) {
    const list = byCode.get(issue.code);
    if (list) list.push(issue);
    else byCode.set(issue.code, [issue]);
  }
  const tableOrder = ["cases", "zrm", "activities", "complaints"];
  return [...byCode]
    .map(([code, list]) => ({
      code,
      label: issueKindLabel(code),
      severity: list.some((i) => i.severity === "error")
        ? ("error" as const)
        : ("warning" as const),
      issues: [...list].sort(
        (a, b) => tableOrder.indexOf(a.table) - tableOrder.indexOf(b.table) || a.row - b.row
      ),
    }))
    .sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
        b.issues.length - a.issues.length ||
        a.label.localeCompare(b.label, "nl")
    );
}
