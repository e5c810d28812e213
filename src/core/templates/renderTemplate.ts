/**
 * @module
 */
import type { RenderedTable } from "./renderedTable";
import { renderTemplateTable, type TemplateContext } from "./renderTemplateTable";
import type { Template } from "./templateSpec";

/** A template evaluated on a dataset: its title and tables, and the tables left out. */
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
}

/**
 * Evaluates every table of a template (see `renderTemplateTable`); a table the export cannot
 * serve (a missing column or table) is left out and listed with its reason.
 *
 * @param context - The engine, the period, the comparison period and the recidive options.
 * @param template - The template.
 * @returns The rendered template.
 * @example
 * renderTemplate(context, getBuiltInTemplate("utrecht")).omitted; //=> [{ id: "klantoordeel", reason: "de kolom Klantoordeel ontbreekt in de export", … }]
 */
export function renderTemplate(context: TemplateContext, template: Template): RenderedTemplate {
  const tables: RenderedTable[] = [];
  const omitted: RenderedTemplate["omitted"][number][] = [];
  for (const spec of template.tables) {
    const outcome = renderTemplateTable(context, spec);
    if (outcome.kind === "table") tables.push(outcome.table);
    else omitted.push({ id: outcome.id, title: outcome.title, reason: outcome.reason });
  }
  return {
    id: template.id,
    title: template.title.replace("{periode}", context.period.label),
    tables,
    omitted,
  };
}
