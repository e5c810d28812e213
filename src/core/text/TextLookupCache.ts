/**
 * A small two-way cache from text to value, put in front of a `Map` for columns
 * with few distinct texts (categories, domain cells). A cell text from Office.js is a new
 * string object every time, and a `Map` hashes all its characters before looking it up;
 * this cache picks a pair of slots from the length and two characters and compares at
 * most twice (two-way, so two texts with the same slot, such as "Team Oost" and "Team
 * West", both stay). A miss costs two comparisons; the caller then asks its `Map` and
 * {@link TextLookupCache.set}s.
 *
 * @example
 * const cache = new TextLookupCache<number>();
 * cache.get('Noord'); //=> undefined
 * cache.set('Noord', 3);
 * cache.get('Noord'); //=> 3
 */
export class TextLookupCache<T> {
  private readonly texts: (string | undefined)[];
  private readonly values: (T | undefined)[];
  private readonly mask: number;

  /** @param size - Number of slots, rounded up to a power of two, at least 2 (default 64). */
  constructor(size = 64) {
    let slots = 2;
    while (slots < size) slots *= 2;
    this.mask = slots - 1;
    this.texts = new Array<string | undefined>(slots).fill(undefined);
    this.values = new Array<T | undefined>(slots).fill(undefined);
  }

  /**
   * The cached value of a text.
   *
   * @param text - The text.
   * @returns The value, or `undefined` when the text's slot holds another text.
   */
  get(text: string): T | undefined {
    const slot = this.slotOf(text);
    if (this.texts[slot] === text) return this.values[slot];
    const other = slot ^ 1;
    return this.texts[other] === text ? this.values[other] : undefined;
  }

  /**
   * Caches a value, replacing whatever shared its slot.
   *
   * @param text - The text.
   * @param value - Its value.
   */
  set(text: string, value: T): void {
    const slot = this.slotOf(text);
    const previous = this.texts[slot];
    if (previous !== undefined && previous !== text) {
      this.texts[slot ^ 1] = previous;
      this.values[slot ^ 1] = this.values[slot];
    }
    this.texts[slot] = text;
    this.values[slot] = value;
  }

  private slotOf(text: string): number {
    const length = text.length;
    if (length === 0) return 0;
    // Two characters rather than three: each charCodeAt costs a look at the string's
    // representation, and this runs for nearly every category cell.
    return (length * 7 + text.charCodeAt(0) * 31 + text.charCodeAt(length - 1)) & this.mask;
  }
}
