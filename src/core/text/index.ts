/** Shared text normalisation for headers, categories and domain names. */
export { removeDiacritics } from "./removeDiacritics";
export { collapseWhitespace } from "./collapseWhitespace";
export { foldText } from "./foldText";
export { normalizeKey } from "./normalizeKey";
export { isBlankText } from "./isBlankText";
export { isExcelErrorText, EXCEL_ERROR_VALUES } from "./isExcelErrorText";
export { levenshtein } from "./levenshtein";
export { cellToText } from "./cellToText";
export { StringInterner, hashString } from "./StringInterner";
export { BatchInterner } from "./BatchInterner";
export { IntegerIndex } from "./IntegerIndex";
export { integerIdOf, isIntegerId, MAX_INTEGER_ID } from "./integerIdOf";
export type { BatchInternResult } from "./BatchInterner";
export { TextLookupCache } from "./TextLookupCache";
