/**
 * The rule of a group table of SPEC §4 as data: a breakdown (the rows) and, per column, a
 * measure. Each entry of `GROUP_REGISTRY` holds its rule beside the columns' labels, kinds,
 * order and Totaal; this is what each column counts.
 *
 * @module
 */
import type { ActivityAggregate } from "./activityMeasures";
import type { CaseMeasureRule, RowMeasureRule } from "./measureRule";
import type { CategoryField } from "./tableRows";

/**
 * What one column of a table measures: a measure over cases, over the rows of another table
 * that belong to a case (the ZRM's (case, main domain) pairs, in the row of the pair's domain),
 * or over the meetings of the activities table.
 */
export type TableMeasure =
  | { readonly on: "cases"; readonly rule: CaseMeasureRule }
  | { readonly on: "rows"; readonly rule: RowMeasureRule }
  | { readonly on: "activities"; readonly aggregate: ActivityAggregate };

/**
 * The rows of a table:
 * - `category`: a category field, "Onbekend" for an empty or unusable value;
 * - `mainDomains`: each usable main domain of a case (a case in several rows);
 * - `complexity`, `ratingClass`, `ageBand`: fixed rows (see tableRows.ts);
 * - `months`: the calendar months of the period, each a period of its own;
 * - `activityCategory`: the category of a meeting.
 */
export type TableBreakdown =
  | { readonly by: "category"; readonly field: CategoryField }
  | {
      readonly by:
        "mainDomains" | "complexity" | "ratingClass" | "ageBand" | "months" | "activityCategory";
    };

/** A group table's rule: its rows and, per measure id of the registry entry, its measure. */
export interface GroupRule {
  readonly rows: TableBreakdown;
  readonly measures: Readonly<Record<string, TableMeasure>>;
  /**
   * Measures whose Totaal is the measure over the whole range of the rows' periods rather than
   * the rows pooled (byMonth: a case active in several months is one case in the Totaal).
   */
  readonly totalOverRange?: readonly string[];
}
