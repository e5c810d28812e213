/**
 * Step 4 "Rapport maken", the "Vernieuwen" card for a workbook that already has a report,
 * and the Controle list (data issues grouped by kind, each with "Ga naar cel").
 *
 * @module
 */
import { issuePrefix } from "../core";
import type { DataIssue } from "../core";
import { TABLE_LABELS } from "../excel/issueLabels";
import { MAX_CONTROLE_ROWS } from "../excel/planExplanationSheets";
import { h } from "./dom";
import { generateBlocker } from "./generateBlocker";
import { groupIssues } from "./groupIssues";
import { periodFeedback } from "./optionsSection";
import type { PaneActions } from "./paneActions";
import { describePeriod, nextQuarterText } from "./periodChoice";
import type { PaneState } from "./paneState";
import { card, group, messageBox, progressBar } from "./parts";

/** At most this many issues per kind are listed in the pane. */
export const MAX_ISSUES_PER_GROUP = 50;

/**
 * Renders step 4.
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @returns the section, or null before the columns are confirmed
 */
export function generateSection(state: PaneState, actions: PaneActions): HTMLElement | null {
  if (!state.dataset) return null;
  const reportSheet = state.stored?.reports.find((r) => r.kind === "report")?.sheetName;
  return card(
    "generate",
    "4",
    "Rapport maken",
    h(
      "p",
      { class: "hint" },
      "Schrijft het rapport, de Toelichting en de Controle op eigen bladen. Bladen die u zelf maakte, blijven onaangeroerd."
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          id: "generate",
          class: "primary",
          disabled: state.busy !== null || generateBlocker(state) !== "",
          "aria-describedby": "generate-reason",
          onClick: () => actions.generate(),
        },
        "Rapport maken"
      )
    ),
    generateReason(state),
    progressBar(state, "generate"),
    messageBox(
      "generate-message",
      state.messages.generate,
      state.messages.generate?.kind === "success" && reportSheet
        ? h(
            "button",
            {
              type: "button",
              class: "link",
              id: "go-to-report",
              onClick: () => actions.goToSheet(reportSheet),
            },
            "Naar het rapport"
          )
        : null
    )
  );
}

/**
 * Why "Rapport maken" is disabled, next to the button (an empty slot when it is not).
 *
 * @param state - the pane state
 * @returns the reason line
 */
export function generateReason(state: PaneState): HTMLElement {
  return h("p", { class: "feedback error", id: "generate-reason" }, generateBlocker(state));
}

/**
 * The card at the top when the workbook already has a report: refresh it for the same or
 * a new period with one click.
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @returns the card, or null when the add-in owns no report yet
 */
export function refreshCard(state: PaneState, actions: PaneActions): HTMLElement | null {
  const report = state.stored?.reports.find((r) => r.kind === "report");
  if (!state.stored?.cases || !report) return null;
  const next = nextQuarterText(state.refreshPeriod);
  const ok = describePeriod(state.refreshPeriod).ok;
  return card(
    "refresh",
    "",
    "Rapport vernieuwen",
    h(
      "p",
      { class: "hint" },
      "Deze werkmap heeft al een rapport: ",
      h("strong", {}, report.sheetName),
      ` (${report.period}). Plak de nieuwe export over de oude en vernieuw: dit blad, Toelichting en Controle worden dan vervangen door de gekozen periode.`
    ),
    h(
      "p",
      { class: "hint" },
      "Het vorige rapport bewaren? Geef het blad eerst een andere naam: dan is het van u en komt het nieuwe rapport op een nieuw blad."
    ),
    h("label", { for: "refresh-period" }, "Periode"),
    h(
      "div",
      { class: "inline" },
      h("input", {
        id: "refresh-period",
        type: "text",
        value: state.refreshPeriod,
        disabled: state.busy !== null,
        autocomplete: "off",
        "aria-describedby": "refresh-feedback",
        onInput: (e: Event) => actions.setRefreshPeriod((e.target as HTMLInputElement).value, true),
      }),
      next
        ? h(
            "button",
            {
              type: "button",
              class: "secondary",
              id: "refresh-next",
              disabled: state.busy !== null,
              title: `Periode ${next}`,
              onClick: () => actions.setRefreshPeriod(next),
            },
            "Volgend kwartaal"
          )
        : null
    ),
    periodFeedback(state.refreshPeriod, "refresh-feedback"),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          id: "refresh",
          class: "primary",
          disabled: state.busy !== null || !ok,
          onClick: () => actions.refresh(),
        },
        "Vernieuwen"
      ),
      h(
        "button",
        {
          type: "button",
          class: "link",
          id: "go-to-existing",
          onClick: () => actions.goToSheet(report.sheetName),
        },
        "Naar het rapport"
      )
    ),
    progressBar(state, "refresh"),
    messageBox("refresh-message", state.messages.refresh)
  );
}

/**
 * The Controle list: issues grouped by kind, errors first, each with "Ga naar cel".
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @returns the section, or null before there is a dataset
 */
export function controleSection(state: PaneState, actions: PaneActions): HTMLElement | null {
  const issues = state.dataset?.issues;
  if (!issues) return null;
  const groups = groupIssues(issues);
  const errors = issues.filter((i) => i.severity === "error").length;
  return card(
    "controle",
    "",
    `Controle (${issues.length.toLocaleString("nl-NL")})`,
    issues.length === 0
      ? h("p", { class: "hint" }, "Geen problemen gevonden: alle gegevens konden worden gebruikt.")
      : h(
          "p",
          { class: "hint" },
          `${errors.toLocaleString("nl-NL")} ${errors === 1 ? "fout" : "fouten"} (buiten de telling gelaten) en ${(issues.length - errors).toLocaleString("nl-NL")} ${issues.length - errors === 1 ? "waarschuwing" : "waarschuwingen"} (wel meegeteld). Ook op het blad Controle.`
        ),
    ...groups.map((g, gi) =>
      group(
        actions,
        `issues-${g.code}`,
        h(
          "span",
          {},
          h(
            "span",
            { class: `badge badge-${g.severity}` },
            g.severity === "error" ? "fout" : "let op"
          ),
          ` ${g.label} (${g.issues.length.toLocaleString("nl-NL")})`
        ),
        [
          h(
            "ul",
            { class: "issues" },
            ...g.issues
              .slice(0, MAX_ISSUES_PER_GROUP)
              .map((issue, i) => issueItem(issue, `${gi}-${i}`, state, actions))
          ),
          g.issues.length > MAX_ISSUES_PER_GROUP
            ? h(
                "p",
                { class: "hint" },
                moreIssuesText(g.issues.length - MAX_ISSUES_PER_GROUP, issues.length)
              )
            : null,
        ],
        issues.length <= 12
      )
    ),
    messageBox("controle-message", state.messages.controle)
  );
}

/**
 * The line under a cut list of one kind: where the rest is, without sending the reader
 * back and forth (the Controle sheet lists up to {@link MAX_CONTROLE_ROWS} issues).
 *
 * @param more - issues of this kind not listed in the pane
 * @param total - all issues
 * @returns the Dutch line
 *
 * @example
 * moreIssuesText(70, 120) // 'En nog 70 van deze soort: het blad Controle somt alle 120 meldingen op, met filterknoppen.'
 */
export function moreIssuesText(more: number, total: number): string {
  const n = (value: number) => value.toLocaleString("nl-NL");
  return total <= MAX_CONTROLE_ROWS
    ? `En nog ${n(more)} van deze soort: het blad Controle somt alle ${n(total)} meldingen op, met filterknoppen.`
    : `En nog ${n(more)} van deze soort. Het blad Controle somt de eerste ${n(MAX_CONTROLE_ROWS)} van de ${n(total)} meldingen op en telt alle meldingen per soort.`;
}

/**
 * An issue's message without the location its heading already shows
 * ('Casussen, rij 12, kolom "Einddatum": …').
 */
function issueText(issue: DataIssue): string {
  const prefix = issuePrefix(issue.table, issue.row, issue.column);
  if (!issue.message.startsWith(prefix)) return issue.message;
  const rest = issue.message.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase("nl") + rest.slice(1);
}

function issueItem(
  issue: DataIssue,
  key: string,
  state: PaneState,
  actions: PaneActions
): HTMLElement {
  const selected = state.selectedCell?.key === key ? state.selectedCell.text : null;
  const where = `${TABLE_LABELS[issue.table]}, rij ${issue.row}${issue.column ? `, ${issue.column}` : ""}`;
  return h(
    "li",
    {},
    h("div", { class: "issue-where" }, where),
    h("div", { class: "issue-text" }, issueText(issue)),
    h(
      "button",
      {
        type: "button",
        class: "link",
        id: `go-to-cell-${key}`,
        "aria-label": `Ga naar cel: ${where}`,
        onClick: () => actions.goToIssue(issue, key),
      },
      "Ga naar cel"
    ),
    selected
      ? h(
          "span",
          { class: "selected-cell", role: "status", id: `selected-cell-${key}` },
          `✓ ${selected}`
        )
      : null
  );
}
