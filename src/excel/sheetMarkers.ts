/**
 * The add-in's second mark of ownership, beside the worksheet id: a workbook-scoped name
 * `Welzijnsmonitor_<token>` that refers to cell A1 of each sheet it wrote. Excel keeps the
 * reference pointing at the sheet through renames and save/reopen, and turns it into
 * `#REF!` when the sheet is deleted. Pure helpers; the Office calls are in writeSheetPlans.
 *
 * @module
 */
import { parseAddress } from "./cellAddress";

/** Prefix of the add-in's workbook names. */
export const MARKER_PREFIX = "Welzijnsmonitor_";

/** A workbook name as Office.js loads it (`items/name,items/value`). */
export interface NamedItemInfo {
  readonly name: string;
  readonly value: unknown;
}

/**
 * The workbook name of a marker token.
 *
 * @param token - the token stored with the owned sheet
 * @returns the name
 *
 * @example
 * markerName('k3x9') // 'Welzijnsmonitor_k3x9'
 */
export function markerName(token: string): string {
  return `${MARKER_PREFIX}${token}`;
}

/**
 * Whether a workbook name is one of the add-in's markers. Excel compares names without
 * regard to case, so this does too.
 *
 * @param name - a workbook name
 * @returns true for `Welzijnsmonitor_…` in any case
 *
 * @example
 * isMarkerName('WELZIJNSMONITOR_k3') // true
 */
export function isMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase());
}

/**
 * Reads the add-in's markers from the workbook's names.
 *
 * @param items - the workbook names (any; others are ignored)
 * @returns marker token → name of the sheet it refers to (deleted sheets left out)
 *
 * @example
 * parseMarkers([{ name: 'Welzijnsmonitor_k3', value: "='Rapportage t∕m Q3 2024'!$A$1" }])
 * // Map { 'k3' => 'Rapportage t∕m Q3 2024' }
 */
export function parseMarkers(items: readonly NamedItemInfo[]): Map<string, string> {
  const markers = new Map<string, string>();
  for (const item of items) {
    if (!isMarkerName(item.name)) continue;
    if (typeof item.value !== "string") continue;
    const reference = item.value.replace(/^=/, "");
    if (reference.includes("#REF!") || !reference.includes("!")) continue;
    try {
      const { sheet } = parseAddress(reference);
      if (sheet) markers.set(item.name.slice(MARKER_PREFIX.length), sheet);
    } catch {
      // Not a cell reference (the user edited the name): not a marker.
    }
  }
  return markers;
}

/** What {@link staleMarkerNames} decides on. */
export interface StaleMarkerOptions {
  /** Tokens the settings recorded as the add-in's markers (`OwnedSheet.marker`), live or not. */
  readonly recorded: Iterable<string>;
  /** Tokens that still mark an owned sheet after the write: kept. */
  readonly live: Iterable<string>;
  /**
   * Names of owned sheets whose settings entry records no marker (settings older than the
   * markers): a prefixed name that refers to one of them is taken for the add-in's.
   */
  readonly unmarkedSheets?: Iterable<string>;
}

/**
 * The workbook names the add-in removes after a write: only its own. A name is its own when
 * the settings recorded its token, or — for settings that recorded none for a sheet — when it
 * refers to that owned sheet. Any other `Welzijnsmonitor_…` name (the user's
 * `Welzijnsmonitor_Mijn`, or one pointing at a deleted sheet nobody recorded) stays.
 * Compared without regard to case, as Excel does.
 *
 * @param items - the workbook names
 * @param options - recorded, live and unmarked
 * @returns the names to delete, as they are spelled in the workbook
 *
 * @example
 * staleMarkerNames(
 *   [{ name: 'Welzijnsmonitor_k3', value: '#REF!' }, { name: 'Welzijnsmonitor_Mijn', value: '=Blad1!$A$1' }],
 *   { recorded: ['k3'], live: [] }
 * ) // ['Welzijnsmonitor_k3']
 */
export function staleMarkerNames(
  items: readonly NamedItemInfo[],
  options: StaleMarkerOptions
): string[] {
  const lower = (values: Iterable<string>) =>
    new Set([...values].map((v) => v.toLocaleLowerCase("nl")));
  const recorded = lower(options.recorded);
  const live = lower(options.live);
  const unmarked = lower(options.unmarkedSheets ?? []);
  const referred = parseMarkers(items);
  return items.flatMap((item) => {
    if (!isMarkerName(item.name)) return [];
    const token = item.name.slice(MARKER_PREFIX.length);
    if (live.has(token.toLocaleLowerCase("nl"))) return [];
    const sheet = referred.get(token);
    const own =
      recorded.has(token.toLocaleLowerCase("nl")) ||
      (sheet !== undefined && unmarked.has(sheet.toLocaleLowerCase("nl")));
    return own ? [item.name] : [];
  });
}

/**
 * A fresh marker token: letters and digits, valid in an Excel name.
 *
 * @param random - the random source (tests pass their own)
 * @returns an 10-character token
 */
export function newMarkerToken(random: () => number = Math.random): string {
  let token = "";
  while (token.length < 10) token += Math.floor(random() * 36).toString(36);
  return token;
}
