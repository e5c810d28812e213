/**
 * Report templates (data): a template is a list of table specs, each a measure (or several)
 * laid out by a rows dimension and a kind of columns. Built-in templates and a user's own JSON
 * file have this shape; `parseTemplate` checks a JSON value against it.
 *
 * @module
 */
import type { CaseFilter } from "../types";

/**
 * The fields a table can be broken down by: the case fields (category fields and the
 * multi-valued ones), then the fields of the activities table ({@link ACTIVITY_DIMENSION_FIELDS})
 * and of the ZRM pairs ({@link ZRM_DIMENSION_FIELDS}).
 */
export const DIMENSION_FIELDS = [
  "caseType",
  "product",
  "team",
  "closeReason",
  "referrer",
  "complexity",
  "weight",
  "referredTo",
  "rating",
  "mainDomains",
  "partners",
  "canContinueAlone",
  "resolvedDirectly",
  "selfReferral",
  "ageBand",
  "activityCategory",
  "targetGroup",
  "zrmDomain",
] as const;

/** A field a table can be broken down by. */
export type DimensionField = (typeof DIMENSION_FIELDS)[number];

/**
 * The dimension fields of the activities table: a meeting's category (`activityCategory`, the
 * column Categorie) and its target group (`targetGroup`, Doelgroep). They break down the measures
 * over the meetings (collectiveTrajects, meetings, participants), and only those: a meeting
 * belongs to no case, and a case has no category of activities.
 */
export const ACTIVITY_DIMENSION_FIELDS: readonly DimensionField[] = [
  "activityCategory",
  "targetGroup",
];

/**
 * The dimension field of the ZRM's (case, main domain) pairs: the pair's own domain
 * (`zrmDomain`). It breaks down the measures over the pairs (goalReachedPct, zrmMeanEndScore,
 * zrmMeanGrowth), and only those: a case has several main domains, a pair one. A case field
 * still breaks down those measures, through the pair's case.
 */
export const ZRM_DIMENSION_FIELDS: readonly DimensionField[] = ["zrmDomain"];

/**
 * What a table is broken down by:
 * - `{ field }`: a field of the case model (`ageBand` with optional lower `edges`, default
 *   0, 18, 27, 45, 55, 65), of the activities table (`activityCategory`, `targetGroup`) or of
 *   the ZRM pairs (`zrmDomain`);
 * - `{ column }`: any other column of the export, by its header as written in the export.
 */
export type DimensionSpec =
  | { readonly field: Exclude<DimensionField, "ageBand"> }
  | { readonly field: "ageBand"; readonly edges?: readonly number[] }
  | { readonly column: string };

/**
 * The order of a table's rows:
 * - `value`: by the value in the last value column, largest first ("Onbekend" last);
 * - `alphabetical`: by label;
 * - `natural`: the dimension's own order (ratings 1–10, age bands, complexity levels; the
 *   order in which a category first appears otherwise);
 * - `{ fixed }`: these keys first, in this order, then the rest by value;
 * - `{ top }`: the N largest by value, the rest pooled into one "Overig" row (`other: false`:
 *   the rest left out).
 */
export type RowOrder =
  | "value"
  | "alphabetical"
  | "natural"
  | { readonly fixed: readonly string[] }
  | { readonly top: number; readonly other?: boolean };

/** The rows of a table: one per group of a dimension (the table then has one measure). */
export interface RowsSpec {
  readonly dimension: DimensionSpec;
  /** Default: `natural` for fields with a fixed order (rating, ageBand, complexity), else `value`. */
  readonly order?: RowOrder;
  /** Header of the label column; default the dimension's Dutch name. */
  readonly header?: string;
  /** Add a "Totaal" row (the measure over the whole, never a sum of cells); default true. */
  readonly total?: boolean;
  /** Row labels by group key, as the organisation writes them ({ "IT": "Individuele trajecten" }). */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * The columns of a table:
 * - `comparison`: previous period, current period, Verschil, Verschil % (the standard layout);
 * - `series`: the quarters of the period's year up to its last quarter, its months, or the same
 *   range in each of the last `count` years (default 3), optionally with a Verschil column after
 *   each column but the first;
 * - `crosstab`: the groups of a second dimension as columns, then a Totaal column; with `of`,
 *   each group for each period of that series ("IT: t/m Q3 2023", "IT: t/m Q3 2024", …);
 * - `measures`: one column per measure, in the period (a rows dimension × several measures);
 *   with `of`, per period of that series and measure ("Q1 2024: Gestart", …).
 */
export type ColumnsSpec =
  | { readonly kind: "comparison" }
  | {
      readonly kind: "series";
      readonly of: "quarters" | "months" | "years";
      readonly count?: number;
      readonly delta?: boolean;
    }
  | {
      readonly kind: "crosstab";
      readonly dimension: DimensionSpec;
      readonly of?: "quarters" | "months" | "years";
      readonly count?: number;
      /** Column labels by group key, as the organisation writes them. */
      readonly labels?: Readonly<Record<string, string>>;
      /** Add the Totaal column(s) (the measure over all groups); default true. */
      readonly total?: boolean;
    }
  | {
      readonly kind: "measures";
      readonly of?: "quarters" | "months" | "years";
      readonly count?: number;
      /** With `of`: the upper header is the period (default) or the measure. */
      readonly first?: "period" | "measure";
    };

/** The kinds of chart a table can carry. */
export const CHART_KINDS = ["bar", "column", "line", "pie"] as const;

/** A chart attached to a table: its kind; the table's value columns are its series. */
export type ChartKind = (typeof CHART_KINDS)[number];

/**
 * A measure of a table: a KPI id, or a KPI id with the label the organisation gives it and a
 * filter of its own on top of the table's (a row "recidive" over IT and LS in a table of all
 * cases).
 */
export type MeasureSpec =
  | string
  | {
      readonly kpi: string;
      readonly label?: string;
      readonly filter?: readonly CaseFilter[];
    };

/** One table of a template. */
export interface TemplateTableSpec {
  /** Stable id, unique within the template ("perTeam", "tabel1"). */
  readonly id: string;
  /** Dutch title shown above the table. */
  readonly title: string;
  /**
   * KPIs of the registry (by id, or `{ kpi, label }`). With `rows`, exactly one, unless the
   * columns are `measures`.
   */
  readonly measures: readonly MeasureSpec[];
  /** The rows' dimension; absent: one row per measure. */
  readonly rows?: RowsSpec;
  readonly columns: ColumnsSpec;
  /** Add a column with each row's share of the total (of the last value column), as %. */
  readonly share?: boolean;
  /** Count only the cases these filters keep (e.g. case type IT). */
  readonly filter?: readonly CaseFilter[];
  /** A note printed below the table. */
  readonly note?: string;
  /**
   * Turn the table a quarter: its rows become the columns and its columns the rows (quarters
   * down the side, ratings across). Only for tables of values (no Verschil or Aandeel columns).
   */
  readonly transpose?: boolean;
  /** A chart beside the table; a pie shows the last value column. */
  readonly chart?: ChartKind;
}

/** A report template. */
export interface Template {
  /** Short name ("standaard", "utrecht", or the file's own). */
  readonly id: string;
  /** Dutch report title; `{periode}` is replaced by the period's label. */
  readonly title: string;
  readonly tables: readonly TemplateTableSpec[];
}
