/**
 * The plain shapes of the grouped reference computations: a group's rows for one period.
 *
 * @module
 */
import type { CaseFilter, Period } from "../../../types";
import type { ReferenceData } from "../../referenceData";

/**
 * How a measure's value comes from the entries of its rows: `count` counts them; `mean`
 * averages the numbers; `distinct` counts the different ids; `sumOrNull` adds the numbers (null
 * when there are none).
 */
export type ReferenceMeasureKind = "count" | "mean" | "distinct" | "sumOrNull";

/** One value column of a group table. */
export interface ReferenceMeasure {
  readonly id: string;
  readonly kind: ReferenceMeasureKind;
}

/** The shape of a group table: its columns and how its rows are ordered and totalled. */
export interface ReferenceGroupLayout {
  readonly id: string;
  readonly measures: readonly ReferenceMeasure[];
  /** The measure the rows are sorted by (value-ordered tables). */
  readonly mainMeasure: string;
  /** 'value': by the main measure, highest first, then by label; 'fixed': the table's own order. */
  readonly order: "value" | "fixed";
  readonly hasTotal: boolean;
  readonly totalLabel: string;
}

/**
 * What one row is made of, per measure id: one entry per case counted (`count`, the case id),
 * the numbers averaged (`mean`) or added (`sumOrNull`), or the ids counted once (`distinct`).
 */
export type ReferenceEntries = Readonly<Record<string, readonly (number | string)[]>>;

/** One key of a group table with its entries, before the rows are ordered and cut. */
export interface ReferenceBucket {
  readonly key: string;
  readonly label: string;
  /** Position in a fixed-order table. */
  readonly order: number;
  /** The "Onbekend" row: listed last, never ranked into a top N. */
  readonly unknown: boolean;
  readonly entries: ReferenceEntries;
}

/** A value and the n behind it (the count itself, or the base of a mean). */
export interface ReferenceValue {
  readonly value: number | null;
  readonly n: number;
}

/**
 * One row of a group table for one period: what `computeGroup` yields as `key`, `label`,
 * `kind`, `current` (here `values`) and `currentN` (here `n`).
 *
 * @example
 * const row: ReferenceGroupRow = { key: "Noord", label: "Noord", kind: "group", values: { active: 12 }, n: { active: 12 } };
 */
export interface ReferenceGroupRow {
  readonly key: string;
  readonly label: string;
  readonly kind: "group" | "other" | "total";
  /** Value per measure id. */
  readonly values: Readonly<Record<string, number | null>>;
  /** Per measure id, the n behind the value. */
  readonly n: Readonly<Record<string, number>>;
}

/** Options of a grouped reference computation. */
export interface ReferenceGroupOptions {
  /** Keep only the cases passing every filter (category fields; not for activities). */
  readonly filters?: readonly CaseFilter[];
  /** Show the N largest rows and put the rest under "Overig" (value-ordered tables; a whole number ≥ 1). */
  readonly topN?: number;
  /** byAgeBand: lower bounds of the age bands, ascending whole numbers ≥ 0. */
  readonly ageBands?: readonly number[];
  /**
   * byMonth: count the same days a year earlier (the comparison side of a report), keeping
   * the rows (keys and labels) of the months of the period.
   */
  readonly yearEarlier?: boolean;
}

/** A grouped reference computation: the rows of one group table for one period. */
export type ReferenceGroup = (
  data: ReferenceData,
  period: Period,
  options: ReferenceGroupOptions
) => ReferenceGroupRow[];
