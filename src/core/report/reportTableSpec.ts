import type { GroupId } from "../kpis/groupRegistry";
import type { KpiId } from "../kpis/kpiRegistry";
import type { CaseFilter } from "../types";

/** One row of a KPI table: a scalar KPI of the registry, optionally filtered and relabelled. */
export interface KpiRowSpec {
  /** KPI id of `KPI_REGISTRY`. */
  readonly kpi: KpiId;
  /** Row label; default the registry's label. */
  readonly label?: string;
  /** Row key; default the KPI id (must be unique within the table). */
  readonly key?: string;
  readonly filters?: readonly CaseFilter[];
  /**
   * When a filter names a field the export does not have, count without the filter (and say
   * so in a note) instead of leaving the row out. For recidive over IT and LS: an export
   * without a case type column holds only individual support.
   */
  readonly unfilteredIfUnmapped?: boolean;
}

/** A table of scalar KPIs, one row each ("Inzicht meetbare resultaten"). */
export interface KpiTableSpec {
  readonly kind: "kpis";
  readonly id: string;
  readonly title: string;
  /** Header of the label column. */
  readonly keyLabel: string;
  readonly rows: readonly KpiRowSpec[];
  readonly notes?: readonly string[];
}

/** A table of one measure of a grouped KPI ("Per team – opgestart"). */
export interface GroupTableSpec {
  readonly kind: "group";
  readonly id: string;
  /** Title; `{topN}` is replaced by the report's top N. */
  readonly title: string;
  /** Group id of `GROUP_REGISTRY`. */
  readonly group: GroupId;
  /** Measure id; default the group's main measure. */
  readonly measure?: string;
  /** Keep the report's top N groups plus "Overig". */
  readonly useTopN?: boolean;
  /** Display labels for group keys (case types "IT" → "Individuele trajecten"). */
  readonly rowLabels?: Readonly<Record<string, string>>;
  /**
   * 'monthName': label month keys ('2024-01') with the month name only ("januari") when all
   * months are in one year, since the columns already name the periods.
   */
  readonly rowLabelStyle?: "monthName";
  readonly chart?: "bar" | "column" | "line";
  readonly dataBar?: boolean;
  readonly notes?: readonly string[];
}

/** The recidive breakdown of SPEC §5 (Mensenwerk Hogeland's table). */
export interface RecidiveTableSpec {
  readonly kind: "recidiveBreakdown";
  readonly id: string;
  readonly title: string;
  readonly keyLabel: string;
  readonly filters?: readonly CaseFilter[];
  readonly unfilteredIfUnmapped?: boolean;
}

/** One table of a report definition: data, read by `buildStandardReport`. */
export type ReportTableSpec = KpiTableSpec | GroupTableSpec | RecidiveTableSpec;
