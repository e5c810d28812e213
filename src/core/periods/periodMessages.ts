/** Dutch messages of the period module (one place, like the parser's messages file). */

/** The accepted period forms, as the error message lists them. */
export const PERIOD_EXAMPLES: readonly string[] = [
  "t/m Q3 2024",
  "Q3 2024",
  "2024-Q3",
  "kwartaal 3 2024",
  "2024",
  "H1 2024",
  "jan 2024",
  "januari 2024",
  "2024-01",
  "t/m sep 2024",
  "t/m september 2024",
  "1-1-2024 t/m 30-9-2024",
  "2024-01-01..2024-09-30",
];

function examplesText(): string {
  const quoted = PERIOD_EXAMPLES.map((example) => `"${example}"`);
  return `${quoted.slice(0, -1).join(", ")} of ${quoted[quoted.length - 1] ?? ""}`;
}

/** Message for a text that is no period at all. */
export function unknownPeriodMessage(text: string): string {
  return `Onbekende periode: "${text}". Gebruik bijvoorbeeld ${examplesText()}.`;
}

/** Message for a date range whose start lies after its end. */
export function reversedPeriodMessage(text: string): string {
  return `Ongeldige periode: "${text}": de begindatum ligt na de einddatum. Gebruik bijvoorbeeld ${examplesText()}.`;
}
