/**
 * The first step of every batch that touches the add-in's own sheets: list the worksheets
 * and the workbook names, then recognise the owned sheets by id or marker.
 *
 * @module
 */
import {
  resolveOwnedSheets,
  type ExistingSheet,
  type ResolvedOwnedSheet,
} from "./planSheetTargets";
import { parseMarkers } from "./sheetMarkers";
import type { OwnedSheet } from "./storedSettings";

/** What {@link loadOwnedSheets} found. */
export interface LoadedOwnedSheets {
  readonly worksheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  /** Every worksheet, by id and name. */
  readonly existing: ExistingSheet[];
  /** Marker token → the name of the sheet its workbook name refers to. */
  readonly markers: Map<string, string>;
  /** One result per owned entry, same order (see {@link resolveOwnedSheets}). */
  readonly resolved: ResolvedOwnedSheet[];
  /**
   * The current names, in lower case, of the sheets the add-in owns now: the sheets a write
   * rewrites or keeps, never a user's. A data source must not be on one of them.
   */
  readonly ownedNames: ReadonlySet<string>;
}

/**
 * Loads the worksheets (ids, names) and workbook names with one `context.sync()`, and
 * resolves the owned sheets. Loads the caller queued before the call ride along with it.
 *
 * @param context - the request context of the current `Excel.run`
 * @param owned - the sheets the settings say the add-in owns
 * @returns the collections (loaded) and what became of each owned entry
 */
export async function loadOwnedSheets(
  context: Excel.RequestContext,
  owned: readonly OwnedSheet[]
): Promise<LoadedOwnedSheets> {
  const pending = queueOwnedSheets(context);
  await context.sync();
  return pending.resolve(owned);
}

/**
 * The same in two halves, for a batch that syncs itself: queues the loads now; `resolve`
 * reads them after the caller's `context.sync()`.
 *
 * @param context - the request context of the current `Excel.run`
 * @returns `resolve(owned)`, to call after the next sync
 */
export function queueOwnedSheets(context: Excel.RequestContext): {
  resolve(owned: readonly OwnedSheet[]): LoadedOwnedSheets;
} {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  const names = context.workbook.names;
  names.load("items/name,items/value");
  return {
    resolve(owned) {
      const existing = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
      const markers = parseMarkers(names.items.map((n) => ({ name: n.name, value: n.value })));
      const resolved = resolveOwnedSheets(existing, owned, markers);
      return {
        worksheets,
        names,
        existing,
        markers,
        resolved,
        ownedNames: new Set(
          resolved.flatMap((r) => (r.sheet ? [r.sheet.name.toLocaleLowerCase("nl")] : []))
        ),
      };
    },
  };
}
