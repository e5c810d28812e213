import { collapseWhitespace } from "./collapseWhitespace";
import { removeDiacritics } from "./removeDiacritics";

/**
 * Folds a text for case- and diacritic-insensitive comparison of categories:
 * lower case, no diacritics, whitespace collapsed, punctuation kept.
 *
 * @param text - Any text.
 * @returns The folded text.
 * @example
 * foldText('  Cliënt  Tevreden '); //=> 'client tevreden'
 */
export function foldText(text: string): string {
  return removeDiacritics(collapseWhitespace(text)).toLowerCase();
}
