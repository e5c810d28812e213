// The cache of range arguments. Excel hands every formula a fresh array, so a sheet with fifty
// formulas over one export would parse it fifty times; the cache parses it once. A cached table
// is only ever returned for an argument whose every cell equals the cached copy, so a changed
// table can never be served from the cache.
import { LruCache } from "./lruCache";
import {
  matchesSnapshot,
  requireRows,
  takeSnapshot,
  usedHeight,
  type TableSnapshot,
} from "./tableSnapshot";

/** A snapshot with an id that is never reused: equal ids mean equal content. */
export interface CachedTable extends TableSnapshot {
  readonly id: number;
}

/** Default bounds: 8 tables, 6 million cells in all (a 400,000-row export of 15 columns). */
const MAX_TABLES = 8;
const MAX_CELLS = 6_000_000;

/**
 * Range arguments seen before, compared cell by cell. An identity shortcut (the same array
 * object as last time) is deliberately absent: a caller may change an array in place, and Excel
 * never passes the same array twice anyway.
 */
export class TableCache {
  private readonly tables: LruCache<number, CachedTable>;
  private nextId = 1;
  /** Calls answered from the cache, and calls that took a new snapshot (for tests and the bench). */
  hits = 0;
  misses = 0;

  /**
   * @param maxTables - The most tables kept.
   * @param maxCells - The most cells kept over all tables.
   */
  constructor(maxTables = MAX_TABLES, maxCells = MAX_CELLS) {
    this.tables = new LruCache(maxTables, maxCells);
  }

  /**
   * The cached table equal to a range argument, or a new snapshot of it (then cached).
   *
   * @param value - The range argument.
   * @param what - Dutch name of the argument for messages ("de casustabel").
   * @returns The table; the same object (and id) for every argument with equal cells.
   * @throws {@link FunctionInputError} for a non-array or ragged argument.
   * @example
   * cache.intern(rows, 'de casustabel').id === cache.intern(rows.map((r) => [...r]), 'de casustabel').id // true
   */
  intern(value: unknown, what: string): CachedTable {
    if (Array.isArray(value)) {
      // The hit path checks the rows' shape while it compares: one pass over the argument.
      const candidate = value as readonly (readonly unknown[])[];
      const height = usedHeight(candidate);
      for (const [id, table] of this.tables.entriesByRecency()) {
        if (matchesSnapshot(table, candidate, height)) {
          this.tables.get(id);
          this.hits++;
          return table;
        }
      }
    }
    const raw = requireRows(value, what);
    const height = usedHeight(raw);
    this.misses++;
    const table: CachedTable = { ...takeSnapshot(raw, height), id: this.nextId++ };
    this.tables.set(table.id, table, Math.max(1, table.cells));
    return table;
  }

  /** Forgets every table. */
  clear(): void {
    this.tables.clear();
    this.hits = 0;
    this.misses = 0;
  }
}
