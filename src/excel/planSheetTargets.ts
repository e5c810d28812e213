/**
 * Decides which sheet each report part goes to, so that the add-in writes only to sheets
 * it created (SPEC: never overwrite, delete or move a user's sheet). Pure: it works on the
 * names and ids Excel reported.
 *
 * @module
 */
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
    }
  | { readonly kind: OwnedSheetKind; readonly action: "add"; readonly name: string };

/**
 * Plans the target sheet of every wanted part.
 *
 * An owned sheet (recorded in the settings with its id, and still in the workbook) of the
 * same kind is rewritten; it is renamed to the wanted name unless another sheet has that
 * name. Otherwise a new sheet is added. A wanted name that a user's sheet already has gets
 * " (2)", " (3)", … — the user's sheet is never touched. Owned entries without an id are
 * not trusted (the user may have replaced the sheet) and so never rewritten.
 *
 * @param existing - every worksheet in the workbook
 * @param owned - the sheets the settings say the add-in owns
 * @param wanted - the parts to write, in order
 * @returns one target per wanted part, same order
 *
 * @example
 * planSheetTargets([{ id: '1', name: 'Rapportage t∕m Q3 2024' }], [], [{ kind: 'report', name: 'Rapportage t∕m Q3 2024' }])
 * // [{ kind: 'report', action: 'add', name: 'Rapportage t∕m Q3 2024 (2)' }]
 */
export function planSheetTargets(
  existing: readonly ExistingSheet[],
  owned: readonly OwnedSheet[],
  wanted: readonly WantedSheet[]
): SheetTarget[] {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const claimed = new Set<string>();
  const reused = wanted.map((part) => {
    const entry = owned.find(
      (o) =>
        o.kind === part.kind &&
        o.sheetId !== undefined &&
        byId.has(o.sheetId) &&
        !claimed.has(o.sheetId)
    );
    if (!entry?.sheetId) return undefined;
    claimed.add(entry.sheetId);
    return byId.get(entry.sheetId);
  });
  // Names that stay: every sheet not rewritten keeps its name; names are handed out in order.
  const taken = existing.filter((s) => !claimed.has(s.id)).map((s) => s.name);
  return wanted.map((part, i) => {
    const sheet = reused[i];
    const name = uniqueSheetName(part.name, taken);
    taken.push(name);
    if (sheet)
      return {
        kind: part.kind,
        action: "rewrite",
        sheetId: sheet.id,
        currentName: sheet.name,
        name,
      };
    return { kind: part.kind, action: "add", name };
  });
}
