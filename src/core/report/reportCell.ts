import type { ReportRow } from "../reportTable";
import { MISSING_TEXT } from "./formatDecimalNl";
import { formatDeltaNl, formatDeltaPctNl } from "./formatDeltaNl";
import { formatValueNl } from "./formatValueNl";
import { numberFormatCode } from "./numberFormatCode";

/** The four number columns of a comparison table, in order (SPEC §6). */
export type ReportColumn = "previous" | "current" | "delta" | "deltaPct";

/** The number columns in the order a table shows them. */
export const REPORT_COLUMNS: readonly ReportColumn[] = ["previous", "current", "delta", "deltaPct"];

/** Text of a cell hidden in publication mode (a legend note explains the mark). */
export const HIDDEN_TEXT = `${MISSING_TEXT}*`;

/** How a difference is judged by the KPI's polarity: green, red or not coloured. */
export type ReportTone = "good" | "bad" | "none";

/**
 * What a writer puts in one cell: a number with its invariant format code, a text
 * (an en dash, "<5", "–*"), or nothing. `text` is always the Dutch display text.
 */
export type ReportCell =
  | {
      readonly kind: "number";
      readonly value: number;
      readonly numFmt: string;
      readonly text: string;
      readonly tone: ReportTone;
    }
  | { readonly kind: "text"; readonly text: string; readonly tone: ReportTone }
  | { readonly kind: "empty"; readonly text: ""; readonly tone: "none" };

/**
 * Decides what one number cell of a report row shows, so that every writer (ExcelJS,
 * Office.js, terminal) renders the same thing. Applies publication mode: a 'small' value
 * shows "<threshold", a 'hidden' value or difference shows "–*". Δ and Δ% get a tone from
 * the row's polarity (a rise is good for 'up', bad for 'down'; 'neutral' is never coloured).
 *
 * @param row - the report row
 * @param column - which number column
 * @param threshold - the publication threshold (for the "<5" text); default 5
 * @returns the cell content
 *
 * @example
 * reportCell({ ...row, current: 452, format: 'count' }, 'current')
 * // { kind: 'number', value: 452, numFmt: '#,##0;"−"#,##0', text: '452', tone: 'none' }
 */
export function reportCell(row: ReportRow, column: ReportColumn, threshold = 5): ReportCell {
  if (column === "previous" || column === "current") {
    const mark = row.suppressed?.[column];
    if (mark === "small") return { kind: "text", text: `<${threshold}`, tone: "none" };
    if (mark === "hidden") return { kind: "text", text: HIDDEN_TEXT, tone: "none" };
    const value = row[column];
    if (value === null || !Number.isFinite(value))
      return { kind: "text", text: row.missingText ?? MISSING_TEXT, tone: "none" };
    return {
      kind: "number",
      value,
      numFmt: numberFormatCode(row.format, "value"),
      text: formatValueNl(value, row.format),
      tone: "none",
    };
  }
  if (column === "deltaPct" && row.deltaKind === "points")
    return { kind: "empty", text: "", tone: "none" };
  if (row.suppressed?.delta) return { kind: "text", text: HIDDEN_TEXT, tone: "none" };
  const value = column === "delta" ? row.delta : row.deltaPct;
  if (value === null || !Number.isFinite(value))
    return { kind: "text", text: MISSING_TEXT, tone: "none" };
  const text = column === "delta" ? formatDeltaNl(row) : formatDeltaPctNl(row);
  return {
    kind: "number",
    value,
    numFmt: numberFormatCode(row.format, column),
    text,
    tone: deltaTone(row),
  };
}

/**
 * Judges a row's difference by its polarity.
 *
 * @param row - the report row (its `delta` and `polarity`)
 * @returns 'good' when the value moved the desired way, 'bad' the other way, else 'none'
 *
 * @example
 * deltaTone({ delta: -8, polarity: 'down' }) // 'good'
 */
export function deltaTone(row: Pick<ReportRow, "delta" | "polarity">): ReportTone {
  const { delta, polarity } = row;
  if (delta === null || !Number.isFinite(delta) || delta === 0 || polarity === "neutral")
    return "none";
  return delta > 0 === (polarity === "up") ? "good" : "bad";
}
