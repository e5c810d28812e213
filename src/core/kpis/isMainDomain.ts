/**
 * Whether `code` is one of case `row`'s main domains (CSR lookup; a case has a handful).
 *
 * @param domainStart - The table's CSR offsets.
 * @param domainCodes - The table's CSR codes.
 * @param row - The case row.
 * @param code - A domain code.
 * @returns True when the case has that main domain.
 * @example
 * isMainDomain(table.domainStart, table.domainCodes, 0, 3) // true
 */
export function isMainDomain(
  domainStart: Int32Array,
  domainCodes: Int32Array,
  row: number,
  code: number
): boolean {
  const to = domainStart[row + 1] as number;
  for (let k = domainStart[row] as number; k < to; k++) if (domainCodes[k] === code) return true;
  return false;
}
