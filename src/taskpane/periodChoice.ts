/**
 * The period picker's logic (pure): year + quarter + "t/m" or single quarter, or free
 * text in any SPEC §3 form, checked live with the core's Dutch message.
 *
 * @module
 */
import { dayToText, parsePeriod, previousYearPeriod } from "../core";

/** How the period is picked. */
export type PeriodMode = "ytd" | "quarter" | "text";

/** The picker's state. */
export interface PeriodChoice {
  readonly mode: PeriodMode;
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  /** The free text (mode 'text'). */
  readonly text: string;
}

/** What the picker says about its choice. */
export type PeriodFeedback =
  | {
      readonly ok: true;
      readonly text: string;
      readonly label: string;
      readonly description: string;
    }
  | { readonly ok: false; readonly text: string; readonly message: string };

/**
 * The period text of a choice.
 *
 * @param choice - the picker's state
 * @returns "t/m Q3 2024", "Q3 2024" or the free text
 *
 * @example
 * periodTextOf({ mode: 'ytd', year: 2024, quarter: 3, text: '' }) // 't/m Q3 2024'
 */
export function periodTextOf(choice: PeriodChoice): string {
  if (choice.mode === "text") return choice.text.trim();
  const quarter = `Q${choice.quarter} ${choice.year}`;
  return choice.mode === "ytd" ? `t/m ${quarter}` : quarter;
}

/**
 * The picker state for a stored period text: the year/quarter pickers when it is a
 * (year-to-date) quarter, else the free text.
 *
 * @param text - a period text
 * @param fallback - the year and quarter to show when the text is not a quarter
 * @returns the choice
 *
 * @example
 * choiceFromText('t/m Q2 2024', { year: 2024, quarter: 3 }) // { mode: 'ytd', year: 2024, quarter: 2, text: 't/m Q2 2024' }
 */
export function choiceFromText(
  text: string,
  fallback: { year: number; quarter: 1 | 2 | 3 | 4 }
): PeriodChoice {
  const match = /^\s*(t\/m\s+)?q([1-4])\s+(\d{4})\s*$/i.exec(text);
  if (!match) return { mode: "text", ...fallback, text };
  return {
    mode: match[1] ? "ytd" : "quarter",
    year: Number(match[3]),
    quarter: Number(match[2]) as 1 | 2 | 3 | 4,
    text,
  };
}

/**
 * Checks a period text: its label, dates and comparison period, or the Dutch error.
 *
 * @param text - the period text
 * @returns the feedback shown under the picker
 *
 * @example
 * describePeriod('t/m Q3 2024')
 * // { ok: true, label: 't/m Q3 2024', description: '1-1-2024 t/m 30-9-2024, vergeleken met t/m Q3 2023 (1-1-2023 t/m 30-9-2023)' }
 */
export function describePeriod(text: string): PeriodFeedback {
  if (text.trim() === "")
    return { ok: false, text, message: 'Vul een periode in, bijvoorbeeld "t/m Q3 2024".' };
  try {
    const period = parsePeriod(text);
    const previous = previousYearPeriod(period);
    const range = (p: typeof period): string => `${dayToText(p.start)} t/m ${dayToText(p.end)}`;
    return {
      ok: true,
      text,
      label: period.label,
      description: `${range(period)}, vergeleken met ${previous.label} (${range(previous)})`,
    };
  } catch (error) {
    return { ok: false, text, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The last quarter that has ended by a date: what a controller reports on.
 *
 * @param now - today
 * @returns the year and quarter
 *
 * @example
 * latestCompleteQuarter(new Date(2024, 9, 7)) // { year: 2024, quarter: 3 }
 */
export function latestCompleteQuarter(now: Date): { year: number; quarter: 1 | 2 | 3 | 4 } {
  const current = Math.floor(now.getMonth() / 3) + 1;
  if (current === 1) return { year: now.getFullYear() - 1, quarter: 4 };
  return { year: now.getFullYear(), quarter: (current - 1) as 1 | 2 | 3 | 4 };
}

/**
 * The next quarter's period in the same form ("t/m Q3 2024" → "t/m Q4 2024",
 * "t/m Q4 2024" → "t/m Q1 2025", "Q4 2024" → "Q1 2025").
 *
 * @param text - the current period text
 * @returns the next period text, or null when the text is not a quarter
 *
 * @example
 * nextQuarterText('t/m Q4 2024') // 't/m Q1 2025'
 */
export function nextQuarterText(text: string): string | null {
  const choice = choiceFromText(text, { year: 0, quarter: 1 });
  if (choice.mode === "text") return null;
  const year = choice.quarter === 4 ? choice.year + 1 : choice.year;
  const quarter = ((choice.quarter % 4) + 1) as 1 | 2 | 3 | 4;
  return periodTextOf({ ...choice, year, quarter });
}
