/**
 * @module
 */
import { getKpi, type KpiId } from "../kpis/kpiRegistry";
import { reportParameters } from "../report/reportParameters";
import type { ReportDefinition } from "../reportTable";
import type { RenderedTable } from "./renderedTable";
import { renderTemplateTable, type TemplateContext } from "./renderTemplateTable";
import { ageBandEdgesOf } from "./ageBandEdgesOf";
import { suppressTemplateTables } from "./suppressTemplateTables";
import type { Template } from "./templateSpec";

/** Options of {@link renderTemplate}. */
export interface RenderTemplateOptions {
  /** Publication mode (SPEC §6 small numbers): hide small counts and what gives them away. */
  readonly publication?: { readonly threshold: number };
}

/** A template evaluated on a dataset: its title and tables, the tables left out, and what "Toelichting" explains. */
export interface RenderedTemplate {
  readonly id: string;
  /** The title, `{periode}` replaced by the period's label. */
  readonly title: string;
  readonly tables: readonly RenderedTable[];
  /** Tables the export cannot serve, each with the Dutch reason ("de kolom Team ontbreekt in de export"). */
  readonly omitted: readonly {
    readonly id: string;
    readonly title: string;
    readonly reason: string;
  }[];
  /** The period's label. */
  readonly periodLabel: string;
  /** The parameters used, as Dutch label/value pairs (periods, template, recidive, tables left out). */
  readonly parameters: readonly { readonly label: string; readonly value: string }[];
  /** The definition of every KPI the template's tables use, from the registry. */
  readonly definitions: readonly ReportDefinition[];
  /**
   * Publication mode, when on (SPEC §9): the outputs then carry no row-level data (the
   * "Controle" sheet counts findings per kind). The tables' marks are in their rows.
   */
  readonly publication?: { readonly threshold: number };
  /** Publication mode: how many values were hidden, and the tables hidden whole. */
  readonly audit?: { readonly suppressed: number; readonly wholeTables: readonly string[] };
}

/**
 * Evaluates every table of a template (see `renderTemplateTable`); a table the export cannot
 * serve (a missing column or table) is left out and listed with its reason. With the parameters
 * and the definitions of the KPIs it uses, for the "Toelichting" of every output.
 *
 * @param context - The engine, the period, the comparison period and the recidive options.
 * @param template - The template.
 * @param options - Publication mode: the tables are then audited together
 *   (`suppressTemplateTables`) and every hidden value is null and marked.
 * @returns The rendered template.
 * @example
 * renderTemplate(context, getBuiltInTemplate("utrecht")).omitted; //=> [{ id: "klantoordeel", reason: "de kolom Klantoordeel ontbreekt in de export", … }]
 */
export function renderTemplate(
  context: TemplateContext,
  template: Template,
  options: RenderTemplateOptions = {}
): RenderedTemplate {
  const rendered: RenderedTable[] = [];
  const omitted: RenderedTemplate["omitted"][number][] = [];
  /** Publication mode: the first table with age bands, and their edges. */
  let ageBands: { readonly title: string; readonly edges: string } | undefined;
  for (const spec of template.tables) {
    const edges = options.publication === undefined ? undefined : ageBandEdgesOf(spec);
    if (edges !== undefined && ageBands !== undefined && edges !== ageBands.edges) {
      omitted.push({
        id: spec.id,
        title: spec.title,
        reason: `in de publicatieversie: deze tabel deelt de leeftijden anders in dan "${ageBands.title}", en het verschil tussen de twee zou kleine aantallen laten zien`,
      });
      continue;
    }
    const outcome = renderTemplateTable(context, spec);
    if (edges !== undefined && outcome.kind === "table") ageBands ??= { title: spec.title, edges };
    if (outcome.kind === "table") rendered.push(outcome.table);
    else omitted.push({ id: outcome.id, title: outcome.title, reason: outcome.reason });
  }
  const { publication } = options;
  const published =
    publication === undefined ? undefined : suppressTemplateTables(rendered, publication.threshold);
  const tables =
    published === undefined
      ? rendered
      : published.tables.map((table) => ({ ...table, publication }));
  const ids = new Set(
    template.tables.flatMap((table) =>
      table.measures.map((measure) => (typeof measure === "string" ? measure : measure.kpi))
    )
  );
  const definitions = [...ids].map((id): ReportDefinition => {
    const kpi = getKpi(id as KpiId);
    return { label: kpi.label, definition: kpi.definition, excludes: kpi.excludes };
  });
  const parameters = [
    { label: "Sjabloon", value: template.id },
    ...reportParameters({
      period: context.period,
      previous: context.previous,
      recidive: context.recidive,
      topN: 5,
      threshold: publication?.threshold,
      omitted,
      hasCaseType: context.engine.dataset.cases.mappedFields.has("caseType"),
    }).filter(
      ({ label }) =>
        !label.startsWith("Hoofddomeinen ZRM") && !label.startsWith("Recidive: geteld over")
    ),
  ];
  return {
    id: template.id,
    title: template.title.replace("{periode}", context.period.label),
    tables,
    omitted,
    periodLabel: context.period.label,
    parameters,
    definitions,
    ...(publication === undefined || published === undefined
      ? {}
      : {
          publication,
          audit: { suppressed: published.suppressed, wholeTables: published.wholeTables },
        }),
  };
}
