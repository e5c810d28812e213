/**
 * @module
 */
import type { DataIssue, IssueCode, IssueSeverity } from "../types";
import { issueKindLabel } from "./issueKindLabel";

/**
 * How many input rows have one kind of finding: what publication mode shows instead of the
 * findings themselves, which name rows, case numbers and the values found.
 */
export interface IssueCount {
  readonly code: IssueCode;
  /** Dutch name of the kind ("Ongeldige datum"). */
  readonly description: string;
  /** 'error' when any finding of this kind is an error. */
  readonly severity: IssueSeverity;
  /** Number of distinct input rows (table and row) with this finding. */
  readonly rows: number;
}

/** The headers of a list of {@link IssueCount}s, as the published "Controle" sheet shows them. */
export const ISSUE_COUNT_HEADERS = ["Code", "Soort bevinding", "Ernst", "Aantal rijen"] as const;

/** The line below a list of {@link IssueCount}s: why a publication shows no findings. */
export const ISSUE_COUNTS_NOTE =
  "Publicatieversie: per soort bevinding alleen het aantal rijen. De bevindingen zelf " +
  "(rijnummers, casusnummers, waarden) staan alleen in het interne rapport.";

/**
 * Counts data issues per kind, for outputs that must carry no row-level data (publication
 * mode, SPEC §9): per code its Dutch name, its severity and the number of distinct input rows
 * it was found on (a row with two bad dates counts once). In the order of the codes' first
 * occurrence, so the list reads like the findings it replaces.
 *
 * @param issues - the data issues
 * @returns one count per code that occurs
 *
 * @example
 * countIssues([dateIssue(row 4), dateIssue(row 4), dateIssue(row 9)])
 * // [{ code: 'INVALID_DATE', description: 'Ongeldige datum', severity: 'error', rows: 2 }]
 */
export function countIssues(issues: readonly DataIssue[]): IssueCount[] {
  const byCode = new Map<IssueCode, { severity: IssueSeverity; rows: Set<string> }>();
  for (const { code, severity, table, row } of issues) {
    let entry = byCode.get(code);
    if (entry === undefined) {
      entry = { severity, rows: new Set() };
      byCode.set(code, entry);
    }
    if (severity === "error") entry.severity = "error";
    entry.rows.add(`${table}:${row}`);
  }
  return [...byCode].map(([code, { severity, rows }]) => ({
    code,
    description: issueKindLabel(code),
    severity,
    rows: rows.size,
  }));
}
