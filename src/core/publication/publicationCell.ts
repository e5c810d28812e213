/**
 * What the publication audit knows of the report's cells: their values, the quantity each
 * shows (so that the same number in two tables is one unknown to a reader) and the sums
 * between them.
 *
 * @module
 */
import type { Day } from "../types";

/** 'small' shows "<5"; 'hidden' shows "–*". */
export type PublicationMark = "small" | "hidden";

/**
 * The quantity a cell shows, independent of the table it sits in: a measure over the cases
 * that meet a filter (the table's filter and the cell's row and column group together) in a
 * period. Two cells with the same quantity show the same number.
 */
export interface CellQuantity {
  /** Measure id: a KPI or a group measure ("started", "active", "closed", "meanRating"). */
  readonly measure: string;
  /** Field → its allowed values, each list sorted; no entry: no condition on the field. */
  readonly filter: Readonly<Record<string, readonly string[]>>;
  readonly start: Day;
  readonly end: Day;
}

/**
 * What a cell holds, for the audit:
 * - `persons`: a count of persons or cases (small ones are marked "<5");
 * - `count`: a count of something else (meetings, activities): never suppressed;
 * - `mean`: a mean or a score, shown rounded;
 * - `percent`: a share, shown rounded (a fraction).
 */
export type PublicationCellKind = "persons" | "count" | "mean" | "percent";

/** One published value of the report. */
export interface PublicationCell {
  /** Unique within the report. */
  readonly id: string;
  /** The table it is shown in (whole-table suppression, messages). */
  readonly table: string;
  /** The value as shown (rounded as the report rounds it). */
  readonly value: number;
  readonly kind: PublicationCellKind;
  /** The mark of the primary rule (SPEC §6), if any. */
  readonly primary?: PublicationMark;
  /** The quantity it shows, when the audit can name it (twins, stock and flow, rates). */
  readonly quantity?: CellQuantity;
  /** For a mean or share: the number of cases it is over. */
  readonly n?: number;
  /** For a mean or share: half the step it is rounded to (0,1% → 0.0005). */
  readonly rounding?: number;
}

/** A sum between cells a reader can rely on: total = Σ parts. */
export interface CellSum {
  readonly total: string;
  readonly parts: readonly string[];
  /** Where it comes from ("Totaal van Type trajecten – behandeld"). */
  readonly origin: string;
}
