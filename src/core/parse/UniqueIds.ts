import { StringInterner } from "../text/StringInterner";

/**
 * Keeps a list of unique ids in arrival order and tells where an id was seen before.
 * Exports are nearly always sorted by case number, so while every id is greater than the
 * previous one (by length, then text: "C9" < "C10"), uniqueness needs no lookup at all;
 * from the first id out of order on, a {@link StringInterner} takes over.
 *
 * @example
 * const ids = new UniqueIds();
 * ids.add('C1'); //=> -1 (new)
 * ids.add('C2'); //=> -1
 * ids.add('C1'); //=> 0 (index of the earlier occurrence)
 */
export class UniqueIds {
  /** The unique ids, in arrival order. */
  readonly ids: string[] = [];
  private ordered = true;
  private interner: StringInterner | undefined;

  /**
   * Adds an id unless it is already there.
   *
   * @param id - A non-empty id.
   * @returns -1 when the id is new (and was added), else the index of its earlier occurrence.
   */
  add(id: string): number {
    if (this.ordered) {
      const previous = this.ids[this.ids.length - 1];
      if (
        previous === undefined ||
        id.length > previous.length ||
        (id.length === previous.length && id > previous)
      ) {
        this.ids.push(id);
        return -1;
      }
      this.ordered = false;
      this.interner = new StringInterner(this.ids.length * 2);
      for (const earlier of this.ids) this.interner.intern(earlier);
    }
    const interner = this.interner!;
    const before = interner.size;
    const index = interner.intern(id);
    if (interner.size === before) return index;
    this.ids.push(id);
    return -1;
  }
}
