/**
 * What the add-in keeps in the workbook (Office document settings, key
 * {@link SETTINGS_KEY}): where the data is, the user's mapping choices, the report
 * options and the sheets the add-in created and therefore owns.
 *
 * Shared contract with the custom functions: they call {@link readStoredSettings} so that
 * a mapping saved in the task pane wins over auto-mapping.
 *
 * @module
 */
import type { RecidiveOptions, Template } from "../core";
import { UserFacingError } from "./officeErrorMessage";

/** Key of the add-in's entry in `Office.context.document.settings`. */
export const SETTINGS_KEY = "welzijnsmonitor";

/** Where a table's data is: an Excel table by name, or a fixed range on a sheet. */
export type DataSource =
  | { readonly kind: "table"; readonly name: string }
  | { readonly kind: "range"; readonly sheet: string; readonly address: string };

/** One input table: its source and the user's mapping overrides (field → header). */
export interface StoredTableSettings {
  readonly source: DataSource;
  /** field → header text, as `applyMappingOverrides` takes them; '' means "not mapped". */
  readonly overrides: Readonly<Record<string, string>>;
}

/** Which kind of sheet the add-in wrote. */
export type OwnedSheetKind = "report" | "toelichting" | "controle";

/** A sheet the add-in created (and may therefore rewrite, rename or clear). */
export interface OwnedSheet {
  readonly sheetName: string;
  readonly kind: OwnedSheetKind;
  /** The period label the sheet was written for ("t/m Q3 2024"). */
  readonly period: string;
  /** Excel's worksheet id, the first way the sheet is recognised. */
  readonly sheetId?: string;
  /**
   * Token of the add-in's workbook name `Welzijnsmonitor_<token>` that refers to the sheet:
   * recognises the sheet when Excel gave it a new id. A sheet whose name is no longer
   * `sheetName` is the user's (renamed to keep it).
   */
  readonly marker?: string;
  /** Report sheets: the cell of the status line ("A3"), updated by the ribbon command. */
  readonly statusCell?: string;
}

/**
 * The report template of the workbook (SPEC §9), kept so that "Vernieuwen" next quarter
 * makes the same report: a built-in template by id (a newer add-in's version of it is
 * used), or the user's own template as it was read from the file (the file itself may be
 * gone by then). Absent: the standard report.
 */
export type StoredTemplate =
  | { readonly kind: "builtIn"; readonly id: string }
  | { readonly kind: "own"; readonly fileName: string; readonly template: Template };

/** Everything the add-in stores in the workbook (version 1). */
export interface StoredSettings {
  readonly version: 1;
  readonly cases?: StoredTableSettings;
  readonly zrm?: StoredTableSettings;
  readonly activities?: StoredTableSettings;
  readonly complaints?: StoredTableSettings;
  /** Case type value as it appears in the data → 'IT', 'LS', 'IA' or an own label. */
  readonly caseTypeMap?: Readonly<Record<string, string>>;
  /** The report period as text in any SPEC §3 form ("t/m Q3 2024"). */
  readonly period?: string;
  readonly recidive?: Partial<RecidiveOptions>;
  /** Ids of the report tables to include; absent: all. */
  readonly tables?: readonly string[];
  /** Publication mode (small numbers hidden), or null/absent when off. */
  readonly publication?: { readonly threshold: 5 | 10 } | null;
  /** The report template; absent: the standard report. */
  readonly template?: StoredTemplate;
  readonly reports: readonly OwnedSheet[];
}

/** A place settings can be read from and written to (Office's document settings, or a test double). */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Persists the settings in the document. */
  save(): Promise<void>;
}

/** Empty settings: nothing chosen, nothing owned. */
export const EMPTY_SETTINGS: StoredSettings = { version: 1, reports: [] };

/**
 * Reads the add-in's settings from the open workbook.
 *
 * Safe outside Office (a browser, Node, a custom-functions runtime without a document):
 * returns null there, and also when nothing was stored yet or the stored value is not
 * version-1 settings.
 *
 * @param store - where to read; default the document settings of Office
 * @returns the settings, or null
 *
 * @example
 * const settings = readStoredSettings();
 * const overrides = settings?.cases?.overrides ?? {};
 */
export function readStoredSettings(
  store: SettingsStore | null = officeSettingsStore()
): StoredSettings | null {
  if (!store) return null;
  try {
    return parseStoredSettings(store.get(SETTINGS_KEY));
  } catch {
    return null;
  }
}

/**
 * Stores the settings in the workbook and saves them (so they survive save and reopen).
 *
 * @param settings - the settings to keep
 * @param store - where to write; default the document settings of Office
 * @returns when the settings are saved
 * @throws Error when no Office document is available
 */
export async function writeStoredSettings(
  settings: StoredSettings,
  store: SettingsStore | null = officeSettingsStore()
): Promise<void> {
  if (!store) throw new Error("writeStoredSettings: geen Office-document beschikbaar");
  store.set(SETTINGS_KEY, JSON.parse(JSON.stringify(settings)));
  await store.save();
}

/**
 * Checks and normalises a stored value (an object, or its JSON text).
 *
 * @param value - what the settings held under {@link SETTINGS_KEY}
 * @returns the settings, or null when the value is absent or not version-1 settings
 *
 * @example
 * parseStoredSettings('{"version":1,"reports":[]}') // { version: 1, reports: [] }
 */
export function parseStoredSettings(value: unknown): StoredSettings | null {
  const data = typeof value === "string" ? safeJson(value) : value;
  if (!isRecord(data) || data.version !== 1) return null;
  const reports = Array.isArray(data.reports) ? data.reports.filter(isOwnedSheet) : [];
  const settings: Record<string, unknown> = { ...data, version: 1, reports };
  for (const key of ["cases", "zrm", "activities", "complaints"] as const) {
    if (settings[key] !== undefined && !isTableSettings(settings[key])) delete settings[key];
  }
  // An own template is checked again (parseTemplate) when it is used, with a Dutch error.
  if (settings.template !== undefined && !isStoredTemplate(settings.template))
    delete settings.template;
  return settings as unknown as StoredSettings;
}

/** The Office document settings as a {@link SettingsStore}, or null outside Office. */
export function officeSettingsStore(): SettingsStore | null {
  if (typeof Office === "undefined") return null;
  const settings = Office.context?.document?.settings;
  if (!settings) return null;
  return {
    get: (key) => settings.get(key),
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new UserFacingError(settingsSaveMessage(result.error)));
        });
      }),
  };
}

/**
 * The Dutch message for a failed `settings.saveAsync`, whose error has a numeric code
 * (Office's common API codes) and an English message.
 *
 * @param error - the `Office.Error` of the async result, if any
 * @returns what happened and what to do
 *
 * @example
 * settingsSaveMessage({ code: 5001, message: 'An internal error has occurred.' })
 * // 'De instellingen van Welzijnsmonitor konden niet in de werkmap worden opgeslagen (Office-foutcode 5001). …'
 */
export function settingsSaveMessage(
  error: { code?: unknown; message?: unknown } | undefined
): string {
  const code = typeof error?.code === "number" || typeof error?.code === "string" ? error.code : "";
  return (
    `De instellingen van Welzijnsmonitor konden niet in de werkmap worden opgeslagen${code === "" ? "" : ` (Office-foutcode ${code})`}. ` +
    "Het rapport staat wel op de bladen, maar de kolomkeuze en de periode zijn niet bewaard. " +
    "Controleer dat de werkmap bewerkbaar is (niet alleen-lezen of in de beveiligde weergave; klik zo nodig op Bewerken inschakelen), " +
    "sla de werkmap op en maak het rapport opnieuw."
  );
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isOwnedSheet(value: unknown): value is OwnedSheet {
  return (
    isRecord(value) &&
    typeof value.sheetName === "string" &&
    (value.kind === "report" || value.kind === "toelichting" || value.kind === "controle") &&
    typeof value.period === "string"
  );
}

function isTableSettings(value: unknown): value is StoredTableSettings {
  if (!isRecord(value) || !isRecord(value.overrides) || !isRecord(value.source)) return false;
  const source = value.source;
  if (source.kind === "table") return typeof source.name === "string";
  return (
    source.kind === "range" &&
    typeof source.sheet === "string" &&
    typeof source.address === "string"
  );
}

function isStoredTemplate(value: unknown): value is StoredTemplate {
  if (!isRecord(value)) return false;
  if (value.kind === "builtIn") return typeof value.id === "string";
  return value.kind === "own" && typeof value.fileName === "string" && isRecord(value.template);
}
