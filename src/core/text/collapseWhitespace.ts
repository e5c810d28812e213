const WHITESPACE_RUN = /\s+/g;

/**
 * Trims a text and collapses every run of whitespace (spaces, tabs, line breaks,
 * non-breaking spaces) into one space.
 *
 * @param text - Any text.
 * @returns The trimmed text with single spaces.
 * @example
 * collapseWhitespace('  Huiselijk \n geweld '); //=> 'Huiselijk geweld'
 */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, " ").trim();
}
