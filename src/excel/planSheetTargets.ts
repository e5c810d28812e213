/**
 * Decides which sheet each report part goes to, so that the add-in writes only to sheets
 * it created (SPEC: never overwrite, delete or move a user's sheet). Pure: it works on the
 * names and ids Excel reported.
 *
 * @module
 */
import { isGeneratedSheetName } from "./isGeneratedSheetName";
import type { OwnedSheet, OwnedSheetKind } from "./storedSettings";
import { uniqueSheetName } from "./uniqueSheetName";

/** A worksheet as Excel reports it. */
export interface ExistingSheet {
  readonly id: string;
  readonly name: string;
}

/** A sheet the add-in wants to write, with the name it would like. */
export interface WantedSheet {
  readonly kind: OwnedSheetKind;
  readonly name: string;
}

/** Where one part goes: an owned sheet that is rewritten (and maybe renamed), or a new sheet. */
export type SheetTarget =
  | {
      readonly kind: OwnedSheetKind;
      readonly action: "rewrite";
      readonly sheetId: string;
      readonly currentName: string;
      readonly name: string;
      /** The owned entry's marker, when its workbook name still points at this sheet. */
      readonly marker?: string;
    }
  | { readonly kind: OwnedSheetKind; readonly action: "add"; readonly name: string };

/** What became of one owned entry in the workbook as it is now. */
export interface ResolvedOwnedSheet {
  readonly entry: OwnedSheet;
  /** The sheet it is, when the add-in still owns it. */
  readonly sheet: ExistingSheet | null;
  /** Whether its marker still points at that sheet. */
  readonly markerValid: boolean;
  /**
   * The sheet was found but the user renamed it: it is the user's now (never rewritten),
   * e.g. to keep last quarter's report next to the new one.
   */
  readonly renamedTo?: string;
}

/**
 * Finds the sheets the add-in owns. A sheet is recognised by its worksheet id, or, when
 * Excel gave the sheets new ids (ids are not guaranteed to survive every save and reopen),
 * by the add-in's marker: a workbook name `Welzijnsmonitor_<token>` that refers to the
 * sheet. Either way its name must still be the name the add-in gave it: a renamed sheet
 * is the user's. Except when its marker points at it and its name is one the add-in hands
 * out ({@link isGeneratedSheetName}): then the add-in renamed it itself for a new period
 * and the settings recording the new name were not saved.
 *
 * @param existing - every worksheet in the workbook
 * @param owned - the sheets the settings say the add-in owns
 * @param markers - marker token → the name of the sheet its workbook name refers to
 * @returns one result per owned entry, same order
 *
 * @example
 * resolveOwnedSheets([{ id: 'new', name: 'Controle' }], [{ kind: 'controle', sheetName: 'Controle', period: 'Q3 2024', sheetId: 'old', marker: 'k3' }], new Map([['k3', 'Controle']]))
 * // [{ entry, sheet: { id: 'new', name: 'Controle' }, markerValid: true }]
 */
export function resolveOwnedSheets(
  existing: readonly ExistingSheet[],
  owned: readonly OwnedSheet[],
  markers: ReadonlyMap<string, string> = new Map()
): ResolvedOwnedSheet[] {
  const same = (a: string, b: string) => a.toLocaleLowerCase("nl") === b.toLocaleLowerCase("nl");
  const claimed = new Set<string>();
  return owned.map((entry) => {
    const markedName = entry.marker !== undefined ? markers.get(entry.marker) : undefined;
    const byMarker =
      markedName === undefined ? undefined : existing.find((s) => same(s.name, markedName));
    const byId =
      entry.sheetId === undefined ? undefined : existing.find((s) => s.id === entry.sheetId);
    const sheet = byId ?? byMarker;
    if (!sheet || claimed.has(sheet.id)) return { entry, sheet: null, markerValid: false };
    const markerValid = byMarker !== undefined && byMarker.id === sheet.id;
    const renamedByAddIn = markerValid && isGeneratedSheetName(entry.kind, sheet.name);
    if (!same(sheet.name, entry.sheetName) && !renamedByAddIn)
      return { entry, sheet: null, markerValid, renamedTo: sheet.name };
    claimed.add(sheet.id);
    return { entry, sheet, markerValid };
  });
}

/**
 * Plans the target sheet of every wanted part.
 *
 * An owned sheet (see {@link resolveOwnedSheets}) of the same kind is rewritten; it is
 * renamed to the wanted name unless another sheet has that name. Otherwise a new sheet is
 * added. A wanted name that a user's sheet already has gets " (2)", " (3)", … — the user's
 * sheet is never touched. Owned entries that cannot be recognised (no id and no marker,
 * a sheet that is gone or renamed) are not trusted and so never rewritten.
 *
 * @param existing - every worksheet in the workbook
 * @param owned - the sheets the settings say the add-in owns
 * @param wanted - the parts to write, in order
 * @param markers - marker token → sheet name (see {@link resolveOwnedSheets})
 * @returns one target per wanted part, same order
 *
 * @example
 * planSheetTargets([{ id: '1', name: 'Rapportage t∕m Q3 2024' }], [], [{ kind: 'report', name: 'Rapportage t∕m Q3 2024' }])
 * // [{ kind: 'report', action: 'add', name: 'Rapportage t∕m Q3 2024 (2)' }]
 */
export function planSheetTargets(
  existing: readonly ExistingSheet[],
  owned: readonly OwnedSheet[],
  wanted: readonly WantedSheet[],
  markers: ReadonlyMap<string, string> = new Map()
): SheetTarget[] {
  const resolved = resolveOwnedSheets(existing, owned, markers);
  const claimed = new Set<string>();
  const reused = wanted.map((part) => {
    const found = resolved.find(
      (r) => r.entry.kind === part.kind && r.sheet !== null && !claimed.has(r.sheet.id)
    );
    if (!found?.sheet) return undefined;
    claimed.add(found.sheet.id);
    return found;
  });
  // Names that stay: every sheet not rewritten keeps its name; names are handed out in order.
  const taken = existing.filter((s) => !claimed.has(s.id)).map((s) => s.name);
  return wanted.map((part, i) => {
    const found = reused[i];
    const name = uniqueSheetName(part.name, taken);
    taken.push(name);
    if (found?.sheet)
      return {
        kind: part.kind,
        action: "rewrite",
        sheetId: found.sheet.id,
        currentName: found.sheet.name,
        name,
        ...(found.markerValid && found.entry.marker ? { marker: found.entry.marker } : {}),
      };
    return { kind: part.kind, action: "add", name };
  });
}
