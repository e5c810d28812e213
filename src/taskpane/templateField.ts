/**
 * The template choice of step 3: Standaard (the standard report), the built-in templates,
 * or "Eigen sjabloon…" with a file input for a JSON file; the choice is stored with the
 * other settings, so "Vernieuwen" makes the same report next quarter.
 *
 * @module
 */
import { templateLabel } from "../excel/templateCatalog";
import { h, select } from "./dom";
import { OWN_TEMPLATE, type PaneActions } from "./paneActions";
import type { PaneState } from "./paneState";
import { messageBox } from "./parts";

/** The name of the standard report in the list. */
export const STANDARD_TEMPLATE_TEXT = "Standaard";

/**
 * The value of the template list for the state: "" (Standaard), a built-in id, or
 * {@link OWN_TEMPLATE}.
 *
 * @param state - the pane state
 * @returns the selected value
 *
 * @example
 * templateValue({ ...state, template: { kind: 'builtIn', id: 'welstad' }, ownTemplate: false }) // 'welstad'
 */
export function templateValue(state: Pick<PaneState, "template" | "ownTemplate">): string {
  if (state.ownTemplate) return OWN_TEMPLATE;
  return state.template?.kind === "builtIn" ? state.template.id : "";
}

/**
 * Renders the template choice.
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @returns the fieldset
 */
export function templateField(state: PaneState, actions: PaneActions): HTMLElement {
  const busy = state.busy !== null;
  const value = templateValue(state);
  const own = state.template?.kind === "own" ? state.template : null;
  const stored = state.template?.kind === "builtIn" ? state.template.id : null;
  const options = [
    { value: "", text: `${STANDARD_TEMPLATE_TEXT} (het vaste rapport)` },
    ...state.templates.map((t) => ({ value: t.id, text: templateLabel(t) })),
    // A stored id this version does not know stays visible, so the choice is not lost silently.
    ...(stored && !state.templates.some((t) => t.id === stored)
      ? [{ value: stored, text: `${stored} (onbekend in deze versie)` }]
      : []),
    { value: OWN_TEMPLATE, text: "Eigen sjabloon…" },
  ].map((o) => ({ ...o, selected: o.value === value }));
  return h(
    "fieldset",
    { class: "template" },
    h("legend", {}, "Sjabloon"),
    h(
      "div",
      { class: "field" },
      h("label", { for: "template" }, "Indeling van het rapport"),
      select(
        {
          id: "template",
          disabled: busy,
          "aria-describedby": "template-hint",
          onChange: (e: Event) => actions.chooseTemplate((e.target as HTMLSelectElement).value),
        },
        options
      )
    ),
    h("p", { class: "hint", id: "template-hint" }, templateHint(state)),
    state.ownTemplate
      ? h(
          "div",
          { class: "field" },
          h("label", { for: "template-file" }, own ? "Ander bestand kiezen" : "Sjabloonbestand"),
          h("input", {
            id: "template-file",
            type: "file",
            accept: ".json,application/json",
            disabled: busy,
            onChange: (e: Event) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) actions.loadTemplateFile(file);
            },
          })
        )
      : null,
    messageBox("template-message", state.messages.template)
  );
}

function templateHint(state: PaneState): string {
  const template = state.template;
  if (state.ownTemplate || template?.kind === "own") {
    return template?.kind === "own"
      ? `Eigen sjabloon "${templateLabel(template.template)}" uit ${template.fileName}, ${tableCount(template.template.tables.length)}. Het staat in de werkmap; Vernieuwen gebruikt het ook.`
      : "Kies een JSON-bestand met de tabellen van uw rapport (zie docs/sjablonen.md).";
  }
  if (!template) return "Het rapport zoals Welzijnsmonitor het standaard maakt.";
  const builtIn = state.templates.find((t) => t.id === template.id);
  return builtIn
    ? `De tabellen en grafieken van het rapport van ${templateLabel(builtIn)}, ${tableCount(builtIn.tables.length)}.`
    : "Dit sjabloon kent deze versie van Welzijnsmonitor niet. Kies een ander sjabloon.";
}

function tableCount(n: number): string {
  return n === 1 ? "1 tabel" : `${n} tabellen`;
}
