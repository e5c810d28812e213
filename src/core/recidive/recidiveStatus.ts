/** What SPEC §5 steps 2–3 say about a case, independent of any period or filter. */
export const RecidiveStatus = {
  /** No clientId, or no usable start: never recidive, never "nieuw". */
  none: 0,
  /** The client has no earlier case (step 2 fails): "nieuw". */
  noEarlier: 1,
  /** An earlier case is still open on the start (step 3 fails): "heropening". */
  earlierOpen: 2,
  /** Every earlier case closed strictly before the start: steps 2–3 pass. */
  earlierClosed: 3,
} as const;

/**
 * The {@link RecidiveStatus} in a packed fact.
 *
 * @param fact - One entry of {@link RecidiveFacts.packed}.
 * @returns 0..3.
 * @example
 * factStatus(facts.packed[i]) === RecidiveStatus.earlierClosed
 */
export function factStatus(fact: number): number {
  return fact & 3;
}

/**
 * Whether the case has two or more earlier cases ("waarvan meerdere voorgaande casussen").
 *
 * @param fact - A packed fact.
 * @returns True for two or more.
 * @example
 * hasSeveralEarlier(facts.packed[i])
 */
export function hasSeveralEarlier(fact: number): boolean {
  return (fact & 4) !== 0;
}

/**
 * Whether the case shares a main domain with its previous case (status 3 only).
 *
 * @param fact - A packed fact.
 * @returns True when a domain is shared.
 * @example
 * sharesPreviousDomain(facts.packed[i])
 */
export function sharesPreviousDomain(fact: number): boolean {
  return (fact & 8) !== 0;
}

/**
 * The previous case's closedOn (status 3 only; 0 otherwise).
 *
 * @param fact - A packed fact.
 * @returns A day.
 * @example
 * previousClosedOn(facts.packed[i]) <= subMonthsFromDay(start, 6)
 */
export function previousClosedOn(fact: number): number {
  return fact >>> 4;
}
