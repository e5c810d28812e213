import { FieldBit, type CaseTable, type ZrmTable } from "../types";
import { isMainDomain } from "./isMainDomain";
import { ScanBit, type PeriodScan } from "./periodScan";

/**
 * Visits the ZRM rows that count for the cases closed in a period (SPEC §4 goalReachedPct and
 * zrmGrowth): the row's case is closed in P, has valid main domains, and the row's domain is one
 * of them; `accept` says whether the row has the scores the KPI needs. A (case, domain) pair
 * counts once, with its first accepted row in table order. The candidate rows are found in one
 * pass over the ZRM table per period (shared by both KPIs); pairs are remembered in a bit mask
 * per case (a Set only for domain codes ≥ 32).
 *
 * @param table - The case table.
 * @param zrm - The ZRM table.
 * @param scan - The period scan (its closed flags).
 * @param accept - Whether a row has the scores needed.
 * @param visit - Called with each counted row and its domain code.
 * @example
 * forEachClosedZrmPair(table, zrm, scan, (r) => !isNaN(zrm.endScore[r]), (r, code) => sum += zrm.endScore[r]);
 */
export function forEachClosedZrmPair(
  table: CaseTable,
  zrm: ZrmTable,
  scan: PeriodScan,
  accept: (row: number) => boolean,
  visit: (row: number, code: number) => void
): void {
  const { caseIndex, domainCode } = zrm;
  const candidates = closedMainDomainRows(table, zrm, scan);
  const seen = new Uint32Array(table.size);
  let seenWide: Set<number> | undefined;
  for (let k = 0; k < candidates.length; k++) {
    const r = candidates[k] as number;
    if (!accept(r)) continue;
    const c = caseIndex[r] as number;
    const code = domainCode[r] as number;
    if (code < 32) {
      const bit = 1 << code;
      const mask = seen[c] as number;
      if (mask & bit) continue;
      seen[c] = mask | bit;
    } else {
      seenWide ??= new Set();
      const pair = c * 4096 + code;
      if (seenWide.has(pair)) continue;
      seenWide.add(pair);
    }
    visit(r, code);
  }
}

const candidateCache = new WeakMap<PeriodScan, WeakMap<ZrmTable, Int32Array>>();

/**
 * The ZRM rows of cases closed in the scan's period (and passing its filter) whose domain is
 * one of the case's valid main domains, in table order. One pass over the ZRM table per scan,
 * shared by goalReachedPct and zrmGrowth.
 */
function closedMainDomainRows(table: CaseTable, zrm: ZrmTable, scan: PeriodScan): Int32Array {
  let perScan = candidateCache.get(scan);
  if (perScan === undefined) {
    perScan = new WeakMap();
    candidateCache.set(scan, perScan);
  }
  const cached = perScan.get(zrm);
  if (cached !== undefined) return cached;
  const flags = scan.flags;
  const { invalid, domainStart, domainCodes } = table;
  const { caseIndex, domainCode } = zrm;
  const rows: number[] = [];
  for (let r = 0; r < zrm.size; r++) {
    const c = caseIndex[r] as number;
    if (c < 0 || ((flags[c] as number) & ScanBit.closed) === 0) continue;
    if (((invalid[c] as number) & FieldBit.mainDomains) !== 0) continue;
    const code = domainCode[r] as number;
    if (code >= 0 && isMainDomain(domainStart, domainCodes, c, code)) rows.push(r);
  }
  const result = Int32Array.from(rows);
  perScan.set(zrm, result);
  return result;
}
