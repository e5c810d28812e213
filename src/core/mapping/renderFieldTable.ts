import type { TableName } from "../types";
import type { FieldKind } from "./fieldDefinitions";
import { FIELD_DEFINITIONS } from "./fieldDefinitions";

/** How the field table names each kind of field. */
const KIND_TEXTS: Readonly<Record<FieldKind, string>> = {
  id: "nummer of tekst",
  category: "categorie",
  categories: "categorieën (meer per cel)",
  date: "datum",
  number: "getal",
  count: "aantal (geheel getal)",
  boolean: "ja/nee",
  domains: "ZRM-domeinen (meer per cel)",
};

/** The tables' titles in the field table. */
const TABLE_TITLES: Readonly<Record<TableName, string>> = {
  cases: "Casussen",
  zrm: "ZRM-scores",
  activities: "Activiteiten",
  complaints: "Klachten",
};

/**
 * The field table of the manual (docs/handleiding.md, step 2), from the field definitions: per
 * table one Markdown table of each field's label, kind, whether it is required, and the
 * headers that are recognised as it.
 *
 * @returns The Markdown, ending in a newline.
 * @example
 * renderFieldTableMarkdown().split('\n')[0]; //=> '**Casussen**'
 */
export function renderFieldTableMarkdown(): string {
  const blocks = (Object.keys(FIELD_DEFINITIONS) as TableName[]).map((table) => {
    const rows = FIELD_DEFINITIONS[table].map(
      (definition) =>
        `| ${definition.label} | ${KIND_TEXTS[definition.kind]} | ${definition.required ? "ja" : ""} | ${definition.synonyms.join(", ")} |`
    );
    return [
      `**${TABLE_TITLES[table]}**`,
      "",
      "| veld | soort | verplicht | herkende koppen |",
      "| --- | --- | --- | --- |",
      ...rows,
    ].join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}
