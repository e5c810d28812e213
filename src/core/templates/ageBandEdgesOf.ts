/**
 * @module
 */
import { DEFAULT_AGE_BANDS } from "../kpis/resolveAgeBands";
import type { DimensionSpec, TemplateTableSpec } from "./templateSpec";

/**
 * The age bands a template table breaks its cases down by (in its rows or its crosstab
 * columns), as a key of their lower edges; undefined when it has none. Two tables with
 * different edges ("18–24" and "18–26") publish counts whose difference is a band neither
 * shows ("25–26"), which publication mode cannot audit: `renderTemplate` leaves the second out.
 *
 * @param spec - The table.
 * @returns The edges as text ("0,18,25,45,65"), or undefined.
 * @example
 * ageBandEdgesOf({ rows: { dimension: { field: "ageBand", edges: [0, 18, 27] } }, … }); //=> "0,18,27"
 */
export function ageBandEdgesOf(spec: TemplateTableSpec): string | undefined {
  const columns = spec.columns.kind === "crosstab" ? spec.columns.dimension : undefined;
  for (const dimension of [spec.rows?.dimension, columns])
    if (isAgeBand(dimension)) return (dimension.edges ?? DEFAULT_AGE_BANDS).join(",");
  return undefined;
}

function isAgeBand(
  dimension: DimensionSpec | undefined
): dimension is Extract<DimensionSpec, { readonly field: "ageBand" }> {
  return dimension !== undefined && "field" in dimension && dimension.field === "ageBand";
}
