import { dayToIso } from "../dates/dayToIso";
import type { Engine } from "../engine/Engine";
import type { DataIssue, Period, RecidiveOptions } from "../types";
import { compareGroup } from "./compareGroup";
import { evaluateKpi } from "./computeKpi";
import { GROUP_REGISTRY, type GroupId } from "./groupRegistry";
import { KPI_REGISTRY, type KpiId } from "./kpiRegistry";

/** A period as the JSON shows it. */
export interface KpiJsonPeriod {
  readonly label: string;
  /** ISO date yyyy-mm-dd. */
  readonly start: string;
  readonly end: string;
}

/** The machine-readable result of SPEC §8 (`welzijnsmonitor report --json`). */
export interface KpiJson {
  readonly period: KpiJsonPeriod;
  readonly previous: KpiJsonPeriod;
  /** Every scalar KPI of the registry, by id. */
  readonly kpis: Readonly<
    Record<KpiId, { readonly current: number | null; readonly previous: number | null }>
  >;
  /** Every grouped KPI of the registry, by id. */
  readonly groups: Readonly<
    Record<
      GroupId,
      readonly {
        readonly key: string;
        readonly current: number | null;
        readonly previous: number | null;
      }[]
    >
  >;
  readonly issues: readonly DataIssue[];
}

/** Options of {@link buildKpiJson}: the JSON is always unfiltered (SPEC §8). */
export interface KpiJsonOptions {
  readonly recidive?: Partial<RecidiveOptions>;
  readonly ageBands?: readonly number[];
}

/**
 * Builds the JSON object of SPEC §8: both periods with ISO dates, every scalar KPI of the
 * registry (unfiltered) for both periods, every grouped KPI as its group rows with the main
 * measure, and every data issue. Group lists hold the group rows only — no top N, no "Overig"
 * and no "Totaal" (a total is a sum a reader can form, and for byDomain it is not the number
 * of cases); an "Onbekend" row has key ''. A group that cannot be computed is an empty list.
 *
 * @param engine - The engine of the dataset ({@link createEngine}).
 * @param period - The current period.
 * @param previous - The comparison period.
 * @param options - Recidive options and age bands.
 * @returns A plain object, ready for `JSON.stringify`.
 * @example
 * buildKpiJson(engine, period, previousYearPeriod(period)).kpis.started // { current: 304, previous: 285 }
 */
export function buildKpiJson(
  engine: Engine,
  period: Period,
  previous: Period,
  options?: KpiJsonOptions
): KpiJson {
  const kpiOptions = { recidive: options?.recidive };
  const { dataset } = engine;
  const kpis: Partial<Record<KpiId, { current: number | null; previous: number | null }>> = {};
  for (const kpi of KPI_REGISTRY) {
    kpis[kpi.id] = {
      current: evaluateKpi(engine, kpi, period, kpiOptions).value,
      previous: evaluateKpi(engine, kpi, previous, kpiOptions).value,
    };
  }
  const groups: Partial<
    Record<GroupId, { key: string; current: number | null; previous: number | null }[]>
  > = {};
  for (const group of GROUP_REGISTRY) {
    const comparison = compareGroup(engine, group.id, period, previous, {
      ...kpiOptions,
      ageBands: options?.ageBands,
    });
    groups[group.id] = comparison.rows
      .filter((row) => row.kind === "group")
      .map((row) => ({
        key: row.key,
        current: row.current[group.mainMeasure] ?? null,
        previous: row.previous[group.mainMeasure] ?? null,
      }));
  }
  return {
    period: jsonPeriod(period),
    previous: jsonPeriod(previous),
    // Complete: the loops above set every id of both registries.
    kpis: kpis as KpiJson["kpis"],
    groups: groups as KpiJson["groups"],
    issues: dataset.issues.map(({ table, row, column, code, severity, message }) => ({
      table,
      row,
      column,
      code,
      severity,
      message,
    })),
  };
}

function jsonPeriod(period: Period): KpiJsonPeriod {
  return { label: period.label, start: dayToIso(period.start), end: dayToIso(period.end) };
}
