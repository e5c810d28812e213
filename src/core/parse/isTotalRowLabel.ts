const TOTAL = /^\s*(?:eind|generaal\s*|grand\s*)?tota(?:a)?l\b/i;

/**
 * Whether the first filled cell of a row marks a totals row ("Totaal", "Eindtotaal",
 * "Total", "Grand total", "Generaal totaal"), which pivot-table exports add at the bottom.
 *
 * @param text - The first non-empty cell of the row.
 * @returns `true` for a totals label.
 * @example
 * isTotalRowLabel('Eindtotaal'); //=> true
 * isTotalRowLabel('T-0012'); //=> false
 */
export function isTotalRowLabel(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  if (first !== 116 /* t */ && first !== 101 /* e */ && first !== 103 /* g */ && first !== 32)
    return false;
  return TOTAL.test(text);
}
