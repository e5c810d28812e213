const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Any character outside ASCII (surrogate halves included). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Removes diacritics (accents, trema's) from a text: "Financiën" → "Financien".
 * Only decomposable marks are removed; other characters stay as they are.
 *
 * @param text - Any text.
 * @returns The text without combining marks; the same string when it is plain ASCII.
 * @example
 * removeDiacritics('cliënt beëindigd'); //=> 'client beeindigd'
 */
export function removeDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.normalize("NFD").replace(COMBINING_MARKS, "");
}
