/**
 * Step 1, "Gegevens": which table holds the cases, and the optional ZRM, activities and
 * complaints tables; "Gegevens lezen" reads them in chunks with a progress bar.
 *
 * @module
 */
import type { TableName } from "../core";
import { sourceKey, sourceLabel } from "../excel/listDataSources";
import { h, select } from "./dom";
import type { PaneActions } from "./paneActions";
import type { PaneState } from "./paneState";
import { card, foldedCard, group, messageBox, progressBar } from "./parts";

const OPTIONAL: readonly { table: Exclude<TableName, "cases">; label: string; hint: string }[] = [
  { table: "zrm", label: "ZRM-scores", hint: "één rij per casus en domein" },
  { table: "activities", label: "Collectieve activiteiten", hint: "één rij per bijeenkomst" },
  { table: "complaints", label: "Klachten", hint: "één rij per klacht" },
];

/**
 * Renders step 1.
 *
 * @param state - the pane state
 * @param actions - the pane actions
 * @returns the section
 */
export function dataSection(state: PaneState, actions: PaneActions): HTMLElement {
  const busy = state.busy !== null;
  const sourceSelect = (table: TableName, required: boolean) => {
    const current = state.choice[table] ?? null;
    const options = state.options.map((o) => ({ value: sourceKey(o.source), text: o.label }));
    if (current && !options.some((o) => o.value === sourceKey(current)))
      options.unshift({ value: sourceKey(current), text: sourceLabel(current) });
    const none = required ? "— kies een tabel of blad —" : "— geen —";
    return select(
      {
        id: `source-${table}`,
        disabled: busy,
        onChange: (e: Event) => actions.chooseSource(table, (e.target as HTMLSelectElement).value),
      },
      [
        { value: "", text: none, selected: !current },
        ...options.map((o) => ({
          ...o,
          selected: current !== null && o.value === sourceKey(current),
        })),
      ]
    );
  };
  const chosenOptional = OPTIONAL.filter((o) => state.choice[o.table]).length;
  const chosen = state.choice.cases;
  if (state.folded.data && state.data && chosen) {
    return foldedCard(
      "data",
      "1",
      "Gegevens",
      [
        `Casussen uit ${sourceLabel(chosen)}`,
        ...(state.messages.data && state.messages.data.kind !== "error"
          ? [state.messages.data.text]
          : []),
      ],
      () => actions.unfold("data")
    );
  }
  return card(
    "data",
    "1",
    "Gegevens",
    h(
      "p",
      { class: "hint" },
      "Kies de export uit uw registratiesysteem: een Excel-tabel of een blad met één rij per casus."
    ),
    h("label", { for: "source-cases" }, "Casussen"),
    sourceSelect("cases", true),
    h(
      "button",
      {
        type: "button",
        id: "use-selection",
        class: "link",
        disabled: busy,
        onClick: () => actions.useSelection(),
      },
      "Huidige selectie gebruiken"
    ),
    group(
      actions,
      "extra-tables",
      `Extra tabellen (optioneel${chosenOptional > 0 ? `, ${chosenOptional} gekozen` : ""})`,
      OPTIONAL.map((o) =>
        h(
          "div",
          { class: "field" },
          h(
            "label",
            { for: `source-${o.table}` },
            o.label,
            h("span", { class: "muted" }, ` – ${o.hint}`)
          ),
          sourceSelect(o.table, false)
        )
      ),
      chosenOptional > 0
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          id: "read-data",
          class: "primary",
          disabled: busy || !state.choice.cases,
          onClick: () => actions.readData(),
        },
        "Gegevens lezen"
      )
    ),
    progressBar(state, "read"),
    messageBox("data-message", state.messages.data)
  );
}
