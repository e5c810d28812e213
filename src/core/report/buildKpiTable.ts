import { computeKpiResult, isKpiAvailable, kpiRequiredInputs } from "../kpis/computeKpi";
import { getKpi, type KpiId } from "../kpis/kpiRegistry";
import type { ReportDefinition, ReportRow } from "../reportTable";
import type { CaseFilter } from "../types";
import { buildReportRow } from "./buildReportRow";
import {
  ABSENT_TABLE_REASON,
  comparisonHeaders,
  missingFieldNames,
  resolveFilters,
  type BuiltTable,
  type ReportBuildContext,
} from "./reportBuildContext";
import { kpiRowLabel } from "./kpiRowLabel";
import type { KpiTableSpec } from "./reportTableSpec";
import type { PublicationRowInfo } from "./publicationMarks";
import { publicationQuantity } from "./publicationQuantity";

/**
 * Builds a table of scalar KPIs: one row per KPI of the spec, both periods, Δ and Δ%. A row
 * whose inputs the export lacks (an unmapped column, no complaints table) is left out and
 * named in a note; a table left without rows is left out. A row without its own label takes
 * the KPI's label with what sets it apart (`kpiRowLabel`): "Aantal recidive trajecten, zelfde
 * hoofddomein (IT+LS)".
 *
 * @param spec - the table's definition
 * @param context - dataset, periods and options
 * @returns the table with its publication info, or why it was left out
 *
 * @example
 * buildKpiTable(STANDARD_REPORT_TABLES[0], context) // { table: { id: 'kpis', rows: [...] }, ... }
 */
export function buildKpiTable(spec: KpiTableSpec, context: ReportBuildContext): BuiltTable {
  const { engine, dataset, period, previous, recidive } = context;
  const rows: ReportRow[] = [];
  const info: PublicationRowInfo[] = [];
  const definitions = new Map<string, ReportDefinition>();
  const missing: string[] = [];
  let unfiltered = false;
  for (const rowSpec of spec.rows) {
    const kpi = getKpi(rowSpec.kpi);
    const { filters, dropped } = resolveFilters(
      dataset,
      rowSpec.filters,
      rowSpec.unfilteredIfUnmapped
    );
    // An explicit label names its scope itself ("Leun en steun – opgestart").
    const label = rowSpec.label ?? kpiRowLabel(kpi, { sameDomain: recidive.sameDomain, filters });
    const filterable =
      filters === undefined ||
      (kpi.filterable && filters.every((f) => dataset.cases.mappedFields.has(f.field)));
    if (!isKpiAvailable(kpi, dataset, recidive) || !filterable) {
      // Name the columns the export lacks, so the controller knows what to map or add.
      const columns = missingFieldNames(dataset, kpiRequiredInputs(kpi, recidive));
      const absent = kpi.requires !== undefined && dataset[kpi.requires] === undefined;
      missing.push(
        absent && kpi.requires !== undefined
          ? `${label} (${ABSENT_TABLE_REASON[kpi.requires]})`
          : columns.length > 0
            ? `${label} (geen kolom ${columns.join(", ")})`
            : label
      );
      continue;
    }
    unfiltered ||= dropped;
    const options = { recidive, ...(filters === undefined ? {} : { filters }) };
    const current = computeKpiResult(engine, kpi.id, period, options);
    const before = computeKpiResult(engine, kpi.id, previous, options);
    rows.push(
      buildReportRow({
        label,
        key: rowSpec.key ?? kpi.id,
        previous: before.value,
        current: current.value,
        format: kpi.format,
        polarity: kpi.polarity,
        deltaKind: kpi.deltaKind,
      })
    );
    info.push({
      countsPersons: kpi.personCount,
      ...(kpi.deltaKind === "points" ? { n: { previous: before.n, current: current.n } } : {}),
      ...kpiQuantity(kpi.id, filters, recidive.sameDomain),
    });
    const defined = rowSpec.label === undefined ? label : kpi.label;
    definitions.set(defined, {
      label: defined,
      definition: kpi.definition,
      excludes: kpi.excludes,
    });
  }
  if (rows.length === 0) return { omitted: "de benodigde gegevens ontbreken in de export" };
  const notes = [...(spec.notes ?? [])];
  if (unfiltered)
    notes.push("Geen soort traject in de export: recidive is over alle casussen geteld.");
  if (missing.length > 0)
    notes.push(`Niet opgenomen, want de gegevens ontbreken in de export: ${missing.join(", ")}.`);
  return {
    table: {
      id: spec.id,
      title: spec.title,
      headers: comparisonHeaders(spec.keyLabel, context),
      rows,
      ...(notes.length > 0 ? { notes } : {}),
    },
    publication: { rows: info, sums: [] },
    definitions: [...definitions.values()],
  };
}

/**
 * The quantity a KPI row shows for report-wide publication mode: recidive with `sameDomain`
 * is the breakdown's "waarvan gelijke vraag", without it the breakdown's recidive row; the
 * percentage of recidive is recidive over started, both with the row's filters, and the
 * recidivists are at most the recidive count: both are hidden with it.
 */
function kpiQuantity(
  id: KpiId,
  filters: readonly CaseFilter[] | undefined,
  sameDomain: boolean
): Pick<PublicationRowInfo, "quantity" | "hiddenWith"> {
  const recidive = publicationQuantity(sameDomain ? "recidive.same" : "recidive.any", filters);
  if (id === "recidive") return { quantity: recidive };
  if (id === "recidivePct")
    return { hiddenWith: [recidive, publicationQuantity("started", filters)] };
  if (id === "recidivists")
    return { quantity: publicationQuantity(id, filters), hiddenWith: [recidive] };
  return { quantity: publicationQuantity(id, filters) };
}
