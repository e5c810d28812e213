import { IntegerIndex } from "../text/IntegerIndex";
import { integerIdOf } from "../text/integerIdOf";
import { StringInterner } from "../text/StringInterner";

/**
 * Keeps a list of unique ids in arrival order and tells where an id was seen before.
 *
 * Integer ids (see `isIntegerId`; 123 ≡ "123") are kept as numbers, so a million numeric
 * case numbers cost one Int32Array instead of a million strings; their texts are built
 * only when asked for ({@link UniqueIds.textAt}, {@link UniqueIds.texts}). Exports are
 * nearly always sorted by case number, so while every id is greater than the previous one
 * (by length, then text: "C9" < "C10"; for integers simply by value), uniqueness needs no
 * lookup at all; from the first id out of order on, hash tables take over.
 *
 * @example
 * const ids = new UniqueIds(3);
 * ids.addText('C1'); //=> -1 (new)
 * ids.addInteger(7); //=> -1
 * ids.addText('7'); //=> 1 (position of the earlier occurrence)
 * ids.texts(); //=> ['C1', '7']
 */
export class UniqueIds {
  /** Per id in arrival order: the integer, or -1 - its index in `textIds`. */
  private values: Int32Array;
  private readonly textIds: string[] = [];
  private count = 0;
  private ordered = true;
  /**
   * While the ids ascend: the last id when it is an integer, -0.5 before the first id, and
   * Infinity when the last id is a text (then the texts are compared). A fractional start
   * makes V8 keep the field as a double from the first instance on: starting from a small
   * integer, the first text id (Infinity) would change the field's representation and give
   * the instances a new hidden class, one that dies with each table, and with it the
   * optimised code of the id checks.
   */
  private lastInteger = -0.5;
  // Both exist from the start (not added when the ids first come out of order), for the
  // same reason.
  private integers: IntegerIndex | undefined = undefined;
  private textIndex: StringInterner | undefined = undefined;
  /** Position of each interned text, by its code in `textIndex`. */
  private textPositions: number[] = [];

  /**
   * @param capacity - Maximum number of ids.
   * @param values - Where the ids are kept (at least `capacity` entries; new when absent).
   */
  constructor(capacity: number, values: Int32Array = new Int32Array(capacity)) {
    this.values = values;
  }

  /** Number of unique ids. */
  get size(): number {
    return this.count;
  }

  /**
   * Moves the ids to a longer array, keeping those added (ids read in chunks that outgrew
   * their first guess).
   *
   * @param values - Where the ids go from now on (longer than before).
   */
  grow(values: Int32Array): void {
    values.set(this.values.subarray(0, this.count));
    this.values = values;
  }

  /**
   * Adds an integer id (0 to `MAX_INTEGER_ID`) unless it is already there.
   *
   * @param value - The id.
   * @returns -1 when the id is new (and was added), else the position of its earlier occurrence.
   */
  addInteger(value: number): number {
    const at = this.count;
    if (this.ordered) {
      if (value > this.lastInteger || this.isAfterLast(value, "")) {
        this.lastInteger = value;
        this.values[this.count++] = value;
        return -1;
      }
      this.buildIndexes();
    }
    const earlier = this.integers!.findOrAdd(value, at);
    if (earlier >= 0) return earlier;
    this.values[this.count++] = value;
    return -1;
  }

  /**
   * Adds an id text unless it is already there (an integer's text is that integer).
   *
   * @param id - A trimmed, non-empty id.
   * @returns -1 when the id is new (and was added), else the position of its earlier occurrence.
   */
  addText(id: string): number {
    const integer = integerIdOf(id);
    if (integer >= 0) return this.addInteger(integer);
    const at = this.count;
    if (this.ordered) {
      if (at === 0 || this.isAfterLast(-1, id)) {
        this.pushText(id);
        return -1;
      }
      this.buildIndexes();
    }
    const interner = this.textIndex!;
    const before = interner.size;
    const code = interner.intern(id);
    if (interner.size === before) return this.textPositions[code]!;
    this.textPositions.push(at);
    this.pushText(id);
    return -1;
  }

  /**
   * The text of the id at a position.
   *
   * @param position - 0 ≤ position < size.
   * @returns The id as text.
   */
  textAt(position: number): string {
    const value = this.values[position]!;
    return value >= 0 ? String(value) : this.textIds[-1 - value]!;
  }

  /**
   * Every id as text, in arrival order (built on each call; callers keep the result).
   *
   * @returns The ids.
   */
  texts(): string[] {
    const texts = new Array<string>(this.count);
    for (let position = 0; position < this.count; position++)
      texts[position] = this.textAt(position);
    return texts;
  }

  private pushText(id: string): void {
    this.lastInteger = Infinity;
    this.values[this.count++] = -1 - this.textIds.length;
    this.textIds.push(id);
  }

  /** Whether an id (an integer ≥ 0, else `text`) sorts after the last one added. */
  private isAfterLast(integer: number, text: string): boolean {
    const last = this.values[this.count - 1]!;
    if (integer >= 0 && last >= 0) return integer > last;
    const id = integer >= 0 ? String(integer) : text;
    const previous = this.textAt(this.count - 1);
    return id.length > previous.length || (id.length === previous.length && id > previous);
  }

  /** The first id out of order: from now on ids are looked up. */
  private buildIndexes(): void {
    this.ordered = false;
    // Sized for every id: an export out of order is usually out of order throughout.
    const integers = new IntegerIndex(this.values.length);
    const textIndex = new StringInterner(this.textIds.length);
    for (let position = 0; position < this.count; position++) {
      const value = this.values[position]!;
      if (value >= 0) integers.findOrAdd(value, position);
      else {
        textIndex.intern(this.textIds[-1 - value]!);
        this.textPositions.push(position);
      }
    }
    this.integers = integers;
    this.textIndex = textIndex;
  }
}
