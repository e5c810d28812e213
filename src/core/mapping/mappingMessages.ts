/** Dutch messages of the mapping module (thrown as `MappingError`). */
import type { TableName } from "../types";
import { FIELD_DEFINITIONS, TABLE_LABELS } from "./fieldDefinitions";

function quotedList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join(", ");
}

/** An override names a field the table does not have. */
export function unknownFieldMessage(table: TableName, field: string): string {
  const fields = FIELD_DEFINITIONS[table]
    .map((definition) => `${definition.field} (${definition.label})`)
    .join(", ");
  return `Onbekend veld "${field}" voor de ${TABLE_LABELS[table]}. Kies uit: ${fields}.`;
}

/** An override names a header that is not in the header row. */
export function unknownHeaderMessage(
  table: TableName,
  field: string,
  header: string,
  headers: readonly string[]
): string {
  const available = headers.filter((text) => text !== "");
  return (
    `Kolom "${header}" (voor ${field}) staat niet in de kopregel van de ${TABLE_LABELS[table]}. ` +
    `Beschikbare kolommen: ${available.length > 0 ? quotedList(available) : "(geen)"}.`
  );
}

/** A mapping was made for another table than the parser reads. */
export function wrongTableMessage(expected: TableName, actual: TableName): string {
  return `Deze kolomindeling is voor de ${TABLE_LABELS[actual]}, niet voor de ${TABLE_LABELS[expected]}.`;
}

/** Required fields are unmapped. */
export function missingRequiredMessage(table: TableName, labels: readonly string[]): string {
  const what =
    labels.length === 1
      ? `de verplichte kolom ${labels[0] ?? ""}`
      : `de verplichte kolommen ${labels.join(", ")}`;
  return (
    `In de ${TABLE_LABELS[table]} is ${what} niet gevonden. ` +
    `Geef aan welke kolom het is (in het taakvenster, of met --kolom veld=Kolomkop).`
  );
}
