/**
 * Applies the user's overrides to a proposed mapping, one by one, dropping the ones that
 * no longer fit the data (a header renamed in a new export) instead of failing.
 *
 * @module
 */
import { applyMappingOverrides } from "../core";
import type { ColumnMapping } from "../core";

/**
 * The mapping in use and the overrides that had to be dropped.
 *
 * @param proposal - the auto-mapper's proposal
 * @param overrides - field → header chosen by the user
 * @returns the mapping, the overrides kept and the Dutch reasons for each dropped one
 *
 * @example
 * resolveMapping(proposal, { closedOn: 'Bestaat niet' }).dropped // ['Onbekende kolom "Bestaat niet" …']
 */
export function resolveMapping(
  proposal: ColumnMapping,
  overrides: Readonly<Record<string, string>>
): { mapping: ColumnMapping; kept: Record<string, string>; dropped: string[] } {
  let mapping = proposal;
  const kept: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [field, header] of Object.entries(overrides)) {
    try {
      mapping = applyMappingOverrides(mapping, { [field]: header });
      kept[field] = header;
    } catch (error) {
      dropped.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { mapping, kept, dropped };
}
