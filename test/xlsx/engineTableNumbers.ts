/**
 * The numbers each table of the standard report must show, computed straight from the engine
 * (computeKpi, computeGroup, computeRecidiveBreakdown), with the filters written down here by
 * hand, for the workbook tests. Nothing here reads the report builder: a wrong filter, a
 * swapped period or a lost row in the builder shows up as a mismatch.
 */
import {
  computeGroup,
  computeRecidiveBreakdown,
  getGroup,
  getKpi,
  type CaseFilter,
  type Dataset,
  type Period,
} from "../../src/core/index";
import { OTHER_KEY, TOTAL_KEY } from "../../src/core/kpis/arrangeGroupRows";
import { computeKpi, isKpiAvailable } from "../../src/core/kpis/computeKpi";
import { resolveRecidiveOptions } from "../../src/core/recidive/recidiveOptions";
import type { ValueFormat } from "../../src/core/types";
import type { GroupId } from "../../src/core/kpis/groupRegistry";
import type { KpiId } from "../../src/core/kpis/kpiRegistry";
import { engineOf } from "../helpers/engineOf";

/** One row as the engine has it: key, both periods' values, and how the report shows it. */
export interface EngineRow {
  readonly key: string;
  readonly previous: number | null;
  readonly current: number | null;
  readonly format: ValueFormat;
  /** Rates and means: Δ in points or days, no Δ%. */
  readonly points: boolean;
}

const IT_LS: CaseFilter = { field: "caseType", values: ["IT", "LS"] };
const only = (type: string): CaseFilter => ({ field: "caseType", values: [type] });

type Source =
  | { readonly kpis: readonly { key: string; kpi: KpiId; filters?: CaseFilter[] }[] }
  | { readonly group: GroupId; readonly measure: string; readonly topN?: number }
  | { readonly breakdown: CaseFilter };

const support = (type: string) =>
  (["started", "active", "closed", "meanDurationClosed"] as const).map((kpi) => ({
    key: `${type}.${kpi}`,
    kpi,
    filters: [only(type)],
  }));

/** Where each table's numbers come from (SPEC §4–§6), by table id. */
export const TABLE_SOURCES: Readonly<Record<string, Source>> = {
  kpis: {
    kpis: [
      ...(
        [
          "registrations",
          "infoAdvice",
          "meanWaitDays",
          "started",
          "active",
          "closed",
          "openAtEnd",
          "uniqueClients",
          "helpQuestions",
        ] as const
      ).map((kpi) => ({ key: kpi, kpi })),
      ...(["recidive", "recidivists", "recidivePct"] as const).map((kpi) => ({
        key: kpi,
        kpi,
        filters: [IT_LS],
      })),
      { key: "complaints", kpi: "complaints" },
    ],
  },
  individual: { kpis: [...support("IT"), ...support("LS")] },
  results: {
    kpis: (
      [
        "goalReachedPct",
        "canContinueAlonePct",
        "meanRating",
        "newClientPct",
        "selfReferralPct",
        "meanDurationClosed",
        "meanDurationActive",
        "meanContacts",
        "overFiveContactsPct",
      ] as const
    ).map((kpi) => ({ key: kpi, kpi })),
  },
  byCaseType: { group: "byCaseType", measure: "active" },
  "byCaseType.meanDurationClosed": { group: "byCaseType", measure: "meanDurationClosed" },
  byProduct: { group: "byProduct", measure: "active" },
  "byProduct.meanDurationClosed": { group: "byProduct", measure: "meanDurationClosed" },
  topDomains: { group: "byDomain", measure: "active", topN: 5 },
  zrmGrowth: { group: "zrmGrowth", measure: "growth" },
  byComplexity: { group: "byComplexity", measure: "active" },
  recidive: { breakdown: IT_LS },
  byCloseReason: { group: "byCloseReason", measure: "closed" },
  byRating: { group: "byRating", measure: "closed" },
  byReferrer: { group: "byReferrer", measure: "started" },
  byAgeBand: { group: "byAgeBand", measure: "active" },
  "byTeam.started": { group: "byTeam", measure: "started" },
  byTeam: { group: "byTeam", measure: "active" },
  "byTeam.closed": { group: "byTeam", measure: "closed" },
  "byTeam.meanWaitDays": { group: "byTeam", measure: "meanWaitDays" },
  byMonth: { group: "byMonth", measure: "started" },
  "byMonth.active": { group: "byMonth", measure: "active" },
  "byMonth.closed": { group: "byMonth", measure: "closed" },
  activities: { group: "activities", measure: "trajecten" },
  "activities.bijeenkomsten": { group: "activities", measure: "bijeenkomsten" },
  "activities.deelnemers": { group: "activities", measure: "deelnemers" },
};

/**
 * A value rounded to what the report shows: whole days, 0,1% (a fraction to three decimals),
 * one decimal for scores and growth; counts as they are. Half away from zero, as Excel shows.
 */
export function shown(value: number | null, format: ValueFormat): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const decimals = { count: 0, days: 0, percent: 3, decimal: 1, score: 1 }[format];
  const factor = 10 ** decimals;
  const rounded = Math.round(Number((Math.abs(value) * factor).toFixed(9))) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The engine's rows for one table of the standard report, keyed as the report keys them. */
export function engineRows(
  tableId: string,
  dataset: Dataset,
  period: Period,
  previous: Period
): Map<string, EngineRow> {
  const source = TABLE_SOURCES[tableId];
  if (source === undefined) throw new Error(`no engine source for table '${tableId}'`);
  const rows = new Map<string, EngineRow>();
  if ("kpis" in source) {
    for (const { key, kpi, filters } of source.kpis) {
      const definition = getKpi(kpi);
      // A KPI whose column the export lacks (the sample has no contact moments) is no row.
      if (!isKpiAvailable(definition, dataset, resolveRecidiveOptions())) continue;
      const options = { recidive: {}, ...(filters === undefined ? {} : { filters }) };
      rows.set(key, {
        key,
        previous: computeKpi(engineOf(dataset), kpi, previous, options),
        current: computeKpi(engineOf(dataset), kpi, period, options),
        format: definition.format,
        points: definition.deltaKind === "points",
      });
    }
    return rows;
  }
  if ("breakdown" in source) {
    const options = { recidive: {}, filters: [source.breakdown] };
    const before = computeRecidiveBreakdown(engineOf(dataset), previous, options);
    const now = computeRecidiveBreakdown(engineOf(dataset), period, options);
    if (before === null || now === null) throw new Error("no recidive breakdown");
    const keys = [
      "started",
      "recidive",
      "multiplePrevious",
      "sameQuestion",
      "onlyNewQuestions",
      "reopened",
      "newClients",
    ] as const;
    for (const key of keys)
      rows.set(key, {
        key,
        previous: before[key],
        current: now[key],
        format: "count",
        points: false,
      });
    const withoutClient = (b: typeof now) => b.started - b.recidive - b.reopened - b.newClients;
    if (withoutClient(before) !== 0 || withoutClient(now) !== 0)
      rows.set("withoutClient", {
        key: "withoutClient",
        previous: withoutClient(before),
        current: withoutClient(now),
        format: "count",
        points: false,
      });
    return rows;
  }
  const group = getGroup(source.group);
  const measure = group.measures.find((m) => m.id === source.measure);
  if (measure === undefined) throw new Error(`no measure ${source.measure}`);
  const format = measure.format;
  const points = measure.deltaKind === "points";
  const now = computeGroup(engineOf(dataset), group.id, period, {
    ...(source.topN === undefined ? {} : { topN: source.topN }),
  }).rows;
  // The previous period in full: with a top N the current period picks the groups.
  const before = computeGroup(engineOf(dataset), group.id, previous).rows;
  // byMonth: January of the previous year is compared with January of this one.
  const previousKey = (key: string) =>
    group.id === "byMonth" && /^\d{4}-\d{2}$/.test(key)
      ? `${Number(key.slice(0, 4)) - 1}${key.slice(4)}`
      : key;
  const missing = measure.kind === "mean" || measure.kind === "sumOrNull" ? null : 0;
  const beforeOf = (key: string) =>
    before.find((r) => r.kind === "group" && r.key === previousKey(key));
  const totalBefore = before.find((r) => r.key === TOTAL_KEY)?.current[measure.id] ?? null;
  for (const row of now) {
    let previousValue: number | null;
    if (row.key === TOTAL_KEY) previousValue = totalBefore;
    else if (row.key === OTHER_KEY) {
      const top = now.filter((r) => r.kind === "group").map((r) => r.key);
      const topSum = top.reduce((a, k) => a + (beforeOf(k)?.current[measure.id] ?? 0), 0);
      previousValue = totalBefore === null ? null : totalBefore - topSum;
    } else previousValue = beforeOf(row.key)?.current[measure.id] ?? missing;
    rows.set(row.key, {
      key: row.key,
      previous: previousValue,
      current: row.current[measure.id] ?? null,
      format,
      points,
    });
  }
  // A group seen only in the previous period keeps its row (current 0), unless a top N folds it into Overig.
  if (source.topN === undefined && group.id !== "byMonth") {
    for (const row of before) {
      if (row.kind !== "group" || rows.has(row.key)) continue;
      rows.set(row.key, {
        key: row.key,
        previous: row.current[measure.id] ?? null,
        current: missing,
        format,
        points,
      });
    }
  }
  return rows;
}
