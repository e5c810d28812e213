/**
 * The whole job, from stored settings to report sheets: read the sources in chunks into
 * the dataset's columns (`loadDatasetFromSources`), build the report with the core, write
 * the owned sheets, save the settings. Used by the task pane ("Rapport maken",
 * "Vernieuwen") and the ribbon button.
 *
 * @module
 */
import {
  buildStandardReport,
  createEngine,
  dayFromParts,
  loadDataset,
  parsePeriod,
  previousYearPeriod,
  renderTemplate,
  resolveRecidiveOptions,
} from "../core";
import type {
  DataIssue,
  DatasetInput,
  Day,
  LoadedDataset,
  Period,
  RenderedTemplate,
  Report,
  TableInput,
  TableName,
  Template,
} from "../core";
import { reportSheetName } from "../xlsx/reportSheetName";
import { caseTypeMapFrom } from "./caseTypeMapFrom";
import type { ColumnValues } from "./ColumnValueCounts";
import type { ExcelHost } from "./excelHost";
import { INPUT_TABLES, type ReadProgress } from "./inputTables";
import { loadDatasetFromSources, type SourcePreviews } from "./loadDatasetFromSources";
import { UserFacingError } from "./officeErrorMessage";
import {
  EXPLANATION_SHEET_NAME,
  ISSUES_SHEET_NAME,
  planControleSheet,
  planToelichtingSheet,
} from "./planExplanationSheets";
import { planIssueCountsSheet } from "./planIssueCountsSheet";
import { planReportSheet } from "./planReportSheet";
import { planTemplateSheet } from "./planTemplateSheet";
import { readSource, type SourceData } from "./readSource";
import { readStoredSettings, writeStoredSettings, type StoredSettings } from "./storedSettings";
import { BUILT_IN_TEMPLATE_LIST, resolveTemplate, templateLabel } from "./templateCatalog";
import { writeSheetPlans, type WriteSheetPlansResult } from "./writeSheetPlans";

export { caseTypeMapFrom } from "./caseTypeMapFrom";
export { INPUT_TABLES, type ReadProgress } from "./inputTables";

/** The cells of every configured source. */
export type SourcesData = { readonly cases: SourceData } & Partial<
  Record<Exclude<TableName, "cases">, SourceData>
>;

/**
 * Reads every source the settings name (cases first), in chunks, into one array of rows per
 * source: the whole-array path, which the chunked one (`loadDatasetFromSources`, what the
 * pane and the ribbon run) is tested against. A source on a sheet the add-in owns is
 * refused.
 *
 * @param host - the workbook
 * @param settings - which sources
 * @param onProgress - progress per chunk
 * @returns the cells per table
 * @throws UserFacingError when no case table is chosen, or a source is on an owned sheet
 */
export async function readSources(
  host: ExcelHost,
  settings: StoredSettings,
  onProgress?: (p: ReadProgress) => void
): Promise<SourcesData> {
  const result: Partial<Record<TableName, SourceData>> = {};
  for (const table of INPUT_TABLES) {
    const source = settings[table]?.source;
    if (!source) continue;
    result[table] = await readSource(host.run, source, {
      owned: settings.reports,
      onProgress: (rowsRead, totalRows) => onProgress?.({ table, rowsRead, totalRows }),
    });
  }
  if (!result.cases)
    throw new UserFacingError(
      "Er is nog geen casustabel gekozen. Open het taakvenster en kies de gegevens."
    );
  return result as SourcesData;
}

/**
 * Builds the dataset from the cells read, with the stored overrides and case-type map.
 * Issues name real sheet rows (the source's first row is passed as the row offset). The
 * whole-array path (see `readSources`).
 *
 * @param sources - the cells per table
 * @param settings - overrides and case-type map
 * @param asOf - "today" (dates after it are reported)
 * @returns the dataset with the mappings used
 * @throws MappingError (Dutch) when a required field is not mapped
 */
export function datasetFromSources(
  sources: SourcesData,
  settings: StoredSettings,
  asOf?: Day
): LoadedDataset {
  const input = (table: TableName): TableInput | undefined => {
    const data = sources[table];
    if (!data) return undefined;
    return {
      rows: data.rows,
      sheetRowOffset: data.rowIndex + 1,
      overrides: settings[table]?.overrides ?? {},
    };
  };
  const datasetInput: DatasetInput = {
    cases: input("cases") as TableInput,
    ...(input("zrm") ? { zrm: input("zrm") } : {}),
    ...(input("activities") ? { activities: input("activities") } : {}),
    ...(input("complaints") ? { complaints: input("complaints") } : {}),
    caseTypeMap: caseTypeMapFrom(settings.caseTypeMap),
    ...(asOf === undefined ? {} : { asOf }),
  };
  return loadDataset(datasetInput);
}

/** A rendered template with the name the report sheet gives it. */
export interface NamedRenderedTemplate {
  readonly rendered: RenderedTemplate;
  /** How the pane names the template ("Welstad"). */
  readonly name: string;
}

/**
 * Builds the report for the stored (or given) period and options: the standard report
 * (for the Toelichting, and the report sheet when no template is chosen) and, when the
 * settings name a template, that template rendered with the same engine.
 *
 * @param dataset - the dataset
 * @param settings - period, recidive options, tables, publication mode, template
 * @param templates - the built-in templates a stored id refers to
 * @returns the report, its period, and the rendered template (null: the standard report)
 * @throws InvalidPeriodError (Dutch) for a bad period; UserFacingError when none is set, for
 *   an unknown built-in template; TemplateError for a
 *   stored own template that is not valid
 */
export function reportFromSettings(
  dataset: LoadedDataset,
  settings: StoredSettings,
  templates: readonly Template[] = BUILT_IN_TEMPLATE_LIST
): { report: Report; period: Period; template: NamedRenderedTemplate | null } {
  if (!settings.period)
    throw new UserFacingError(
      'Er is nog geen periode gekozen. Kies in het taakvenster een periode, bijvoorbeeld "t/m Q3 2024".'
    );
  const period = parsePeriod(settings.period);
  const template = resolveTemplate(settings.template, templates);
  // One engine per report run: the dataset is rebuilt before each (the pane, "Vernieuwen").
  const engine = createEngine(dataset);
  const report = buildStandardReport(engine, period, {
    ...(settings.recidive ? { recidive: settings.recidive } : {}),
    ...(settings.tables ? { tables: settings.tables } : {}),
    ...(settings.publication ? { publication: settings.publication } : {}),
  });
  if (!template) return { report, period, template: null };
  const rendered = renderTemplate(
    {
      engine,
      period,
      previous: previousYearPeriod(period),
      recidive: resolveRecidiveOptions(settings.recidive),
    },
    template,
    settings.publication ? { publication: settings.publication } : {}
  );
  return { report, period, template: { rendered, name: templateLabel(template) } };
}

/**
 * Writes the report, Toelichting and Controle sheets (to owned or new sheets, never a
 * user's) and saves the settings with the sheets now owned. In publication mode Controle
 * counts the findings per kind ({@link planIssueCountsSheet}) instead of listing them.
 *
 * @param host - the workbook and its settings
 * @param report - the report
 * @param issues - the data issues for Controle
 * @param settings - the settings to save (period, sources, options)
 * @param statusText - the status line on the report sheet
 * @param template - the rendered template that takes the report sheet's place, if any
 * @returns the settings saved and what was written
 */
export async function writeReport(
  host: ExcelHost,
  report: Report,
  issues: readonly DataIssue[],
  settings: StoredSettings,
  statusText: string,
  template: NamedRenderedTemplate | null = null
): Promise<{ settings: StoredSettings; result: WriteSheetPlansResult }> {
  const reportPlan = template
    ? planTemplateSheet(template.rendered, {
        periodLabel: report.periodLabel,
        templateName: template.name,
        statusText,
      })
    : planReportSheet(report, { statusText });
  const plans = [
    { name: reportSheetName(report.periodLabel), plan: reportPlan },
    // With a template, Toelichting explains the template's parameters and KPIs.
    {
      name: EXPLANATION_SHEET_NAME,
      plan: planToelichtingSheet(
        template
          ? {
              ...report,
              parameters: template.rendered.parameters,
              definitions: template.rendered.definitions,
            }
          : report
      ),
    },
    {
      name: ISSUES_SHEET_NAME,
      // A publication carries no row-level data: only the number of rows per kind of finding.
      plan:
        report.publication === undefined && template?.rendered.publication === undefined
          ? planControleSheet(issues)
          : planIssueCountsSheet(issues),
    },
  ];
  const result = await writeSheetPlans(host.run, plans, settings.reports, report.periodLabel);
  const saved: StoredSettings = { ...settings, reports: result.owned };
  await writeStoredSettings(saved, host.settings);
  return { settings: saved, result };
}

/** Options of {@link refreshReport}. */
export interface RefreshReportOptions {
  /** The clock: the status line and "today" for future-date checks. */
  readonly now: Date;
  /** A new period text; default the stored one. */
  readonly period?: string;
  /** How the refresh was started, for the status line. */
  readonly via?: "pane" | "ribbon";
  readonly onProgress?: (p: ReadProgress) => void;
  /** The built-in templates a stored template id refers to; default the add-in's. */
  readonly templates?: readonly Template[];
}

/** What a refresh did. */
export interface RefreshReportResult {
  readonly settings: StoredSettings;
  readonly report: Report;
  /** The template rendered on the report sheet, or null for the standard report. */
  readonly template: NamedRenderedTemplate | null;
  readonly dataset: LoadedDataset;
  /** Where each source's data was, with its first rows (no whole sheet is kept). */
  readonly sources: SourcePreviews;
  /** The values of the case-type column, for the pane's mapping step. */
  readonly caseTypeValues: ColumnValues | null;
  readonly reportSheet: string;
  /** Owned sheets the user renamed, left as they are (the report went to a new sheet). */
  readonly released: readonly { readonly sheetName: string; readonly renamedTo: string }[];
}

/**
 * "Vernieuwen": re-reads the data with the stored settings, chunk by chunk into the
 * dataset's columns (`loadDatasetFromSources`: one sync per chunk plus two per source), and
 * rewrites the owned report sheets for the stored or a new period.
 *
 * @param host - the workbook and its settings
 * @param options - clock, new period, progress
 * @returns the new settings, report and dataset
 * @throws UserFacingError when nothing was set up yet; core errors for bad settings
 */
export async function refreshReport(
  host: ExcelHost,
  options: RefreshReportOptions
): Promise<RefreshReportResult> {
  const stored = readStoredSettings(host.settings);
  if (!stored?.cases) {
    throw new UserFacingError(
      "Er is nog geen rapport ingesteld in deze werkmap. Open het taakvenster Welzijnsmonitor, kies de gegevens en maak het rapport."
    );
  }
  const settings: StoredSettings = options.period ? { ...stored, period: options.period } : stored;
  if (settings.period) parsePeriod(settings.period);
  const { dataset, sources, caseTypeValues } = await loadDatasetFromSources(
    host,
    settings,
    dayOf(options.now),
    options.onProgress
  );
  const { report, template } = reportFromSettings(dataset, settings, options.templates);
  const written = await writeReport(
    host,
    report,
    dataset.issues,
    settings,
    statusLine(options.now, options.via ?? "pane"),
    template
  );
  const reportSheet = written.result.written[0]?.sheetName ?? "";
  return {
    settings: written.settings,
    report,
    template,
    dataset,
    sources,
    caseTypeValues,
    reportSheet,
    released: written.result.released,
  };
}

/**
 * The calendar day of a clock time (local date).
 *
 * @param now - the time
 * @returns the day
 */
export function dayOf(now: Date): Day {
  return dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * The status line on the report sheet.
 *
 * @param now - when the sheet was written
 * @param via - the pane or the ribbon button
 * @returns the Dutch line
 *
 * @example
 * statusLine(new Date(2024, 9, 3, 14, 5), 'ribbon') // 'Bijgewerkt op 3-10-2024 om 14:05 (knop Rapport vernieuwen).'
 */
export function statusLine(now: Date, via: "pane" | "ribbon"): string {
  return `Bijgewerkt op ${clockText(now)} (${via === "ribbon" ? "knop Rapport vernieuwen" : "taakvenster Welzijnsmonitor"}).`;
}

/**
 * The status line while the ribbon button refreshes the report.
 *
 * @param now - when the refresh started
 * @returns the Dutch line
 *
 * @example
 * busyStatusLine(new Date(2024, 9, 3, 14, 5)) // 'Bezig met vernieuwen (knop Rapport vernieuwen, gestart op 3-10-2024 om 14:05)…'
 */
export function busyStatusLine(now: Date): string {
  return `Bezig met vernieuwen (knop Rapport vernieuwen, gestart op ${clockText(now)})…`;
}

/**
 * The status line after the ribbon button failed: the sheet still shows the old report.
 *
 * @param now - when it failed
 * @param reason - the Dutch message
 * @returns the Dutch line
 *
 * @example
 * failedStatusLine(new Date(2024, 9, 3, 14, 5), 'Het blad "Export" is leeg.')
 * // 'Vernieuwen mislukt op 3-10-2024 om 14:05; dit blad toont nog het vorige rapport. Het blad "Export" is leeg.'
 */
export function failedStatusLine(now: Date, reason: string): string {
  return `Vernieuwen mislukt op ${clockText(now)}; dit blad toont nog het vorige rapport. ${reason}`;
}

function clockText(now: Date): string {
  const time = `${now.getHours()}:${String(now.getMinutes()).padStart(2, "0")}`;
  return `${now.getDate()}-${now.getMonth() + 1}-${now.getFullYear()} om ${time}`;
}
