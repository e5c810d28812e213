import { foldText } from "../text/foldText";

/** Yes/no words, compared after folding (lower case, no diacritics). */
const YES_NO: ReadonlyMap<string, number> = new Map<string, number>([
  ["ja", 1],
  ["j", 1],
  ["yes", 1],
  ["y", 1],
  ["waar", 1],
  ["true", 1],
  ["1", 1],
  ["x", 1],
  ["nee", 0],
  ["n", 0],
  ["no", 0],
  ["onwaar", 0],
  ["false", 0],
  ["0", 0],
  ["onbekend", -1],
  ["weet niet", -1],
  ["?", -1],
  ["-", -1],
  ["nvt", -1],
  ["n.v.t.", -1],
  ["n.v.t", -1],
]);

/** Marker for a text that is not a yes/no value. */
export const NOT_YES_NO = -2;

/**
 * Reads a yes/no text: `ja`, `j`, `yes`, `y`, `waar`, `true`, `1`, `x` (a ticked box) are
 * yes; `nee`, `n`, `no`, `onwaar`, `false`, `0` are no; `onbekend`, `weet niet`, `?`, `-`,
 * `nvt`, `n.v.t.` are unknown. Case, diacritics and surrounding spaces are ignored.
 *
 * @param text - The cell text (not empty).
 * @returns 1 yes, 0 no, -1 unknown, or {@link NOT_YES_NO}.
 * @example
 * parseYesNoText('Ja'); //=> 1
 * parseYesNoText('misschien'); //=> -2
 */
export function parseYesNoText(text: string): number {
  return YES_NO.get(foldText(text)) ?? NOT_YES_NO;
}
