import type { TableName } from "../types";
import type { ColumnMapping } from "./columnMapping";
import type { FieldDefinition } from "./fieldDefinitions";
import { FIELD_DEFINITIONS, REQUIRED_ONE_OF, findFieldDefinition } from "./fieldDefinitions";

/**
 * The fields of a table with their Dutch labels, kinds and whether they are required,
 * in display order (for the task pane's mapping dropdowns).
 *
 * @param table - The table.
 * @returns The field definitions.
 * @example
 * listFields('complaints'); //=> [{ field: 'date', label: 'Datum', kind: 'date', required: true, synonyms: [...] }]
 */
export function listFields(table: TableName): readonly FieldDefinition[] {
  return FIELD_DEFINITIONS[table];
}

/**
 * Whether a field must be mapped on its own: caseId for cases; caseId and domain for
 * ZRM scores; date for activities and complaints. (Activities also need activityId *or*
 * activityName; neither is required by itself — see {@link missingRequiredFields}.)
 *
 * @param table - The table.
 * @param field - The field name.
 * @returns `true` when the field is required; `false` also for unknown fields.
 * @example
 * isRequiredField('cases', 'caseId'); //=> true
 */
export function isRequiredField(table: TableName, field: string): boolean {
  return findFieldDefinition(table, field)?.required ?? false;
}

/**
 * The Dutch labels of the required fields a mapping leaves unmapped.
 *
 * @param mapping - A column mapping.
 * @returns E.g. `['Casusnummer']` or `['Activiteitnummer of Naam activiteit']`; empty when complete.
 * @example
 * missingRequiredFields(proposeMapping([['Naam']], 'cases')); //=> ['Casusnummer']
 */
export function missingRequiredFields(mapping: ColumnMapping): string[] {
  const missing: string[] = [];
  for (const definition of FIELD_DEFINITIONS[mapping.table]) {
    if (definition.required && mapping.fields[definition.field] === undefined)
      missing.push(definition.label);
  }
  for (const group of REQUIRED_ONE_OF[mapping.table]) {
    if (group.every((field) => mapping.fields[field] === undefined)) {
      missing.push(
        group.map((field) => findFieldDefinition(mapping.table, field)?.label ?? field).join(" of ")
      );
    }
  }
  return missing;
}
