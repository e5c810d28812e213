/** Column mapping: which column holds which field. */
export { proposeMapping, HEADER_SEARCH_ROWS } from "./proposeMapping";
export { applyMappingOverrides } from "./applyMappingOverrides";
export { fieldTypingName, findFieldByName } from "./findFieldByName";
export { listFields, isRequiredField, missingRequiredFields } from "./listFields";
export { headerStrength, matchHeader } from "./matchHeader";
export type { HeaderCandidate } from "./matchHeader";
export { FIELD_DEFINITIONS, TABLE_LABELS, findFieldDefinition } from "./fieldDefinitions";
export { renderFieldTableMarkdown } from "./renderFieldTable";
export type { FieldDefinition, FieldKind } from "./fieldDefinitions";
export type { ColumnMapping, MappedColumn, MappingConfidence } from "./columnMapping";
