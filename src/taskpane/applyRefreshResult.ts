/**
 * What the pane shows after "Vernieuwen", from the pane or from the ribbon button: the
 * new data, mapping proposals, dataset (so the Controle list is the new one), period and
 * a message naming the sheet now written. Step 4's message about the previous write is
 * dropped: it would name the old sheet.
 *
 * @module
 */
import type { RefreshReportResult } from "../excel/reportWorkflow";
import type { WriteSheetPlansResult } from "../excel/writeSheetPlans";
import { choiceFromText, latestCompleteQuarter } from "./periodChoice";
import type { PaneState } from "./paneState";
import { proposeAll } from "./proposeAll";

/**
 * Puts a refresh result into the pane state.
 *
 * @param state - the pane state (changed in place: it is the pane's one state object)
 * @param result - what the refresh did
 * @param via - the pane's own button or the ribbon's
 * @param now - today, for the period pickers' fallback
 */
export function applyRefreshResult(
  state: PaneState,
  result: RefreshReportResult,
  via: "pane" | "ribbon",
  now: Date
): void {
  state.stored = result.settings;
  state.refreshPeriod = result.settings.period ?? state.refreshPeriod;
  state.data = result.sources;
  state.caseTypeValues = result.caseTypeValues;
  proposeAll(state, result.sources);
  state.dataset = result.dataset;
  state.period = choiceFromText(result.settings.period ?? "", latestCompleteQuarter(now));
  state.folded = { data: true, mapping: true };
  state.selectedCell = null;
  delete state.messages.generate;
  delete state.messages.controle;
  state.messages.refresh = { kind: "success", text: refreshMessage(result, via) };
}

/**
 * The Dutch message after a refresh.
 *
 * @param result - what the refresh did
 * @param via - the pane's own button or the ribbon's
 * @returns the message
 */
export function refreshMessage(result: RefreshReportResult, via: "pane" | "ribbon"): string {
  const n = (value: number) => value.toLocaleString("nl-NL");
  const parts = [
    `Vernieuwd${via === "ribbon" ? " met de knop Rapport vernieuwen" : ""}: blad "${result.reportSheet}" toont nu ${result.report.periodLabel} (${n(result.dataset.cases.size)} casussen, ${n(result.dataset.issues.length)} meldingen in Controle).`,
  ];
  const extended = result.sources.cases.extendedRows ?? 0;
  if (extended > 0)
    parts.push(
      `${n(extended)} ${extended === 1 ? "nieuwe rij" : "nieuwe rijen"} onder de eerder gekozen selectie ${extended === 1 ? "is" : "zijn"} meegelezen.`
    );
  const skipped = result.sources.cases.skippedRowsBelow ?? 0;
  if (skipped > 0) parts.push(skippedRowsWarning(result.sources.cases.sheet, skipped));
  for (const r of result.released) parts.push(releasedSheetMessage(r));
  return parts.join(" ");
}

/**
 * The warning for rows below an empty row under a stored selection, which were not read.
 *
 * @param sheet - the source sheet
 * @param count - the non-empty rows not read
 * @returns the Dutch warning
 *
 * @example
 * skippedRowsWarning('Export', 3) // 'Let op: op blad "Export" staan na een lege rij nog 3 rijen; die zijn niet gelezen. …'
 */
export function skippedRowsWarning(sheet: string, count: number): string {
  const n = count.toLocaleString("nl-NL");
  return `Let op: op blad "${sheet}" staan na een lege rij nog ${n} ${count === 1 ? "rij" : "rijen"}; die ${count === 1 ? "is" : "zijn"} niet gelezen. Horen ze bij de export, haal dan de lege rij weg en vernieuw opnieuw.`;
}

/**
 * The notice for an owned sheet the user renamed: it is theirs now and was left alone.
 *
 * @param released - the sheet released, with its new name
 * @returns the Dutch notice
 *
 * @example
 * releasedSheetMessage({ sheetName: 'Rapportage t∕m Q3 2024', renamedTo: 'Q3 bewaard' }) // 'U hebt het vorige rapportblad hernoemd tot "Q3 bewaard"; …'
 */
export function releasedSheetMessage(released: WriteSheetPlansResult["released"][number]): string {
  return `U hebt het vorige rapportblad hernoemd tot "${released.renamedTo}"; dat blad is nu van u en is niet aangeraakt.`;
}
