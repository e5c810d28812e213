/**
 * The one rule for whether "Rapport maken" may run, and why not.
 *
 * @module
 */
import { describePeriod, periodTextOf } from "./periodChoice";
import type { PaneState } from "./paneState";

/**
 * What keeps "Rapport maken" from running (besides the pane being busy): the Dutch reason
 * shown next to the button, or "" when it may run.
 *
 * @param state - the pane state
 * @returns the reason, or an empty string
 *
 * @example
 * generateBlocker({ ...state, tables: [] }) // 'Nog niet mogelijk: kies in stap 3 minstens één tabel voor het rapport.'
 */
export function generateBlocker(state: PaneState): string {
  if (!describePeriod(periodTextOf(state.period)).ok)
    return "Nog niet mogelijk: de periode in stap 3 is niet geldig. Kies een kwartaal of verbeter de tekst.";
  if (state.template === null && !state.ownTemplate && state.tables?.length === 0)
    return "Nog niet mogelijk: kies in stap 3 minstens één tabel voor het rapport.";
  if (state.ownTemplate && state.template?.kind !== "own")
    return "Nog niet mogelijk: kies in stap 3 een sjabloonbestand (.json), of een ander sjabloon.";
  return "";
}
