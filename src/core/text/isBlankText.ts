/**
 * Tells whether a text is empty or only whitespace, without allocating for the
 * common case of a text that starts with a visible character.
 *
 * @param text - Any text.
 * @returns `true` for '', ' ', '\t\n' and the like.
 * @example
 * isBlankText('  '); //=> true
 */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  if (first > 32 && first !== 160) return false;
  return text.trim().length === 0;
}
