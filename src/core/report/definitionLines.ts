import type { Report } from "../reportTable";

/** Label of the line under a definition that says which rows a bad value leaves out. */
export const EXCLUDES_LABEL = "Wat niet meetelt";

/** One line of a section: a label and its text; `sub` lines (under a definition) are not bold. */
export interface SectionLine {
  readonly label: string;
  readonly text: string;
  readonly sub?: boolean;
}

/**
 * The lines of the "Definities" section: per definition its label and text, then (when the
 * registry says so) a line "Wat niet meetelt" with the rows a missing or unusable value
 * leaves out. The ExcelJS sheet (`writeExplanationSheet`) and the task pane's
 * plan (`planToelichtingSheet`) both write these lines.
 *
 * @param definitions - the report's definitions
 * @returns label, text and whether it is a line under a definition
 * @example
 * definitionLines([{ label: 'Afgesloten', definition: 'Het aantal …', excludes: 'Casussen zonder …' }])
 * // [{ label: 'Afgesloten', text: 'Het aantal …' }, { label: 'Wat niet meetelt', text: 'Casussen zonder …', sub: true }]
 */
export function definitionLines(definitions: Report["definitions"]): SectionLine[] {
  return definitions.flatMap((d) => [
    { label: d.label, text: d.definition },
    ...(d.excludes === undefined ? [] : [{ label: EXCLUDES_LABEL, text: d.excludes, sub: true }]),
  ]);
}
