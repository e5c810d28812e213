import type { CaseTable, Period } from "../types";
import { scanFlags } from "./scanFlags";

export { ScanBit } from "./scanBits";

/**
 * One pass over the case table for one period and filter: which cases are registered,
 * started, active, closed, open at the end and had their intake in P. Shared by every KPI and
 * group of that period, so the table is scanned once, not once per KPI.
 */
export interface PeriodScan {
  readonly period: Period;
  /** Per case, the {@link ScanBit}s (0 for cases the filter drops). */
  readonly flags: Uint8Array;
  /** Rows with `bit` (one {@link ScanBit}) set, in table order (collected on first use). */
  rows(bit: number): Int32Array;
}

const scanCache = new WeakMap<CaseTable, Map<string, PeriodScan>>();
const MAX_CACHED_SCANS = 16;

/**
 * Scans the case table for one period: the memberships of SPEC §4, each left out for a case
 * whose inputs for it are invalid (an invalid closedOn drops the case from active, closed and
 * openAtEnd, but not from registered or started). Memoised per table, period and filter; a
 * filtered scan is derived from the unfiltered one by clearing the flags of the cases the mask
 * drops, which costs far less than another pass over the dates.
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
  const cached = cachedScan(table, period, maskKey);
  if (cached !== undefined) return cached;
  return keepScan(
    table,
    maskKey,
    mask === null ? buildScan(table, period) : deriveScan(scanPeriod(table, period, null, ""), mask)
  );
}

/**
 * The unfiltered scan of a period if it was made already.
 *
 * @param table - The case table.
 * @param period - The period.
 * @returns The scan, or undefined.
 * @example
 * findUnfilteredScan(table, period) // undefined before the first scanPeriod(table, period, null, '')
 */
export function findUnfilteredScan(table: CaseTable, period: Period): PeriodScan | undefined {
  return cachedScan(table, period, "");
}

/**
 * Keeps flags computed elsewhere (in the same pass as the period's tallies) as the unfiltered
 * scan of their period; they must be what {@link membershipFlags} gives for every case.
 *
 * @param table - The case table.
 * @param period - The period.
 * @param flags - The flags of every case.
 * @returns The scan now cached for the period (an earlier one if there was one).
 * @example
 * const scan = keepUnfilteredScan(table, period, flags);
 */
export function keepUnfilteredScan(
  table: CaseTable,
  period: Period,
  flags: Uint8Array
): PeriodScan {
  return cachedScan(table, period, "") ?? keepScan(table, "", scanFromFlags(period, flags));
}

function cachedScan(table: CaseTable, period: Period, maskKey: string): PeriodScan | undefined {
  return scanCache.get(table)?.get(`${period.start}:${period.end}:${maskKey}`);
}

function keepScan(table: CaseTable, maskKey: string, scan: PeriodScan): PeriodScan {
  let perTable = scanCache.get(table);
  if (perTable === undefined) {
    perTable = new Map();
    scanCache.set(table, perTable);
  }
  if (perTable.size >= MAX_CACHED_SCANS) {
    const oldest = perTable.keys().next().value;
    if (oldest !== undefined) perTable.delete(oldest);
  }
  perTable.set(`${scan.period.start}:${scan.period.end}:${maskKey}`, scan);
  return scan;
}

function buildScan(table: CaseTable, period: Period): PeriodScan {
  return scanFromFlags(period, scanFlags(table, period.start, period.end));
}

/** A scan over given flags; its row lists are collected on first use, one per bit. */
function scanFromFlags(period: Period, flags: Uint8Array): PeriodScan {
  const lists = new Map<number, Int32Array>();
  return {
    period,
    flags,
    rows(bit: number): Int32Array {
      let list = lists.get(bit);
      if (list === undefined) {
        list = collectRows(flags, bit);
        lists.set(bit, list);
      }
      return list;
    },
  };
}

/** The rows with `bit` set, in table order (counted first, so no resizing). */
function collectRows(flags: Uint8Array, bit: number): Int32Array {
  let count = 0;
  for (let i = 0; i < flags.length; i++) if (((flags[i] as number) & bit) !== 0) count++;
  const list = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < flags.length; i++) if (((flags[i] as number) & bit) !== 0) list[at++] = i;
  return list;
}

/** A filtered scan: the base scan's flags, cleared for the cases the mask drops. */
function deriveScan(base: PeriodScan, mask: Uint8Array): PeriodScan {
  const flags = new Uint8Array(mask.length);
  const all = base.flags;
  for (let i = 0; i < flags.length; i++) flags[i] = (all[i] as number) & -(mask[i] as number);
  return scanFromFlags(base.period, flags);
}
