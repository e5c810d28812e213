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
