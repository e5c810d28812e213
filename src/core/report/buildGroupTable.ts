import { DUTCH_MONTH_NAMES } from "../dates/dutchMonths";
import { getGroup, type GroupId } from "../kpis/groupRegistry";
import type { KpiId } from "../kpis/kpiRegistry";
import type { GroupComparisonRow, GroupMeasure } from "../kpis/groupTypes";
import { findFieldDefinition } from "../mapping/fieldDefinitions";
import { buildReportRow } from "./buildReportRow";
import {
  ABSENT_TABLE_REASON,
  comparisonHeaders,
  missingFieldNames,
  type BuiltTable,
  type ReportBuildContext,
} from "./reportBuildContext";
import type { GroupTableSpec } from "./reportTableSpec";
import type { PublicationRowInfo, RowSum } from "./publicationMarks";
import { publicationQuantity } from "./publicationQuantity";

/** Shown for deelnemers when no meeting of a group has a number (SPEC §4 activities). */
export const NOT_APPLICABLE_TEXT = "n.v.t.";

/**
 * Builds a table of one measure of a grouped KPI: one row per group (top N plus "Overig"
 * when asked), then the Totaal row. Rows follow the group's order; a table of a measure other
 * than the one the group sorts by is sorted by its own current value ("Onbekend" last). A
 * group the export cannot serve (no team column, no activities table) is left out.
 *
 * @param spec - the table's definition
 * @param context - dataset, periods and options
 * @returns the table with its publication info, or why it was left out
 * @throws RangeError when the spec names a measure the group does not have
 *
 * @example
 * buildGroupTable({ kind: 'group', id: 'byTeam.started', title: 'Per team – opgestart', group: 'byTeam', measure: 'started' }, context)
 */
export function buildGroupTable(spec: GroupTableSpec, context: ReportBuildContext): BuiltTable {
  const group = getGroup(spec.group);
  const measureId = spec.measure ?? group.mainMeasure;
  const measure = group.measures.find((m) => m.id === measureId);
  if (measure === undefined)
    throw new RangeError(`buildGroupTable: group '${group.id}' has no measure '${measureId}'`);
  const comparison = context.compare(group.id, spec.useTopN === true ? context.topN : undefined);
  if (comparison.rows.length === 0)
    return { omitted: omittedReason(group.requires, group.inputs, group.anyOf, context) };

  const ordered =
    measureId !== group.mainMeasure && group.order === "value"
      ? sortByMeasure(comparison.rows, measureId)
      : comparison.rows;
  const monthNames = spec.rowLabelStyle === "monthName" ? monthNameLabels(ordered) : undefined;
  const rows = ordered.map((r) =>
    buildReportRow({
      label:
        (r.kind === "group" ? (spec.rowLabels?.[r.key] ?? monthNames?.get(r.key)) : undefined) ??
        r.label,
      key: r.key,
      previous: r.previous[measureId] ?? null,
      current: r.current[measureId] ?? null,
      format: measure.format,
      polarity: measure.polarity,
      deltaKind: measure.deltaKind,
      isTotal: r.kind === "total",
      ...(measure.kind === "sumOrNull" ? { missingText: NOT_APPLICABLE_TEXT } : {}),
    })
  );
  const info = ordered.map((r): PublicationRowInfo => ({
    countsPersons: measure.personCount,
    ...(measure.kind === "mean"
      ? { n: { previous: r.previousN[measureId] ?? 0, current: r.currentN[measureId] ?? 0 } }
      : {}),
    ...groupQuantity(group.id, measureId, r),
  }));
  return {
    table: {
      id: spec.id,
      title: spec.title.replace("{topN}", String(context.topN)),
      headers: comparisonHeaders(group.keyLabel, context),
      rows,
      ...(spec.chart === undefined ? {} : { chart: spec.chart }),
      ...(spec.dataBar === true ? { dataBar: true } : {}),
      ...(spec.notes === undefined ? {} : { notes: spec.notes }),
    },
    publication: { rows: info, sums: totalSums(ordered, measure) },
    definitions: [{ label: group.label, definition: group.definition, excludes: group.excludes }],
  };
}

/** "januari" … for month keys '2024-01' …, when they all lie in one year; else undefined. */
function monthNameLabels(rows: readonly GroupComparisonRow[]): Map<string, string> | undefined {
  const months = rows.filter((r) => r.kind === "group").map((r) => /^(\d{4})-(\d{2})$/.exec(r.key));
  if (months.some((m) => m === null) || new Set(months.map((m) => m?.[1])).size > 1)
    return undefined;
  return new Map(
    months.map((m) => [m?.[0] ?? "", DUTCH_MONTH_NAMES[Number(m?.[2]) - 1] ?? m?.[0] ?? ""])
  );
}

function sortByMeasure(
  rows: readonly GroupComparisonRow[],
  measureId: string
): GroupComparisonRow[] {
  const groups = rows.filter((r) => r.kind === "group");
  const value = (r: GroupComparisonRow): number => r.current[measureId] ?? -Infinity;
  groups.sort((a, b) => {
    const unknownA = a.key === "";
    if (unknownA !== (b.key === "")) return unknownA ? 1 : -1;
    return value(b) - value(a) || a.label.localeCompare(b.label, "nl");
  });
  return [...groups, ...rows.filter((r) => r.kind !== "group")];
}

/** Totaal = Σ groups + Overig, when the measure adds up (publication mode checks it per column). */
function totalSums(rows: readonly GroupComparisonRow[], measure: GroupMeasure): RowSum[] {
  const total = rows.findIndex((r) => r.kind === "total");
  if (total < 0 || !measure.summable) return [];
  const parts = rows.flatMap((r, i) => (r.kind === "total" ? [] : [i]));
  return [{ total, parts }];
}

/** Groups whose rows are the values of a case field: their rows equal KPIs filtered on it. */
const GROUP_FIELD: Readonly<Partial<Record<GroupId, string>>> = {
  byCaseType: "caseType",
  byProduct: "product",
  byTeam: "team",
  byReferrer: "referrer",
  byCloseReason: "closeReason",
};

/** The scalar KPI a group's Totaal equals (byDomain: the help questions); absent: the measure itself. */
const TOTAL_QUANTITY: Readonly<Partial<Record<GroupId, KpiId>>> = { byDomain: "helpQuestions" };

/** Groups whose Totaal is not a scalar KPI (byRating leaves out cases without a rating). */
const OWN_TOTAL: ReadonlySet<GroupId> = new Set<GroupId>(["byRating", "zrmGrowth"]);

/**
 * The quantity a group row shows for report-wide publication mode: the IT row of byCaseType is
 * `active|caseType=IT`, as in "Individuele trajecten – behandeld"; a Totaal is the scalar KPI
 * (every group has an "Onbekend" row, so its Totaal covers all cases). Activities are not
 * case counts and get no quantity; neither does "Overig".
 */
function groupQuantity(
  groupId: GroupId,
  measureId: string,
  row: GroupComparisonRow
): Pick<PublicationRowInfo, "quantity"> {
  if (groupId === "activities" || row.kind === "other") return {};
  if (row.kind === "total") {
    if (OWN_TOTAL.has(groupId)) return { quantity: `${groupId}.${measureId}.total` };
    return { quantity: TOTAL_QUANTITY[groupId] ?? measureId };
  }
  const field = GROUP_FIELD[groupId] ?? groupId;
  return { quantity: publicationQuantity(measureId, [{ field, values: [row.key] }]) };
}

function omittedReason(
  requires: "zrm" | "activities" | undefined,
  inputs: number,
  anyOf: readonly string[] | undefined,
  context: ReportBuildContext
): string {
  if (requires !== undefined && context.dataset[requires] === undefined)
    return ABSENT_TABLE_REASON[requires];
  const missing = missingFieldNames(context.dataset, inputs);
  if (anyOf !== undefined && missing.length === 0) {
    missing.push(
      anyOf.map((field) => findFieldDefinition("cases", field)?.label ?? field).join(" of ")
    );
  }
  if (missing.length === 0) return "de benodigde gegevens ontbreken in de export";
  return missing.length === 1
    ? `kolom ${missing[0]} ontbreekt`
    : `kolommen ${missing.join(", ")} ontbreken`;
}
