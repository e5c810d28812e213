/**
 * Edit distance (insertions, deletions, substitutions) between two texts, stopping
 * early once it exceeds `max`. Used for fuzzy header matching on short keys.
 *
 * @param a - First text.
 * @param b - Second text.
 * @param max - Give up above this distance.
 * @returns The distance, or `max + 1` when it is larger than `max`.
 * @example
 * levenshtein('aanmeldatum', 'aanmelddatum', 2); //=> 1
 */
export function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance > max ? max + 1 : distance;
}
