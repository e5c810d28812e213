/**
 * Step 2, "Kolommen": per field a dropdown with the detected header, a confidence mark and
 * three sample values; the columns left unused; the case-type map (IT / LS / IA); a clear
 * reason when a required field is missing.
 *
 * @module
 */
import { classifyCaseType, listFields, missingRequiredFields } from "../core";
import type { ColumnMapping, TableName } from "../core";
import { TABLE_LABELS } from "../excel/issueLabels";
import { caseTypeMapFrom } from "../excel/reportWorkflow";
import { h, select } from "./dom";
import { mappingRows, STATUS_MARKS, type MappingRow } from "./mappingRows";
import { missingColumnsMessage } from "./missingColumnsMessage";
import type { PaneActions } from "./paneActions";
import type { PaneState } from "./paneState";
import { card, foldedCard, group, messageBox, progressBar } from "./parts";

/** Mapping in use per table read, computed by the app. */
export type CurrentMappings = Partial<Record<TableName, ColumnMapping>>;

const CASE_TYPE_GROUPS = [
  { value: "IT", text: "IT – individueel traject" },
  { value: "LS", text: "LS – leun en steun" },
  { value: "IA", text: "IA – informatie en advies" },
];
const MAX_CASE_TYPES = 15;

/**
 * Renders step 2 (or nothing before the data is read).
 *
 * @param state - the pane state
 * @param mappings - the mapping in use per table read
 * @param actions - the pane actions
 * @returns the section, or null
 */
export function mappingSection(
  state: PaneState,
  mappings: CurrentMappings,
  actions: PaneActions
): HTMLElement | null {
  const cases = mappings.cases;
  if (!state.data || !cases) return null;
  const missingFields = (Object.entries(mappings) as [TableName, ColumnMapping][]).flatMap(
    ([table, mapping]) => missingRequiredFields(mapping).map((label) => ({ table, label }))
  );
  const missing = missingFields.map(({ table, label }) => `${label} (${TABLE_LABELS[table]})`);
  const rows = mappingRows(
    listFields("cases"),
    cases,
    state.overrides.cases ?? {},
    state.data.cases.firstRows
  );
  const known = rows.filter((r) => r.status !== "unmapped").length;
  const unsure = rows.filter((r) => r.status === "low").length;
  if (state.folded.mapping && state.dataset && missing.length === 0) {
    const message = state.messages.mapping;
    return foldedCard(
      "mapping",
      "2",
      "Kolommen",
      [`${known} van ${rows.length} velden gekoppeld.`, ...(message ? [message.text] : [])],
      () => actions.unfold("mapping")
    );
  }
  return card(
    "mapping",
    "2",
    "Kolommen",
    h(
      "p",
      { class: "hint" },
      `${known} van ${rows.length} velden gekoppeld aan een kolom (kopregel op rij ${state.data.cases.rowIndex + cases.headerRowIndex + 1}).`,
      unsure > 0 ? ` Controleer de ${unsure} met een vraagteken.` : ""
    ),
    h(
      "p",
      { class: "legend", "aria-hidden": "true" },
      ...(["high", "medium", "low", "override"] as const).map((status) =>
        h(
          "span",
          {},
          h("span", { class: `mark mark-${status}` }, STATUS_MARKS[status].mark),
          ` ${STATUS_MARKS[status].text}`
        )
      )
    ),
    missing.length > 0
      ? h(
          "div",
          { class: "message message-error", role: "alert", id: "mapping-missing" },
          h("p", {}, missingColumnsMessage(missingFields))
        )
      : null,
    fieldList(state, actions, "cases", cases, rows),
    caseTypeGroup(state, actions, cases),
    ...(["zrm", "activities", "complaints"] as const).map((table) => {
      const mapping = mappings[table];
      const data = state.data?.[table];
      if (!mapping || !data) return null;
      const tableRows = mappingRows(
        listFields(table),
        mapping,
        state.overrides[table] ?? {},
        data.firstRows
      );
      const count = tableRows.filter((r) => r.status !== "unmapped").length;
      return group(
        actions,
        `mapping-${table}`,
        `${TABLE_LABELS[table]}: ${count} van ${tableRows.length} velden gekoppeld`,
        [fieldList(state, actions, table, mapping, tableRows)],
        missingRequiredFields(mapping).length > 0
      );
    }),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          id: "confirm-mapping",
          class: "primary",
          disabled: state.busy !== null || missing.length > 0,
          onClick: () => actions.confirmMapping(),
        },
        "Kolommen bevestigen"
      )
    ),
    missing.length > 0
      ? h(
          "p",
          { class: "feedback error", id: "confirm-blocked" },
          `Nog niet mogelijk: kies eerst een kolom voor ${missing.join(", ")}.`
        )
      : null,
    progressBar(state, "mapping"),
    messageBox("mapping-message", state.messages.mapping)
  );
}

function fieldList(
  state: PaneState,
  actions: PaneActions,
  table: TableName,
  mapping: ColumnMapping,
  rows: readonly MappingRow[]
): HTMLElement {
  const shown = rows.filter((r) => r.status !== "unmapped" || r.required);
  const hidden = rows.filter((r) => r.status === "unmapped" && !r.required);
  const unusedColumns = mapping.unmapped.map((c) => c.header).filter((h) => h !== "");
  return h(
    "div",
    { class: "field-list" },
    ...shown.map((row) => fieldRow(state, actions, table, mapping, row)),
    hidden.length > 0
      ? group(
          actions,
          `unmapped-${table}`,
          `Niet gevonden (${hidden.length}): ${hidden.map((r) => r.label).join(", ")}`,
          hidden.map((row) => fieldRow(state, actions, table, mapping, row))
        )
      : null,
    unusedColumns.length > 0
      ? h("p", { class: "hint unused" }, `Niet gebruikte kolommen: ${unusedColumns.join(", ")}.`)
      : null
  );
}

function fieldRow(
  state: PaneState,
  actions: PaneActions,
  table: TableName,
  mapping: ColumnMapping,
  row: MappingRow
): HTMLElement {
  const id = `map-${table}-${row.field}`;
  const mark = STATUS_MARKS[row.status];
  const headers = mapping.headers.filter(
    (header, i) => header !== "" && mapping.headers.indexOf(header) === i
  );
  const isDomains = table === "cases" && row.field === "mainDomains";
  const several = isDomains && mapping.domainColumns.length > 1;
  const options = [{ value: "", text: "— niet gekoppeld —", selected: row.header === "" }];
  if (several) {
    // "Hoofddomein 1, Hoofddomein 2, …" does not fit a narrow dropdown: name the range.
    const columns = mapping.domainColumns;
    const text = columnRangeText(
      columns[0]?.header ?? "",
      columns[columns.length - 1]?.header ?? ""
    );
    options.push({ value: row.header, text, selected: true });
  }
  for (const header of headers)
    options.push({ value: header, text: header, selected: !several && header === row.header });
  const samplesId = `${id}-samples`;
  const missing = row.required && row.status === "unmapped";
  return h(
    "div",
    { class: `field field-${row.status}${missing ? " field-missing" : ""}` },
    h(
      "label",
      { for: id },
      h(
        "span",
        { class: `mark mark-${row.status}`, title: mark.text, "aria-hidden": "true" },
        mark.mark
      ),
      row.label,
      row.required ? h("span", { class: "required", "aria-hidden": "true" }, "*") : null,
      h("span", { class: "visually-hidden" }, ` (${row.required ? "verplicht, " : ""}${mark.text})`)
    ),
    select(
      {
        id,
        "aria-describedby": samplesId,
        "aria-invalid": missing ? "true" : undefined,
        disabled: state.busy !== null,
        onChange: (e: Event) =>
          actions.setOverride(table, row.field, (e.target as HTMLSelectElement).value),
      },
      options
    ),
    h(
      "div",
      { class: "samples", id: samplesId },
      row.samples.length > 0
        ? `bijv. ${row.samples.join(" · ")}`
        : row.header
          ? "kolom is leeg"
          : missing
            ? "verplicht: kies een kolom"
            : ""
    )
  );
}

function caseTypeGroup(
  state: PaneState,
  actions: PaneActions,
  mapping: ColumnMapping
): HTMLElement | null {
  const column = mapping.fields.caseType?.column;
  // Counted while reading (chunk by chunk); after another column is chosen, once recounted.
  if (column === undefined || state.caseTypeValues?.column !== column) return null;
  const values = state.caseTypeValues.values;
  if (values.length === 0) return null;
  const map = caseTypeMapFrom(state.caseTypeMap);
  const shown = values.slice(0, MAX_CASE_TYPES);
  return group(
    actions,
    "case-types",
    `Soorten traject: ${values.length} ${values.length === 1 ? "waarde" : "waarden"} → IT / LS / IA`,
    [
      h(
        "p",
        { class: "hint" },
        "Het rapport deelt casussen in drie vormen in. Pas aan waar de automatische indeling niet klopt."
      ),
      h(
        "div",
        { class: "case-types" },
        ...shown.map(({ value, count }, i) => {
          const id = `case-type-${i}`;
          const groupOf = classifyCaseType(value, map);
          const options = [
            ...CASE_TYPE_GROUPS,
            ...(CASE_TYPE_GROUPS.some((g) => g.value === groupOf)
              ? []
              : [{ value: groupOf, text: `Eigen groep: ${groupOf}` }]),
          ];
          if (!options.some((o) => o.value === value))
            options.push({ value, text: `Eigen groep: ${value}` });
          return h(
            "div",
            { class: "case-type" },
            h(
              "label",
              { for: id },
              value,
              h("span", { class: "muted" }, ` (${count.toLocaleString("nl-NL")})`)
            ),
            select(
              {
                id,
                disabled: state.busy !== null,
                onChange: (e: Event) =>
                  actions.setCaseType(value, (e.target as HTMLSelectElement).value),
              },
              options.map((o) => ({ ...o, selected: o.value === groupOf }))
            )
          );
        })
      ),
      values.length > shown.length
        ? h(
            "p",
            { class: "hint" },
            `En nog ${values.length - shown.length} zeldzame waarden (automatisch ingedeeld).`
          )
        : null,
    ],
    true
  );
}

/**
 * A short name for several columns: "Hoofddomein 1 t/m 5" for "Hoofddomein 1" … "Hoofddomein 5".
 *
 * @param first - the first column's header
 * @param last - the last column's header
 * @returns the text
 *
 * @example
 * columnRangeText('Hoofddomein 1', 'Hoofddomein 5') // 'Hoofddomein 1 t/m 5'
 */
export function columnRangeText(first: string, last: string): string {
  const space = first.lastIndexOf(" ");
  const prefix = space > 0 ? first.slice(0, space + 1) : "";
  return prefix && last.startsWith(prefix)
    ? `${first} t/m ${last.slice(prefix.length)}`
    : `${first} t/m ${last}`;
}
