/**
 * The built-in templates, by id.
 *
 * @module
 */
import type { Template } from "./templateSpec";

/** Every built-in template but `standaard` (today's standard report, built by `buildStandardReport`). */
export const BUILT_IN_TEMPLATES: readonly Template[] = [];

/**
 * A built-in template by id.
 *
 * @param id - The template's id ("utrecht").
 * @returns The template, or undefined for an unknown id.
 * @example
 * getBuiltInTemplate("utrecht")?.title;
 */
export function getBuiltInTemplate(id: string): Template | undefined {
  return BUILT_IN_TEMPLATES.find((template) => template.id === id);
}
