import { dayToText } from "../dates/dayToIso";
import type { Day } from "../types";

/**
 * Where a report's numbers come from (issue 14): the shell fills it, since the clock and the
 * file names are the world's, not the core's.
 */
export interface ReportProvenance {
  /** The organisation the report is for ("Buurtteam Utrecht"); absent: no line. */
  readonly organisation?: string;
  /** The names of the source files as the user chose them (no folders). */
  readonly sourceFiles: readonly string[];
  /** The export's reference date (peildatum); absent: no line. */
  readonly referenceDate?: Day;
  /** The day the report was made. */
  readonly generatedOn: Day;
}

/**
 * The Dutch lines of a report's provenance block, in the order a reader asks: for whom, from
 * what, as of when, made when. Empty parts (no organisation, no files) leave their line out.
 *
 * @param provenance - the provenance the shell filled
 * @returns one Dutch line per part
 *
 * @example
 * provenanceLines({ organisation: 'De Badde', sourceFiles: ['export.xlsx'], referenceDate: 45838, generatedOn: 46000 })
 * // ['Organisatie: De Badde', 'Bron: export.xlsx', 'Peildatum: 30-6-2025', 'Gemaakt op: 9-12-2025']
 */
export function provenanceLines(provenance: ReportProvenance): string[] {
  const lines: string[] = [];
  const organisation = provenance.organisation?.trim() ?? "";
  if (organisation !== "") lines.push(`Organisatie: ${organisation}`);
  const files = provenance.sourceFiles.map((name) => name.trim()).filter((name) => name !== "");
  if (files.length > 0) lines.push(`${files.length > 1 ? "Bronnen" : "Bron"}: ${files.join(", ")}`);
  if (provenance.referenceDate !== undefined && Number.isFinite(provenance.referenceDate))
    lines.push(`Peildatum: ${dayToText(provenance.referenceDate)}`);
  lines.push(`Gemaakt op: ${dayToText(provenance.generatedOn)}`);
  return lines;
}
