import type { Polarity, ValueFormat } from "../types";
import type { KpiOptions } from "./kpiResult";

/**
 * How a measure's value comes from its tallies, and so how an "Overig" or "Totaal" row over
 * several groups is formed: `count` sums; `mean` divides the summed sums by the summed n;
 * `distinct` unites the sets of ids; `sumOrNull` sums, null when no row had a number.
 */
export type MeasureKind = "count" | "mean" | "distinct" | "sumOrNull";

/** One value column of a grouped KPI. */
export interface GroupMeasure {
  readonly id: string;
  /** Dutch column label ("Behandeld", "Doorlooptijd afgesloten (in dagen)"). */
  readonly label: string;
  readonly format: ValueFormat;
  readonly polarity: Polarity;
  readonly deltaKind: "absolute" | "points";
  /** Whether the value counts persons (cases, clients, participants): small-number suppression applies. */
  readonly personCount: boolean;
  /**
   * Whether the "Overig" and "Totaal" values are the sums of the group rows' values (so that a
   * hidden cell could be worked out from the others). False for means, distinct counts and
   * counts where a case sits in several rows (byMonth's active).
   */
  readonly summable: boolean;
  readonly kind: MeasureKind;
}

/** Options of a grouped KPI. */
export interface GroupOptions extends KpiOptions {
  /** Keep the N largest groups of the current period and sum the rest into "Overig". Value-ordered groups only. */
  readonly topN?: number;
  /** Lower bounds of the age bands, ascending. Default [0, 18, 27, 45, 55, 65]. */
  readonly ageBands?: readonly number[];
}

/** One group's tallies in one period. */
export interface GroupBucket {
  /** Stable key: the category label, '1'..'10', '0-17', '2024-01', '' for "Onbekend". */
  readonly key: string;
  /** Dutch row label. */
  readonly label: string;
  /** Position in fixed-order groups (ignored for value-ordered ones). */
  readonly order: number;
  /** The "Onbekend" bucket: listed last, never ranked into a top N. */
  readonly unknown: boolean;
  /** Per measure (index as in the definition): sum of the values. */
  readonly sum: readonly number[];
  /** Per measure: number of values (cases, pairs, rows with a number). */
  readonly n: readonly number[];
  /** Per measure of kind 'distinct': the ids seen. */
  readonly ids: readonly (ReadonlySet<number> | undefined)[];
}

/** A group calculation's result for one period. */
export interface GroupTally {
  readonly buckets: readonly GroupBucket[];
  /**
   * Per measure id, the "Totaal" value when it is not formed from the buckets (byMonth's
   * active: cases active in the whole period, not the sum over months).
   */
  readonly totals?: Readonly<Record<string, { readonly value: number | null; readonly n: number }>>;
}

/** A grouped KPI of SPEC §4: its rows, its measures, and its calculation. */
export interface GroupDefinition {
  readonly id: string;
  /** Dutch table title ("Type trajecten"). */
  readonly label: string;
  /** Dutch definition for the "Toelichting" sheet. */
  readonly definition: string;
  /** Dutch header of the key column ("Hoofddomein"). */
  readonly keyLabel: string;
  readonly measures: readonly GroupMeasure[];
  /** The measure rows are sorted by and the JSON reports. */
  readonly mainMeasure: string;
  /** Whether a "Totaal" row is added. */
  readonly hasTotal: boolean;
  /** Label of the Totaal row ("Totaal", or "Totaal hulpvragen" for byDomain). */
  readonly totalLabel: string;
  /** 'value': by the current main measure, descending, then label; 'fixed': the definition's own order. */
  readonly order: "value" | "fixed";
  /** FieldBits that must be mapped (the `start` bit: startedOn or registeredOn). */
  readonly inputs: number;
  /** Fields of which at least one must be mapped (byAgeBand: birthDate or age). */
  readonly anyOf?: readonly ("birthDate" | "age")[];
  readonly requires?: "zrm" | "activities";
  /** False when case filters cannot apply (activities: no rows under a filter). */
  readonly filterable: boolean;
}

/** One row of a grouped comparison. */
export interface GroupComparisonRow {
  readonly key: string;
  readonly label: string;
  /** Value per measure id in the current period. */
  readonly current: Readonly<Record<string, number | null>>;
  /** Value per measure id in the comparison period. */
  readonly previous: Readonly<Record<string, number | null>>;
  /** Per measure id, the n behind the current value (the count, or the base of a mean). */
  readonly currentN: Readonly<Record<string, number>>;
  /** Per measure id, the n behind the previous value. */
  readonly previousN: Readonly<Record<string, number>>;
  readonly kind: "group" | "other" | "total";
}

/** A grouped KPI over two periods. Empty `rows` when the KPI cannot be computed (unmapped input, absent table). */
export interface GroupComparison {
  readonly id: string;
  readonly rows: GroupComparisonRow[];
}
