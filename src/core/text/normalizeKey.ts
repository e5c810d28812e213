import { removeDiacritics } from "./removeDiacritics";

const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Reduces a text to a comparison key: lower case, no diacritics, and only the letters
 * a–z and digits 0–9 (spaces and punctuation removed). Used to match column headers and
 * domain names insensitive to case, spaces, punctuation and diacritics.
 *
 * @param text - Any text.
 * @returns The key; '' when the text has no letters or digits.
 * @example
 * normalizeKey('Cliënt-nummer (BSN)'); //=> 'clientnummerbsn'
 */
export function normalizeKey(text: string): string {
  return removeDiacritics(text).toLowerCase().replace(NOT_ALPHANUMERIC, "");
}
