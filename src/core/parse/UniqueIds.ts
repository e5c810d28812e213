import { IntegerIndex } from "../text/IntegerIndex";
import { integerIdOf } from "../text/integerIdOf";
import { StringInterner } from "../text/StringInterner";
import type { UniqueIdsPart } from "./CaseTablePart";

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

  /**
   * The ids as plain data, for {@link UniqueIds.append} in another thread.
   *
   * @returns The ids in arrival order.
   */
  part(): UniqueIdsPart {
    return { values: this.values.subarray(0, this.count), texts: this.textIds.slice() };
  }

  /**
   * Whether any id of `part` is here too. Cheap when both lists ascend and the part's come
   * after these (an export sorted by case number); otherwise every id is looked up.
   *
   * @param part - Ids kept by another instance ({@link UniqueIds.part}).
   * @returns `true` when an id is in both.
   */
  sharesAny(part: UniqueIdsPart): boolean {
    const { values, texts } = part;
    if (values.length === 0 || this.count === 0) return false;
    const textOf = (value: number): string => (value < 0 ? texts[-1 - value]! : "");
    if (this.ordered) {
      let ascending = this.isAfterLast(values[0]!, textOf(values[0]!));
      for (let k = 1; ascending && k < values.length; k++) {
        const value = values[k]!;
        const previous = values[k - 1]!;
        ascending =
          value >= 0 && previous >= 0
            ? value > previous
            : sortsAfter(value, textOf(value), previous, textOf(previous));
      }
      if (ascending) return false;
    }
    const known = new Set<number | string>();
    for (let position = 0; position < this.count; position++) {
      const value = this.values[position]!;
      known.add(value >= 0 ? value : this.textIds[-1 - value]!);
    }
    for (const value of values) if (known.has(value >= 0 ? value : texts[-1 - value]!)) return true;
    return false;
  }

  /**
   * Adds the ids of `part` after these, in their order.
   *
   * @param part - Ids kept by another instance, none of them here ({@link UniqueIds.sharesAny}).
   * @throws {Error} When an id of `part` is here already.
   */
  append(part: UniqueIdsPart): void {
    const { values, texts } = part;
    let k = 0;
    if (this.ordered) {
      // The part's first ids while they ascend past the last id here (integers: a text's
      // value is negative), copied at once: `addInteger` would append each as it is.
      let last = this.lastInteger;
      while (k < values.length && values[k]! > last) last = values[k++]!;
      if (k > 0) {
        this.values.set(values.subarray(0, k), this.count);
        this.count += k;
        this.lastInteger = last;
      }
    }
    for (; k < values.length; k++) {
      const value = values[k]!;
      const earlier = value >= 0 ? this.addInteger(value) : this.addText(texts[-1 - value]!);
      if (earlier !== -1) throw new Error("UniqueIds.append: an id of the part is here already");
    }
  }

  private pushText(id: string): void {
    this.lastInteger = Infinity;
    this.values[this.count++] = -1 - this.textIds.length;
    this.textIds.push(id);
  }

  /** Whether an id (an integer ≥ 0, else `text`) sorts after the last one added. */
  private isAfterLast(integer: number, text: string): boolean {
    const last = this.values[this.count - 1]!;
    return sortsAfter(integer, text, last, last >= 0 ? "" : this.textIds[-1 - last]!);
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

/**
 * Whether an id sorts after another: integers by value, else by length, then text (an
 * integer as its text). Each id is an integer ≥ 0, or a negative number and its text.
 */
function sortsAfter(integer: number, text: string, lastInteger: number, lastText: string): boolean {
  if (integer >= 0 && lastInteger >= 0) return integer > lastInteger;
  const id = integer >= 0 ? String(integer) : text;
  const previous = lastInteger >= 0 ? String(lastInteger) : lastText;
  return id.length > previous.length || (id.length === previous.length && id > previous);
}
