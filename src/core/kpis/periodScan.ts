import { FieldBit, type CaseTable, type Period } from "../types";
import { DAY_FLOOR } from "./dayFloor";

/** Membership bits of one case in one period (SPEC §4). */
export const ScanBit = {
  /** registeredOn in P. */
  registered: 1,
  /** start in P. */
  started: 2,
  /** start ≤ P.end and (closedOn empty or closedOn ≥ P.start). */
  active: 4,
  /** closedOn in P. */
  closed: 8,
  /** start ≤ P.end and (closedOn empty or closedOn > P.end). */
  openAtEnd: 16,
  /** intakeOn in P. */
  intake: 32,
} as const;

/** The invalid bits that make each membership unknowable. */
const START_BITS = FieldBit.start | FieldBit.startedOn;

/**
 * One pass over the case table for one period and filter: which cases are registered,
 * started, active, closed, open at the end and had their intake in P. Shared by every KPI and
 * group of that period, so the table is scanned once, not once per KPI.
 */
export interface PeriodScan {
  readonly period: Period;
  /** Per case, the {@link ScanBit}s (0 for cases the filter drops). Built on first use for a filtered scan. */
  readonly flags: Uint8Array;
  /** Rows with `bit` (one {@link ScanBit}) set, in table order. */
  rows(bit: number): Int32Array;
}

const scanCache = new WeakMap<CaseTable, Map<string, PeriodScan>>();
const MAX_CACHED_SCANS = 16;
const BITS = [
  ScanBit.registered,
  ScanBit.started,
  ScanBit.active,
  ScanBit.closed,
  ScanBit.openAtEnd,
  ScanBit.intake,
];

/**
 * Scans the case table for one period: the memberships of SPEC §4, each left out for a case
 * whose inputs for it are invalid (an invalid closedOn drops the case from active, closed and
 * openAtEnd, but not from registered or started). Memoised per table, period and filter; a
 * filtered scan is derived from the unfiltered one by keeping the rows of its lists that pass
 * the mask, which costs far less than another pass over the dates.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param mask - The compiled filter mask, or null for all cases.
 * @param maskKey - The filter's key ({@link filterKey}); '' when mask is null.
 * @returns The scan.
 * @example
 * const scan = scanPeriod(table, period, null, '');
 * const startedRows = scan.rows(ScanBit.started);
 */
export function scanPeriod(
  table: CaseTable,
  period: Period,
  mask: Uint8Array | null,
  maskKey: string
): PeriodScan {
  const key = `${period.start}:${period.end}:${maskKey}`;
  let perTable = scanCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    scanCache.set(table, perTable);
  }
  const cached = perTable.get(key);
  if (cached !== undefined) return cached;
  const scan =
    mask === null
      ? buildScan(table, period)
      : deriveScan(scanPeriod(table, period, null, ""), mask);
  if (perTable.size >= MAX_CACHED_SCANS) {
    const oldest = perTable.keys().next().value;
    if (oldest !== undefined) perTable.delete(oldest);
  }
  perTable.set(key, scan);
  return scan;
}

function buildScan(table: CaseTable, period: Period): PeriodScan {
  const flags = scanFlags(table, period.start, period.end);
  let lists: Map<number, Int32Array> | undefined;
  return {
    period,
    flags,
    rows(bit: number): Int32Array {
      lists ??= collectAllRows(flags);
      return lists.get(bit) ?? new Int32Array(0);
    },
  };
}

/**
 * The membership flags of every case, one pass. Written with comparisons turned into 0/1
 * numbers rather than nested ifs: the outcomes are unpredictable per row, and branch-free
 * code runs about twice as fast here. Invalid inputs (rare) then clear the bits they spoil.
 */
function scanFlags(table: CaseTable, p0: number, p1: number): Uint8Array {
  const n = table.size;
  const flags = new Uint8Array(n);
  const { registeredOn, intakeOn, start, closedOn, invalid } = table;
  for (let i = 0; i < n; i++) {
    const r = registeredOn[i] as number;
    const t = intakeOn[i] as number;
    const c = closedOn[i] as number;
    const s = start[i] as number;
    const begun = +(s >= DAY_FLOOR) & +(s <= p1);
    // NaN closedOn (empty) compares false with everything: the case is still open.
    let f =
      ((+(r >= p0) & +(r <= p1)) * ScanBit.registered) |
      ((+(t >= p0) & +(t <= p1)) * ScanBit.intake) |
      ((+(c >= p0) & +(c <= p1)) * ScanBit.closed) |
      ((begun & +(s >= p0)) * ScanBit.started) |
      ((begun & +!(c < p0)) * ScanBit.active) |
      ((begun & +!(c <= p1)) * ScanBit.openAtEnd);
    const bad = invalid[i] as number;
    if (bad !== 0) {
      if (bad & FieldBit.registeredOn) f &= ~ScanBit.registered;
      if (bad & FieldBit.intakeOn) f &= ~ScanBit.intake;
      if (bad & FieldBit.closedOn) f &= ~(ScanBit.closed | ScanBit.active | ScanBit.openAtEnd);
      if (bad & START_BITS) f &= ~(ScanBit.started | ScanBit.active | ScanBit.openAtEnd);
    }
    flags[i] = f;
  }
  return flags;
}

/** Every membership list in one more pass over the flags (counted first, so no resizing). */
function collectAllRows(flags: Uint8Array): Map<number, Int32Array> {
  const counts = new Int32Array(64);
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i] as number;
    counts[f] = (counts[f] as number) + 1;
  }
  const lists = new Map<number, Int32Array>();
  const fill = new Int32Array(BITS.length);
  const targets = BITS.map((bit) => {
    let size = 0;
    for (let f = 0; f < 64; f++) if (f & bit) size += counts[f] as number;
    const list = new Int32Array(size);
    lists.set(bit, list);
    return list;
  });
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i] as number;
    if (f === 0) continue;
    for (let b = 0; b < BITS.length; b++) {
      if (f & (BITS[b] as number)) {
        const at = fill[b] as number;
        (targets[b] as Int32Array)[at] = i;
        fill[b] = at + 1;
      }
    }
  }
  return lists;
}

/** The rows of `all` that the mask keeps (a small function of its own, so V8 optimises it once). */
function keepMasked(all: Int32Array, mask: Uint8Array): Int32Array {
  let count = 0;
  for (let k = 0; k < all.length; k++) count += mask[all[k] as number] as number;
  const list = new Int32Array(count);
  let at = 0;
  for (let k = 0; k < all.length; k++) {
    const i = all[k] as number;
    if (mask[i] === 1) list[at++] = i;
  }
  return list;
}

/** A filtered scan: the base scan's lists, keeping the rows the mask keeps. */
function deriveScan(base: PeriodScan, mask: Uint8Array): PeriodScan {
  const lists = new Map<number, Int32Array>();
  let flags: Uint8Array | undefined;
  const rows = (bit: number): Int32Array => {
    let list = lists.get(bit);
    if (list === undefined) {
      list = keepMasked(base.rows(bit), mask);
      lists.set(bit, list);
    }
    return list;
  };
  return {
    period: base.period,
    get flags(): Uint8Array {
      if (flags === undefined) {
        const built = new Uint8Array(mask.length);
        for (const bit of BITS) {
          const list = rows(bit);
          for (let k = 0; k < list.length; k++) {
            const i = list[k] as number;
            built[i] = (built[i] as number) | bit;
          }
        }
        flags = built;
      }
      return flags;
    },
    rows,
  };
}
