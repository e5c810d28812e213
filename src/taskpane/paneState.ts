/**
 * The pane's state and how it becomes the settings stored in the workbook.
 *
 * @module
 */
import type { ColumnMapping, LoadedDataset, RecidiveOptions, TableName, Template } from "../core";
import type { ExcelHost } from "../excel/excelHost";
import type { DataSourceOption } from "../excel/listDataSources";
import type { ColumnValues } from "../excel/ColumnValueCounts";
import type { SourcePreviews } from "../excel/loadDatasetFromSources";
import type { DataSource, StoredSettings, StoredTemplate } from "../excel/storedSettings";
import {
  choiceFromText,
  latestCompleteQuarter,
  periodTextOf,
  type PeriodChoice,
} from "./periodChoice";

/** The host the pane runs against, with its clock (a test host may fix it). */
export interface PaneHost extends ExcelHost {
  readonly now?: () => Date;
  /** The built-in templates offered (a test host may give its own); default the add-in's. */
  readonly templates?: readonly Template[];
}

/** A step's message: what went wrong (or right), in Dutch. */
export interface PaneMessage {
  readonly kind: "error" | "success" | "info";
  readonly text: string;
}

/** Everything the pane shows. */
export interface PaneState {
  options: DataSourceOption[];
  choice: Partial<Record<TableName, DataSource | null>>;
  /** Where each source's data is, with its first rows only (no sheet is kept whole). */
  data: SourcePreviews | null;
  /** The values of the case-type column, counted while reading; null: none (yet). */
  caseTypeValues: ColumnValues | null;
  proposals: Partial<Record<TableName, ColumnMapping>>;
  overrides: Partial<Record<TableName, Record<string, string>>>;
  caseTypeMap: Record<string, string>;
  period: PeriodChoice;
  recidive: RecidiveOptions;
  /** Table ids to include; null: all. */
  tables: string[] | null;
  publication: { threshold: 5 | 10 } | null;
  /** The built-in templates offered besides Standaard. */
  templates: readonly Template[];
  /** The report template; null: Standaard (the standard report). */
  template: StoredTemplate | null;
  /** "Eigen sjabloon…" is chosen: the file's template, once one was read, is `template`. */
  ownTemplate: boolean;
  dataset: LoadedDataset | null;
  stored: StoredSettings | null;
  /** Which step is busy, if any (buttons disabled, progress shown). */
  busy: "read" | "mapping" | "generate" | "refresh" | null;
  progress: { text: string; value: number; max: number } | null;
  messages: Partial<
    Record<
      "data" | "mapping" | "options" | "template" | "generate" | "refresh" | "controle",
      PaneMessage
    >
  >;
  /** The period typed in the refresh card. */
  refreshPeriod: string;
  /** Steps 1 and 2 fold to a summary line once done (a "Wijzigen" button opens them). */
  folded: { data: boolean; mapping: boolean };
  /** Feedback of the last "Ga naar cel": which issue, and the cell selected. */
  selectedCell: { key: string; text: string } | null;
}

/** Default recidive parameters (SPEC §5). */
export const DEFAULT_RECIDIVE: RecidiveOptions = {
  minGapMonths: 6,
  sameDomain: true,
  startField: "startedOn",
};

/**
 * The initial state: from the stored settings when the workbook has them, else defaults
 * with the last complete quarter as the period.
 *
 * @param stored - the settings in the workbook, or null
 * @param now - today
 * @param templates - the built-in templates offered
 * @returns the state
 */
export function initialState(
  stored: StoredSettings | null,
  now: Date,
  templates: readonly Template[] = []
): PaneState {
  const fallback = latestCompleteQuarter(now);
  const period = stored?.period
    ? choiceFromText(stored.period, fallback)
    : { mode: "ytd" as const, ...fallback, text: "" };
  return {
    options: [],
    choice: {
      cases: stored?.cases?.source ?? null,
      zrm: stored?.zrm?.source ?? null,
      activities: stored?.activities?.source ?? null,
      complaints: stored?.complaints?.source ?? null,
    },
    data: null,
    caseTypeValues: null,
    proposals: {},
    overrides: {
      cases: { ...stored?.cases?.overrides },
      zrm: { ...stored?.zrm?.overrides },
      activities: { ...stored?.activities?.overrides },
      complaints: { ...stored?.complaints?.overrides },
    },
    caseTypeMap: { ...stored?.caseTypeMap },
    period,
    recidive: { ...DEFAULT_RECIDIVE, ...stored?.recidive },
    tables: stored?.tables ? [...stored.tables] : null,
    publication: stored?.publication ?? null,
    templates,
    template: stored?.template ?? null,
    ownTemplate: stored?.template?.kind === "own",
    dataset: null,
    stored,
    busy: null,
    progress: null,
    messages: {},
    refreshPeriod: stored?.period ?? "",
    folded: { data: false, mapping: false },
    selectedCell: null,
  };
}

/**
 * The settings the pane's choices amount to (sources, overrides, options, period), keeping
 * the list of owned sheets from the stored settings.
 *
 * @param state - the pane state
 * @returns the settings to store
 */
export function settingsFromState(state: PaneState): StoredSettings {
  const table = (name: TableName) => {
    const source = state.choice[name];
    return source ? { source, overrides: { ...state.overrides[name] } } : undefined;
  };
  const optional = (["zrm", "activities", "complaints"] as const).flatMap((name) => {
    const t = table(name);
    return t ? [[name, t] as const] : [];
  });
  return {
    version: 1,
    ...(table("cases") ? { cases: table("cases") } : {}),
    ...Object.fromEntries(optional),
    ...(Object.keys(state.caseTypeMap).length > 0 ? { caseTypeMap: { ...state.caseTypeMap } } : {}),
    period: periodTextOf(state.period),
    recidive: { ...state.recidive },
    ...(state.tables ? { tables: [...state.tables] } : {}),
    publication: state.publication,
    ...(state.template ? { template: state.template } : {}),
    reports: state.stored?.reports ?? [],
  };
}
