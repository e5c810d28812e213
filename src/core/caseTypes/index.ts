/** Case types: grouping export labels into IT, LS and IA. */
export { DEFAULT_CASE_TYPE_MAP } from "./caseTypeMap";
export type { CaseTypeMap } from "./caseTypeMap";
export { classifyCaseType } from "./classifyCaseType";
