/**
 * The plain-data report table every writer renders (ExcelJS, Office.js, terminal).
 * Built by the core's standard report definition; writers add no numbers of their own.
 *
 * @module
 */
import type { Polarity, ValueFormat } from "./types";

/** One row of a comparison table (SPEC §6). */
export interface ReportRow {
  /** Row label as the report shows it ("Aantal aanmeldingen", "Financiën", "Totaal"). */
  readonly label: string;
  /** KPI id or group key the row comes from (for tests and the JSON). */
  readonly key: string;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous; null when either is null. */
  readonly delta: number | null;
  /** delta / |previous|; null when previous is 0 or null, and for rates and means (`deltaKind` 'points'). */
  readonly deltaPct: number | null;
  readonly format: ValueFormat;
  readonly polarity: Polarity;
  /** 'absolute': Δ in the value's unit with Δ%; 'points': rates and means, Δ in %-punt or days, no Δ%. */
  readonly deltaKind: "absolute" | "points";
  readonly isTotal: boolean;
  /** Text shown for a null value instead of "–" (activities' deelnemers: "n.v.t."). */
  readonly missingText?: string;
  /**
   * Publication mode (SPEC §6 small numbers): which cells are hidden.
   * 'small' shows "<5" (or "<10"); 'hidden' shows "–" with a legend mark.
   */
  readonly suppressed?: {
    readonly previous?: "small" | "hidden";
    readonly current?: "small" | "hidden";
    readonly delta?: boolean;
  };
}

/** A table of the report: title, column headers naming the periods, rows. */
export interface ReportTable {
  /** Stable id ("kpis", "individual", "byCaseType", "topDomains", ...). */
  readonly id: string;
  /** Dutch title shown above the table ("Inzicht meetbare resultaten"). */
  readonly title: string;
  /** Five headers: label column, previous period, current period, "Verschil", "Verschil %". */
  readonly headers: readonly [string, string, string, string, string];
  readonly rows: readonly ReportRow[];
  /** Native chart the Excel writer adds (task pane) where people would rather look. */
  readonly chart?: "bar" | "column" | "line";
  /** Draw an in-cell data bar over the current-period column. */
  readonly dataBar?: boolean;
  /** Notes printed below the table (legend of "<5", definitions). */
  readonly notes?: readonly string[];
}

/** One definition on the "Toelichting" sheet. */
export interface ReportDefinition {
  readonly label: string;
  readonly definition: string;
  /** Dutch: which rows a missing or unusable value leaves out ("Wat niet meetelt"). */
  readonly excludes?: string;
}

/** A whole report: its tables plus what the "Toelichting" and "Controle" sheets show. */
export interface Report {
  readonly title: string;
  readonly periodLabel: string;
  readonly previousLabel: string;
  readonly tables: readonly ReportTable[];
  /**
   * Definitions of the KPIs used (from the registry, see `definitionEntries`): label → Dutch
   * definition and, when the registry says so, which rows a missing or unusable value leaves out.
   */
  readonly definitions: readonly ReportDefinition[];
  /** Parameters used, as Dutch label/value pairs ("Recidive: minimale tussenpoos" → "6 maanden"). */
  readonly parameters: readonly { readonly label: string; readonly value: string }[];
  /**
   * Publication mode (SPEC §6 small numbers), when on: person counts below `threshold`
   * are shown as "<threshold" (e.g. "<5"). Absent: nothing is suppressed.
   */
  readonly publication?: { readonly threshold: number };
}
