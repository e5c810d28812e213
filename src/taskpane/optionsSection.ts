/**
 * Step 3, "Periode en opties": year and quarter with "t/m" or a single quarter, or any
 * period text (checked live); the report template; recidive parameters; the tables to
 * include (standard report); publication mode.
 *
 * @module
 */
import { STANDARD_REPORT_TABLES } from "../core";
import { h, select } from "./dom";
import type { PaneActions } from "./paneActions";
import { describePeriod, periodTextOf, type PeriodMode } from "./periodChoice";
import type { PaneState } from "./paneState";
import { card, group, messageBox } from "./parts";
import { templateField } from "./templateField";

/** The tables a user can leave out, with their titles. */
export const REPORT_TABLE_CHOICES: readonly { id: string; title: string }[] =
  STANDARD_REPORT_TABLES.map((spec) => ({
    id: spec.id,
    title: spec.title.replace("{topN}", "5"),
  }));

const MODES: readonly { value: PeriodMode; text: string }[] = [
  { value: "ytd", text: "Jaar tot en met kwartaal (t/m)" },
  { value: "quarter", text: "Eén kwartaal" },
  { value: "text", text: "Andere periode" },
];

/**
 * The live feedback under the period picker.
 *
 * @param text - the period text
 * @returns the feedback paragraph (id "period-feedback")
 */
export function periodFeedback(text: string, id = "period-feedback"): HTMLElement {
  const feedback = describePeriod(text);
  return feedback.ok
    ? h(
        "p",
        { id, class: "feedback ok", "aria-live": "polite" },
        h("strong", {}, feedback.label),
        `: ${feedback.description}`
      )
    : h("p", { id, class: "feedback error", "aria-live": "polite" }, feedback.message);
}

/**
 * Renders step 3 (after the columns are confirmed).
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @param now - today (for the year list)
 * @returns the section, or null
 */
export function optionsSection(
  state: PaneState,
  actions: PaneActions,
  now: Date
): HTMLElement | null {
  if (!state.dataset) return null;
  const { period } = state;
  const busy = state.busy !== null;
  const years: number[] = [];
  for (let y = now.getFullYear() + 1; y >= now.getFullYear() - 8; y--) years.push(y);
  if (!years.includes(period.year)) years.push(period.year);
  const chosenTables = state.tables ?? REPORT_TABLE_CHOICES.map((t) => t.id);
  return card(
    "options",
    "3",
    "Periode en opties",
    h(
      "fieldset",
      { class: "period" },
      h("legend", {}, "Periode"),
      ...MODES.map((mode) =>
        h(
          "label",
          { class: "radio" },
          h("input", {
            type: "radio",
            name: "period-mode",
            id: `period-mode-${mode.value}`,
            value: mode.value,
            checked: period.mode === mode.value,
            disabled: busy,
            onChange: () =>
              actions.setPeriod({
                mode: mode.value,
                text:
                  mode.value === "text" && period.text === "" ? periodTextOf(period) : period.text,
              }),
          }),
          mode.text
        )
      ),
      period.mode === "text"
        ? h(
            "div",
            { class: "field" },
            h("label", { for: "period-text" }, "Periode als tekst"),
            h("input", {
              id: "period-text",
              type: "text",
              value: period.text,
              disabled: busy,
              placeholder: "bijv. t/m sep 2024 of 1-1-2024 t/m 30-9-2024",
              "aria-describedby": "period-feedback",
              autocomplete: "off",
              onInput: (e: Event) =>
                actions.setPeriod({ text: (e.target as HTMLInputElement).value }, true),
            })
          )
        : h(
            "div",
            { class: "inline" },
            h(
              "div",
              { class: "field" },
              h("label", { for: "period-quarter" }, "Kwartaal"),
              select(
                {
                  id: "period-quarter",
                  disabled: busy,
                  onChange: (e: Event) =>
                    actions.setPeriod({
                      quarter: Number((e.target as HTMLSelectElement).value) as 1 | 2 | 3 | 4,
                    }),
                },
                [1, 2, 3, 4].map((q) => ({
                  value: String(q),
                  text: `Q${q}`,
                  selected: q === period.quarter,
                }))
              )
            ),
            h(
              "div",
              { class: "field" },
              h("label", { for: "period-year" }, "Jaar"),
              select(
                {
                  id: "period-year",
                  disabled: busy,
                  onChange: (e: Event) =>
                    actions.setPeriod({ year: Number((e.target as HTMLSelectElement).value) }),
                },
                years
                  .sort((a, b) => b - a)
                  .map((y) => ({ value: String(y), text: String(y), selected: y === period.year }))
              )
            )
          ),
      periodFeedback(periodTextOf(period))
    ),
    templateField(state, actions),
    group(actions, "recidive-options", `Recidive: ${recidiveSummary(state.recidive)}`, [
      h(
        "div",
        { class: "field" },
        h("label", { for: "recidive-gap" }, "Minimale tussenpoos (maanden)"),
        h("input", {
          id: "recidive-gap",
          type: "number",
          min: "0",
          max: "60",
          step: "1",
          value: String(state.recidive.minGapMonths),
          disabled: busy,
          onChange: (e: Event) => {
            const value = Math.round(Number((e.target as HTMLInputElement).value));
            actions.setRecidive({
              minGapMonths: Number.isFinite(value) ? Math.min(60, Math.max(0, value)) : 6,
            });
          },
        })
      ),
      h(
        "label",
        { class: "checkbox" },
        h("input", {
          id: "recidive-same-domain",
          type: "checkbox",
          checked: state.recidive.sameDomain,
          disabled: busy,
          onChange: (e: Event) =>
            actions.setRecidive({ sameDomain: (e.target as HTMLInputElement).checked }),
        }),
        "Alleen bij een zelfde hoofddomein als de vorige casus (uit: elk hoofddomein)"
      ),
      h(
        "div",
        { class: "field" },
        h("label", { for: "recidive-start" }, "Nieuwe casus telt vanaf"),
        select(
          {
            id: "recidive-start",
            disabled: busy,
            onChange: (e: Event) =>
              actions.setRecidive({
                startField: (e.target as HTMLSelectElement).value as "startedOn" | "registeredOn",
              }),
          },
          [
            {
              value: "startedOn",
              text: "de startdatum",
              selected: state.recidive.startField === "startedOn",
            },
            {
              value: "registeredOn",
              text: "de aanmelddatum",
              selected: state.recidive.startField === "registeredOn",
            },
          ]
        )
      ),
    ]),
    // The table choice is the standard report's; a template lists its own tables.
    state.template !== null || state.ownTemplate
      ? null
      : group(
          actions,
          "table-choice",
          `Tabellen: ${chosenTables.length} van ${REPORT_TABLE_CHOICES.length}`,
          [
            h(
              "div",
              { class: "inline-buttons" },
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  id: "tables-all",
                  disabled: busy,
                  onClick: () => actions.setTables(null),
                },
                "Alle"
              ),
              h(
                "button",
                {
                  type: "button",
                  class: "link",
                  id: "tables-none",
                  disabled: busy,
                  onClick: () => actions.setTables([]),
                },
                "Geen"
              )
            ),
            ...REPORT_TABLE_CHOICES.map((table) =>
              h(
                "label",
                { class: "checkbox" },
                h("input", {
                  type: "checkbox",
                  id: `table-${table.id.replace(/\W/g, "-")}`,
                  checked: chosenTables.includes(table.id),
                  disabled: busy,
                  onChange: (e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    const next = on
                      ? [...chosenTables, table.id]
                      : chosenTables.filter((id) => id !== table.id);
                    actions.setTables(
                      REPORT_TABLE_CHOICES.filter((t) => next.includes(t.id)).map((t) => t.id)
                    );
                  },
                }),
                table.title
              )
            ),
          ]
        ),
    h(
      "div",
      { class: "publication" },
      h(
        "label",
        { class: "checkbox" },
        h("input", {
          id: "publication",
          type: "checkbox",
          checked: state.publication !== null,
          disabled: busy,
          onChange: (e: Event) =>
            actions.setPublication(
              (e.target as HTMLInputElement).checked
                ? { threshold: state.publication?.threshold ?? 5 }
                : null
            ),
        }),
        "Publicatieversie: kleine aantallen afschermen"
      ),
      state.publication
        ? h(
            "div",
            { class: "field indent" },
            h("label", { for: "publication-threshold" }, "Afschermen onder"),
            select(
              {
                id: "publication-threshold",
                disabled: busy,
                onChange: (e: Event) =>
                  actions.setPublication({
                    threshold: Number((e.target as HTMLSelectElement).value) as 5 | 10,
                  }),
              },
              [
                { value: "5", text: "5 personen", selected: state.publication.threshold === 5 },
                { value: "10", text: "10 personen", selected: state.publication.threshold === 10 },
              ]
            )
          )
        : null
    ),
    messageBox("options-message", state.messages.options)
  );
}

/**
 * The recidive options in the words of the report's labels ("zelfde hoofddomein" or "elk
 * hoofddomein"), so the pane names the number the report shows.
 *
 * @param recidive - the pane's recidive options
 * @returns the summary
 * @example
 * recidiveSummary({ minGapMonths: 6, sameDomain: true, startField: 'startedOn' }) // '6 mnd, zelfde hoofddomein'
 */
export function recidiveSummary(recidive: PaneState["recidive"]): string {
  const { minGapMonths, sameDomain, startField } = recidive;
  return `${minGapMonths} mnd, ${sameDomain ? "zelfde hoofddomein" : "elk hoofddomein"}${startField === "registeredOn" ? ", vanaf aanmelding" : ""}`;
}
