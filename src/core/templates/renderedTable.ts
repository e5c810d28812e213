/**
 * A template's table as plain data, after evaluation: what the JSON prints and the writers
 * render.
 *
 * @module
 */
import type { ValueFormat } from "../types";
import type { ChartKind } from "./templateSpec";

/**
 * What a column holds: a measure's value (in the row's format), a difference with the column
 * before (`delta`, in the row's format), a relative difference (`deltaPct`, a fraction) or a
 * share of the column total (`share`, a fraction).
 */
export type RenderedColumnKind = "value" | "delta" | "deltaPct" | "share";

/** A column of a rendered table. */
export interface RenderedColumn {
  /** Dutch header ("Q1 2024", "Verschil", "Noord", "Totaal", "Aandeel"). */
  readonly header: string;
  readonly kind: RenderedColumnKind;
  /** The format of this column's values when it is not the row's (a column per measure). */
  readonly format?: ValueFormat;
  /**
   * Two-level headers (a column per period and measure): the upper header shared by the columns
   * of one period ("Q1 2024") and this column's own, lower header ("Gestart"). `header` is the
   * two joined ("Q1 2024: Gestart"), for outputs with one header row.
   */
  readonly group?: { readonly label: string; readonly header: string };
}

/** A row of a rendered table. */
export interface RenderedRow {
  /** Dutch label ("Noord", "Aantal aanmeldingen", "Totaal"). */
  readonly label: string;
  /** Stable key: the group key ("" for Onbekend, "#overig", "#totaal") or the KPI id. */
  readonly key: string;
  /** One value per column, raw (fractions as 0..1), rounded as shown; null for none. */
  readonly values: readonly (number | null)[];
  /** The format of the row's `value` columns. */
  readonly format: ValueFormat;
  readonly isTotal: boolean;
  /**
   * What each value column shows (publication mode's audit): the KPI, the cases' filter (the
   * table's and the measure's, and the row's and column's group) and the period; null for a
   * derived column (Verschil, Aandeel). Not printed.
   */
  readonly sources?: readonly (CellSource | null)[];
  /**
   * Publication mode (SPEC §6 small numbers), parallel to `values`: 'small' shows "<5" (the
   * table's threshold), 'hidden' shows "–*", null or absent is shown as is. A marked value is
   * null in `values`, so that no output can show it by mistake.
   */
  readonly suppressed?: readonly ("small" | "hidden" | null)[];
}

/** The quantity one cell of a rendered table shows. */
export interface CellSource {
  readonly kpi: string;
  /** Field (or dimension) → allowed values: the table's and measure's filter and the groups. */
  readonly filter: Readonly<Record<string, readonly string[]>>;
  readonly start: number;
  readonly end: number;
  /** The number of units the value is over (a mean's or share's n). */
  readonly n: number;
}

/** A rendered table of a template. */
export interface RenderedTable {
  readonly id: string;
  readonly title: string;
  /** Header of the label column. */
  readonly rowHeader: string;
  readonly columns: readonly RenderedColumn[];
  readonly rows: readonly RenderedRow[];
  /** Notes printed below the table (the spec's note, what the total is). */
  readonly notes: readonly string[];
  readonly chart?: ChartKind;
  /**
   * The value columns are periods (a comparison or a series): a line chart runs over them, one
   * line per row, rather than over the rows.
   */
  readonly periodColumns?: boolean;
  /**
   * Publication mode, when on: the threshold that "small" marks stand for ("<5", "<10") and
   * that the legend below the table names.
   */
  readonly publication?: { readonly threshold: number };
}

/** A table of a template: rendered, or left out with the Dutch reason (a missing column). */
export type TemplateTableOutcome =
  | { readonly kind: "table"; readonly table: RenderedTable }
  | {
      readonly kind: "omitted";
      readonly id: string;
      readonly title: string;
      readonly reason: string;
    };
