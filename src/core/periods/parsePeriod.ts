import { InvalidPeriodError } from "../errors";
import type { Period } from "../types";
import { reversedPeriodMessage, unknownPeriodMessage } from "./periodMessages";
import { specToPeriod } from "./periodSpec";
import { readPeriodSpec } from "./readPeriodSpec";

/**
 * Reads a period text (SPEC §3), case-insensitive, spaces free:
 *
 * | form | example | range | label |
 * |---|---|---|---|
 * | year to date, quarter | `t/m Q3 2024` | 1-1 – 30-9 | `t/m Q3 2024` |
 * | quarter | `Q3 2024`, `2024-Q3`, `kwartaal 3 2024`, `3e kwartaal 2024`, `kw3 2024` | 1-7 – 30-9 | `Q3 2024` |
 * | year | `2024`, `jaar 2024` | 1-1 – 31-12 | `2024` |
 * | half year | `H1 2024`, `H2 2024`, `2024-H1`, `1e halfjaar 2024` | 1-1 – 30-6 | `H1 2024` |
 * | month | `jan 2024`, `januari 2024`, `2024-01`, `1-2024` | 1-1 – 31-1 | `januari 2024` |
 * | year to date, month | `t/m sep 2024`, `t/m september 2024` | 1-1 – 30-9 | `t/m september 2024` |
 * | year to date, half | `t/m H1 2024` | 1-1 – 30-6 | `t/m H1 2024` |
 * | year to date, day | `t/m 30-9-2024` | 1-1 – 30-9 | `1-1-2024 t/m 30-9-2024` |
 * | date range | `1-1-2024 t/m 30-9-2024`, `2024-01-01..2024-09-30`, `1-1-2024 - 30-9-2024` | as written | `1-1-2024 t/m 30-9-2024` |
 *
 * "t/m" may also be written `tm`, `t.m.` or `tot en met`. Dates in a range take every
 * form of `cellToDay`'s text dates. Years run from 1900 to 9999.
 *
 * @param text - The period text.
 * @returns The period with its normalised Dutch label.
 * @throws {InvalidPeriodError} When the text is not a period, or a range ends before it
 *   starts; the Dutch message lists the accepted forms.
 * @example
 * parsePeriod('t/m q3 2024'); //=> { label: 't/m Q3 2024', start: 45292, end: 45565 }
 */
export function parsePeriod(text: string): Period {
  const input = String(text);
  const result = readPeriodSpec(input);
  if (!result.ok) {
    const shown = input.trim();
    throw new InvalidPeriodError(
      input,
      result.reason === "reversed" ? reversedPeriodMessage(shown) : unknownPeriodMessage(shown)
    );
  }
  return specToPeriod(result.spec);
}
