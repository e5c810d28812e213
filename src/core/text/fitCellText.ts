/** The most characters an Excel cell holds; longer text makes Excel repair the file. */
export const CELL_TEXT_LIMIT = 32767;

/** What a cut text ends with. */
const ELLIPSIS = "…";

/**
 * Text as a cell can hold it: unchanged up to {@link CELL_TEXT_LIMIT} characters (UTF-16 code
 * units, as Excel counts), else its first 32,766 characters and "…". A surrogate pair is never
 * cut in half.
 *
 * @param text - any text
 * @returns the text, at most 32,767 characters long
 * @example
 * fitCellText('Team Noord') // 'Team Noord'
 * fitCellText('x'.repeat(40000)).length // 32767, ending in '…'
 */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let end = CELL_TEXT_LIMIT - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}
