import type { Engine } from "../engine/Engine";
import { compareGroup } from "../kpis/compareGroup";
import type { GroupId } from "../kpis/groupRegistry";
import type { GroupComparison } from "../kpis/groupTypes";
import { findFieldDefinition } from "../mapping/fieldDefinitions";
import type { ReportDefinition, ReportTable } from "../reportTable";
import {
  FieldBit,
  type CaseField,
  type CaseFilter,
  type Dataset,
  type Period,
  type RecidiveOptions,
} from "../types";
import type { PublicationRowInfo, RowSum } from "./publicationMarks";

/** What every table builder of the standard report reads. */
export interface ReportBuildContext {
  /** The engine of the dataset: every value of the report is evaluated through it. */
  readonly engine: Engine;
  /** The engine's dataset. */
  readonly dataset: Dataset;
  readonly period: Period;
  readonly previous: Period;
  readonly recidive: RecidiveOptions;
  readonly topN: number;
  readonly ageBands?: readonly number[];
  /** compareGroup, memoised per group and top N: several tables show measures of one group. */
  compare(group: GroupId, topN: number | undefined): GroupComparison;
}

/** A built table with what publication mode needs, or the reason it was left out. */
export type BuiltTable =
  | {
      readonly table: ReportTable;
      readonly publication: {
        readonly rows: readonly PublicationRowInfo[];
        readonly sums: readonly RowSum[];
      };
      /** KPI or group definitions the table uses: label → Dutch definition (and exclusions). */
      readonly definitions: readonly ReportDefinition[];
    }
  | { readonly omitted: string };

/**
 * Creates the build context of one report with a memoised group comparison.
 *
 * @param fields - the engine, periods, complete recidive options, top N and age bands
 * @returns the context
 * @example
 * const context = createReportBuildContext({ engine, period, previous, recidive: DEFAULT_RECIDIVE_OPTIONS, topN: 5 });
 * context.compare('byTeam', undefined).rows;
 */
export function createReportBuildContext(
  fields: Omit<ReportBuildContext, "compare" | "dataset">
): ReportBuildContext {
  const cache = new Map<string, GroupComparison>();
  return {
    ...fields,
    dataset: fields.engine.dataset,
    compare(group, topN) {
      const key = `${group}:${topN ?? ""}`;
      let comparison = cache.get(key);
      if (comparison === undefined) {
        comparison = compareGroup(fields.engine, group, fields.period, fields.previous, {
          recidive: fields.recidive,
          ...(topN === undefined ? {} : { topN }),
          ...(fields.ageBands === undefined ? {} : { ageBands: fields.ageBands }),
        });
        cache.set(key, comparison);
      }
      return comparison;
    },
  };
}

/**
 * The filters that can apply, and whether some had to be dropped because their field is not
 * in the export (only when the spec allows counting without them).
 *
 * @param dataset - the dataset (its mapped fields)
 * @param filters - the spec's filters
 * @param unfilteredIfUnmapped - whether a filter on a missing field may be dropped
 * @returns the filters to use and whether any were dropped
 * @example
 * resolveFilters(datasetWithoutCaseType, [INDIVIDUAL_FILTER], true) // { filters: undefined, dropped: true }
 */
export function resolveFilters(
  dataset: Dataset,
  filters: readonly CaseFilter[] | undefined,
  unfilteredIfUnmapped: boolean | undefined
): { readonly filters: readonly CaseFilter[] | undefined; readonly dropped: boolean } {
  if (filters === undefined) return { filters, dropped: false };
  const mapped = filters.filter((f) => dataset.cases.mappedFields.has(f.field));
  if (mapped.length === filters.length || unfilteredIfUnmapped !== true)
    return { filters, dropped: false };
  return { filters: mapped.length === 0 ? undefined : mapped, dropped: true };
}

/**
 * Dutch names of the case fields in a FieldBit mask that the export does not have, for the
 * "niet opgenomen" reasons.
 *
 * @param dataset - the dataset (its mapped fields)
 * @param inputs - a FieldBit mask (the `start` bit asks for startedOn or registeredOn)
 * @returns the Dutch field labels, in FieldBit order
 * @example
 * missingFieldNames(datasetWithoutTeam, FieldBit.team | FieldBit.closedOn) // ['Team']
 */
export function missingFieldNames(dataset: Dataset, inputs: number): string[] {
  const mapped = dataset.cases.mappedFields;
  const names: string[] = [];
  if (inputs & FieldBit.start && !mapped.has("startedOn") && !mapped.has("registeredOn"))
    names.push("Startdatum of Aanmelddatum");
  for (const field of Object.keys(FieldBit) as (CaseField | "start")[]) {
    if (field === "start" || (field === "startedOn" && inputs & FieldBit.start)) continue;
    if (inputs & FieldBit[field] && !mapped.has(field))
      names.push(findFieldDefinition("cases", field)?.label ?? field);
  }
  return names;
}

/** Dutch "niet opgenomen" reason for an absent optional table. */
export const ABSENT_TABLE_REASON: Readonly<Record<"zrm" | "activities" | "complaints", string>> = {
  zrm: "geen ZRM-scores aangeleverd",
  activities: "geen activiteitentabel aangeleverd",
  complaints: "geen klachtentabel aangeleverd",
};

/**
 * The five headers of a comparison table: the label column, both periods, Verschil, Verschil %.
 *
 * @param keyLabel - header of the label column
 * @param context - the periods
 * @returns the headers
 * @example
 * comparisonHeaders('Team', context) // ['Team', 't/m Q3 2023', 't/m Q3 2024', 'Verschil', 'Verschil %']
 */
export function comparisonHeaders(
  keyLabel: string,
  context: ReportBuildContext
): [string, string, string, string, string] {
  return [keyLabel, context.previous.label, context.period.label, "Verschil", "Verschil %"];
}
