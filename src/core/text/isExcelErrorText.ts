/** The error values Excel shows in a cell (SPEC §2: invalid as data). */
export const EXCEL_ERROR_VALUES: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
];

const ERROR_SET: ReadonlySet<string> = new Set(EXCEL_ERROR_VALUES);
/** Dutch Excel shows some errors under another name (#N/B is Dutch for #N/A). */
const DUTCH_ERRORS: ReadonlySet<string> = new Set([
  "#N/B",
  "#WAARDE!",
  "#VERW!",
  "#DEEL/0!",
  "#NAAM?",
  "#GETAL!",
  "#LEEG!",
  "#LEKKAGE!",
  "#BEREKENEN!",
]);

/**
 * Tells whether a cell text is an Excel error value such as `#N/A` or `#VALUE!`
 * (also the Dutch spellings `#N/B`, `#WAARDE!` …), ignoring case and surrounding spaces.
 *
 * @param text - A cell text.
 * @returns `true` when the text is an error value.
 * @example
 * isExcelErrorText('#n/a'); //=> true
 * isExcelErrorText('#12'); //=> false
 */
export function isExcelErrorText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.charCodeAt(0) !== 35 /* # */) return false;
  const upper = trimmed.toUpperCase();
  return ERROR_SET.has(upper) || DUTCH_ERRORS.has(upper);
}
