import { normalizeKey } from "../text/normalizeKey";
import type { TableName } from "../types";
import type { FieldDefinition } from "./fieldDefinitions";
import { FIELD_DEFINITIONS } from "./fieldDefinitions";

/**
 * The name a user can type for a field: its Dutch label reduced by `normalizeKey` (lower
 * case, no accents, no spaces, hyphens or other punctuation). Unique within a table, so it
 * names one field; the same name may occur in two tables ("datum").
 *
 * @param definition - A field definition.
 * @returns The typeable Dutch name.
 * @example
 * fieldTypingName(findFieldDefinition('cases', 'clientId')!); //=> 'clientnummer'
 * fieldTypingName(findFieldDefinition('cases', 'caseType')!); //=> 'soorttraject'
 */
export function fieldTypingName(definition: FieldDefinition): string {
  return normalizeKey(definition.label);
}

/**
 * Finds a field of a table by a name a user typed: the field's English id (`clientId`, any
 * case) or its Dutch label, both compared insensitive to case, accents, spaces, hyphens and
 * other punctuation (`normalizeKey`). The command line's `--kolom` and the overrides the
 * task pane and the functions pass to `applyMappingOverrides` resolve their field this way.
 *
 * @param table - The table whose fields are searched.
 * @param name - The typed name, e.g. "Cliëntnummer", "clientnummer", "Soort traject" or "clientId".
 * @returns The field's definition, or `undefined` when no field has that name (also for '').
 * @example
 * findFieldByName('cases', 'Cliëntnummer')?.field; //=> 'clientId'
 * findFieldByName('cases', 'soort-traject')?.field; //=> 'caseType'
 * findFieldByName('zrm', 'Domein')?.field; //=> 'domain'
 * findFieldByName('cases', 'domein'); //=> undefined
 */
export function findFieldByName(table: TableName, name: string): FieldDefinition | undefined {
  const key = normalizeKey(name);
  if (key === "") return undefined;
  return FIELD_DEFINITIONS[table].find(
    (definition) => normalizeKey(definition.field) === key || fieldTypingName(definition) === key
  );
}
