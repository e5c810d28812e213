/**
 * The built-in report templates (SPEC §9): one per seed organisation, as data. The standard
 * report (`standaard`) is not among them: it is built by `buildStandardReport`, whose tables
 * (per-row filters, the recidive breakdown, ZRM-groei, the collective activities) a template
 * cannot express.
 *
 * @module
 */
import { DEBADDE_TEMPLATE } from "./builtIn/debaddeTemplate";
import { DEBASIS_TEMPLATE } from "./builtIn/debasisTemplate";
import { HOGELAND_TEMPLATE } from "./builtIn/hogelandTemplate";
import { UTRECHT_TEMPLATE } from "./builtIn/utrechtTemplate";
import { WELSTAD_TEMPLATE } from "./builtIn/welstadTemplate";
import type { Template } from "./templateSpec";

/**
 * The built-in templates, in the order a picker lists them: deBasis Veendam, Welstad, De
 * Badde, Buurtteamorganisatie Sociaal Utrecht, Mensenwerk Hogeland.
 *
 * @example
 * BUILT_IN_TEMPLATES.map((t) => t.id); //=> ["debasis", "welstad", "debadde", "utrecht", "hogeland"]
 */
export const BUILT_IN_TEMPLATES: readonly Template[] = [
  DEBASIS_TEMPLATE,
  WELSTAD_TEMPLATE,
  DEBADDE_TEMPLATE,
  UTRECHT_TEMPLATE,
  HOGELAND_TEMPLATE,
];

/**
 * The built-in template of a name, as the user types it (`--sjabloon Utrecht`): case and
 * surrounding spaces do not matter.
 *
 * @param id - The template's name.
 * @returns The template, or undefined when no built-in template has that name (the shell then
 *   reads it as the path of an own template).
 * @example
 * getBuiltInTemplate(" Utrecht ")?.id; //=> "utrecht"
 * getBuiltInTemplate("sjabloon.json"); //=> undefined
 */
export function getBuiltInTemplate(id: string): Template | undefined {
  const wanted = id.trim().toLowerCase();
  return BUILT_IN_TEMPLATES.find((template) => template.id === wanted);
}
