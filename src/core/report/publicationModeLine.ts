/**
 * The one-line statement that a report is the publication version (SPEC §6 small numbers),
 * shown under the report's subtitle and in its parameters.
 *
 * @param threshold - the publication threshold (5 or 10)
 * @returns the Dutch line
 *
 * @example
 * publicationModeLine(5) // 'Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5).'
 */
export function publicationModeLine(threshold: number): string {
  return `Publicatieversie: aantallen van minder dan ${threshold} personen zijn afgeschermd (<${threshold}).`;
}
