import type { KpiDefinition } from "../kpis/kpiRegistry";
import type { CaseFilter } from "../types";

/** What a KPI row's label must say besides the KPI's own label. */
export interface KpiRowLabelOptions {
  /** Whether recidive asks for a main domain shared with the previous case (SPEC §5 step 5). */
  readonly sameDomain: boolean;
  /** The filters the row is counted with (after dropping those on a field the export lacks). */
  readonly filters?: readonly CaseFilter[] | undefined;
}

/**
 * The scope of a filtered row as the report names it: the filter values joined by "+", each
 * filter in turn ("IT+LS").
 *
 * @param filters - the row's filters
 * @returns the scope text, or '' when there is no filter
 * @example
 * filterScope([{ field: 'caseType', values: ['IT', 'LS'] }]) // 'IT+LS'
 */
export function filterScope(filters: readonly CaseFilter[] | undefined): string {
  return (filters ?? [])
    .filter((f) => f.values.length > 0)
    .map((f) => f.values.join("+"))
    .join(", ");
}

/**
 * The label of a KPI row that the report shows under the KPI's own label: one label, one
 * number. A recidive KPI says whether it asks for the same main domain as the previous case
 * (the Recidive table's "Recidive trajecten" counts every main domain); a filtered row says
 * its scope, so that "Percentage recidive (IT+LS)" is not read against "Opgestart" of all
 * types.
 *
 * @param kpi - the KPI definition
 * @param options - the recidive option sameDomain and the row's filters
 * @returns the label
 * @example
 * kpiRowLabel(getKpi('recidive'), { sameDomain: true, filters: [INDIVIDUAL_FILTER] })
 * // 'Aantal recidive trajecten, zelfde hoofddomein (IT+LS)'
 * kpiRowLabel(getKpi('started'), { sameDomain: true }) // 'Opgestart'
 */
export function kpiRowLabel(kpi: KpiDefinition, options: KpiRowLabelOptions): string {
  const domain = kpi.parameters.some((p) => p.id === "sameDomain")
    ? options.sameDomain
      ? ", zelfde hoofddomein"
      : ", elk hoofddomein"
    : "";
  const scope = filterScope(options.filters);
  return `${kpi.label}${domain}${scope === "" ? "" : ` (${scope})`}`;
}
