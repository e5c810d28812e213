/**
 * A small direct-mapped cache from text to value, put in front of a `Map` for columns
 * with few distinct texts (categories, domain cells). A cell text from Office.js is a new
 * string object every time, and a `Map` hashes all its characters before looking it up;
 * this cache picks a slot from the length and two characters and compares once. A miss
 * costs one comparison; the caller then asks its `Map` and {@link TextLookupCache.set}s.
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

  /** @param size - Number of slots, rounded up to a power of two (default 64). */
  constructor(size = 64) {
    let slots = 1;
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
    return this.texts[slot] === text ? this.values[slot] : undefined;
  }

  /**
   * Caches a value, replacing whatever shared its slot.
   *
   * @param text - The text.
   * @param value - Its value.
   */
  set(text: string, value: T): void {
    const slot = this.slotOf(text);
    this.texts[slot] = text;
    this.values[slot] = value;
  }

  private slotOf(text: string): number {
    const length = text.length;
    if (length === 0) return 0;
    return (
      (length * 7 +
        text.charCodeAt(0) * 31 +
        text.charCodeAt(length >> 1) * 3 +
        text.charCodeAt(length - 1)) &
      this.mask
    );
  }
}
