/**
 * Proposes a column mapping for every table read and lets go of the user's overrides that
 * no longer fit (a header that is gone from a new export), with a notice in step 2. Used
 * after "Gegevens lezen" and after every refresh, from the pane or from the ribbon.
 *
 * @module
 */
import { proposeMapping } from "../core";
import { INPUT_TABLES } from "../excel/inputTables";
import type { SourcePreviews } from "../excel/loadDatasetFromSources";
import type { PaneState } from "./paneState";
import { resolveMapping } from "./resolveMapping";

/**
 * Puts fresh mapping proposals into the pane state and keeps only the overrides that still
 * apply; when some were dropped, `state.messages.mapping` says which.
 *
 * @param state - the pane state (changed in place: it is the pane's one state object)
 * @param data - the first rows read per table (the header row is among them)
 */
export function proposeAll(state: PaneState, data: SourcePreviews): void {
  state.proposals = {};
  const dropped: string[] = [];
  for (const table of INPUT_TABLES) {
    const source = data[table];
    if (!source) continue;
    const proposal = proposeMapping(source.firstRows, table);
    state.proposals[table] = proposal;
    const resolved = resolveMapping(proposal, state.overrides[table] ?? {});
    state.overrides[table] = resolved.kept;
    dropped.push(...resolved.dropped);
  }
  if (dropped.length > 0) {
    state.messages.mapping = {
      kind: "info",
      text: `Een eerder gekozen kolom bestaat niet meer en is losgelaten: ${dropped.join(" ")}`,
    };
  }
}
