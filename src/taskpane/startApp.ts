/**
 * The task pane app: holds the state, renders the steps, and carries out what the user
 * asks through the Office layer. Every handler runs through one `attempt` that shows any
 * error as a Dutch message in its step (office-js-snippets' tryCatch).
 *
 * @module
 */
import type { ColumnMapping, DataIssue, TableName } from "../core";
import {
  listDataSources,
  selectionSource,
  sourceKey,
  type DataSourceOption,
} from "../excel/listDataSources";
import { officeErrorMessage, UserFacingError } from "../excel/officeErrorMessage";
import { acquireBusy, type BusyChange } from "../excel/busyLock";
import { BUSY_EVENT, COMMAND_ERROR_EVENT, REFRESHED_EVENT } from "../excel/paneEvents";
import {
  dayOf,
  INPUT_TABLES,
  refreshReport,
  reportFromSettings,
  statusLine,
  writeReport,
  type ReadProgress,
  type RefreshReportResult,
} from "../excel/reportWorkflow";
import { cellAddress, quoteSheetName } from "../excel/cellAddress";
import { issueCell, selectCell } from "../excel/selectIssueCell";
import { readStoredSettings, type StoredSettings } from "../excel/storedSettings";
import { BUILT_IN_TEMPLATE_LIST, templateFromFile } from "../excel/templateCatalog";
import { reportSheetName } from "../xlsx/reportSheetName";
import { applyRefreshResult, releasedSheetMessage, skippedRowsWarning } from "./applyRefreshResult";
import { dataSection } from "./dataSection";
import { progressText } from "./progressText";
import { render } from "./dom";
import { generateBlocker } from "./generateBlocker";
import { mappingSection, type CurrentMappings } from "./mappingSection";
import { optionsSection, periodFeedback } from "./optionsSection";
import { OWN_TEMPLATE, type PaneActions } from "./paneActions";
import { describePeriod, periodTextOf } from "./periodChoice";
import { initialState, settingsFromState, type PaneHost, type PaneState } from "./paneState";
import { controleSection, generateReason, generateSection, refreshCard } from "./reportSections";
import { caseTypesStale, loadPaneDataset, readPaneData, recountCaseTypes } from "./paneReads";
import { resolveMapping } from "./resolveMapping";

const SOURCE_HINTS: Readonly<Record<TableName, RegExp>> = {
  cases: /casus|traject|export|dossier|registratie/i,
  zrm: /zrm|score/i,
  activities: /activit|collectie|bijeenkomst/i,
  complaints: /klacht/i,
};

/**
 * Starts the pane in a root element.
 *
 * @param root - the element that holds the app
 * @param host - the workbook (Office's, or a test host's in-memory one)
 * @returns when the first render and the list of tables are done
 */
export async function startApp(root: HTMLElement, host: PaneHost): Promise<void> {
  const now = (): Date => (host.now ? host.now() : new Date());
  const templates = host.templates ?? BUILT_IN_TEMPLATE_LIST;
  const state: PaneState = initialState(readStoredSettings(host.settings), now(), templates);
  const open = new Map<string, boolean>();
  let pendingFocus: string | null = null;

  const mappings = (): CurrentMappings => {
    const result: CurrentMappings = {};
    for (const table of INPUT_TABLES) {
      const proposal = state.proposals[table];
      if (proposal) result[table] = resolveMapping(proposal, state.overrides[table] ?? {}).mapping;
    }
    return result;
  };

  const update = (): void => {
    const current = mappings();
    render(
      root,
      refreshCard(state, actions),
      dataSection(state, actions),
      mappingSection(state, current, actions),
      optionsSection(state, actions, now()),
      generateSection(state, actions),
      controleSection(state, actions)
    );
    if (pendingFocus) {
      document.getElementById(pendingFocus)?.focus();
      pendingFocus = null;
    }
  };

  /**
   * Runs a step's work with its busy state, progress and error message (which gets the
   * focus, unless `focusError` is false: a column choice keeps it on its dropdown).
   */
  const attempt = async (
    step: PaneState["busy"],
    message: keyof PaneState["messages"],
    work: () => Promise<void> | void,
    focusError = true
  ): Promise<void> => {
    if (state.busy) return;
    const release = acquireBusy("pane");
    if (!release) {
      state.messages[message] = {
        kind: "info",
        text: "Welzijnsmonitor is bezig met vernieuwen via de knop Rapport vernieuwen. Wacht tot dat klaar is.",
      };
      update();
      return;
    }
    // Disabling the pressed button drops the keyboard focus: put it back afterwards.
    const returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement.id : "";
    state.busy = step;
    state.progress = null;
    delete state.messages[message];
    update();
    try {
      await work();
    } catch (error) {
      state.messages[message] = { kind: "error", text: officeErrorMessage(error) };
    } finally {
      release();
      state.busy = null;
      state.progress = null;
      if (!pendingFocus && returnFocus) pendingFocus = returnFocus;
      if (focusError && state.messages[message]?.kind === "error")
        pendingFocus = `${message}-message`;
      update();
    }
  };

  const showProgress = (p: ReadProgress): void => {
    state.progress = {
      text: progressText(p),
      value: p.rowsRead,
      max: p.totalRows,
    };
    update();
  };

  /**
   * Builds the dataset from the pane's choices, re-reading the sources chunk by chunk into
   * its columns (throws MappingError with a Dutch message).
   */
  const buildDataset = async (): Promise<void> => {
    if (!state.data) return;
    await loadPaneDataset(host, state, dayOf(now()), showProgress);
  };

  /**
   * After a column or case-type choice: rebuilds the dataset once one is built (its error
   * goes to step 2 and the dataset is dropped), else recounts the case types when their
   * column changed.
   */
  const afterMappingChange = (): void => {
    if (state.dataset) {
      void attempt(
        "mapping",
        "mapping",
        async () => {
          try {
            await buildDataset();
          } catch (error) {
            state.dataset = null;
            state.messages.mapping = { kind: "error", text: officeErrorMessage(error) };
          }
        },
        false
      );
    } else if (caseTypesStale(state)) {
      void attempt("mapping", "mapping", () => recountCaseTypes(host, state, showProgress), false);
    }
  };

  const afterWrite = (settings: StoredSettings): void => {
    state.stored = settings;
    state.refreshPeriod = settings.period ?? state.refreshPeriod;
  };

  const actions: PaneActions = {
    chooseSource(table, key) {
      state.choice[table] =
        key === ""
          ? null
          : (state.options.find((o) => sourceKey(o.source) === key)?.source ??
            state.choice[table] ??
            null);
      state.data = null;
      state.caseTypeValues = null;
      state.proposals = {};
      state.dataset = null;
      update();
    },
    useSelection() {
      void attempt(null, "data", async () => {
        // Refused (Dutch message in this step) on a sheet the add-in owns: it is cleared on refresh.
        const option = await selectionSource(host.run, state.stored?.reports ?? []);
        if (!state.options.some((o) => sourceKey(o.source) === sourceKey(option.source)))
          state.options = [option, ...state.options];
        state.choice.cases = option.source;
        state.data = null;
        state.caseTypeValues = null;
        state.dataset = null;
      });
    },
    readData() {
      void attempt("read", "data", async () => {
        // Chunk by chunk: the first rows (mapping step) and the case types are kept, no sheet.
        await readPaneData(host, state, showProgress);
        const data = state.data;
        if (!data) return;
        const caseRows = data.cases.rowCount - (state.proposals.cases?.headerRowIndex ?? 0) - 1;
        const extra = Object.keys(data).length - 1;
        const skipped = data.cases.skippedRowsBelow ?? 0;
        state.messages.data = {
          kind: skipped > 0 ? "info" : "success",
          text: `Gelezen: ${caseRows.toLocaleString("nl-NL")} rijen met casussen${extra === 1 ? " en 1 extra tabel" : extra > 1 ? ` en ${extra} extra tabellen` : ""}.${skipped > 0 ? ` ${skippedRowsWarning(data.cases.sheet, skipped)}` : ""}`,
        };
        state.folded = { data: true, mapping: false };
        pendingFocus = "mapping-title";
      });
    },
    setOverride(table, field, header) {
      state.overrides[table] = { ...state.overrides[table], [field]: header };
      update();
      afterMappingChange();
    },
    setCaseType(value, group) {
      state.caseTypeMap = { ...state.caseTypeMap, [value]: group };
      update();
      afterMappingChange();
    },
    confirmMapping() {
      void attempt("mapping", "mapping", async () => {
        await buildDataset();
        const cases = state.dataset?.cases.size ?? 0;
        const issues = state.dataset?.issues.length ?? 0;
        state.messages.mapping = {
          kind: "success",
          text: `${cases.toLocaleString("nl-NL")} casussen ingelezen${issues > 0 ? `, ${issues.toLocaleString("nl-NL")} meldingen (zie Controle onderaan)` : ""}.`,
        };
        state.folded.mapping = true;
        pendingFocus = "options-title";
      });
    },
    setPeriod(choice, live) {
      state.period = { ...state.period, ...choice };
      if (live) {
        const feedback = document.getElementById("period-feedback");
        feedback?.replaceWith(periodFeedback(periodTextOf(state.period)));
        const button = document.getElementById("generate") as HTMLButtonElement | null;
        if (button) button.disabled = state.busy !== null || generateBlocker(state) !== "";
        document.getElementById("generate-reason")?.replaceWith(generateReason(state));
        return;
      }
      update();
    },
    setRecidive(options) {
      state.recidive = { ...state.recidive, ...options };
      update();
    },
    setTables(ids) {
      state.tables = ids;
      update();
    },
    setPublication(publication) {
      state.publication = publication;
      update();
    },
    chooseTemplate(value) {
      delete state.messages.template;
      state.ownTemplate = value === OWN_TEMPLATE;
      if (value === "") state.template = null;
      else if (value !== OWN_TEMPLATE) state.template = { kind: "builtIn", id: value };
      else if (state.template?.kind !== "own") state.template = null;
      if (state.ownTemplate) pendingFocus = "template-file";
      update();
    },
    loadTemplateFile(file) {
      void attempt(null, "template", async () => {
        const text = await file.text();
        try {
          const template = templateFromFile(text, file.name);
          state.template = { kind: "own", fileName: file.name, template };
          state.messages.template = {
            kind: "success",
            text: `Sjabloon gelezen: ${template.tables.length === 1 ? "1 tabel" : `${template.tables.length} tabellen`}.`,
          };
        } catch (error) {
          // The file stays unused; a template read earlier is kept.
          throw new UserFacingError(`Sjabloon "${file.name}": ${officeErrorMessage(error)}`);
        }
      });
    },
    generate() {
      void attempt("generate", "generate", async () => {
        if (!state.data) return;
        // The dataset "Kolommen bevestigen" built (chunk by chunk, rebuilt after every column
        // or case-type choice) is the one reported on: no read, so writing is the only round
        // trip. Without one, the sources are read first (with their own progress).
        if (!state.dataset) await buildDataset();
        state.progress = { text: "Rapport berekenen…", value: 1, max: 3 };
        update();
        const dataset = state.dataset;
        if (!dataset) return;
        const settings = settingsFromState(state);
        const { report, template } = reportFromSettings(dataset, settings, templates);
        state.progress = { text: "Rapport schrijven in Excel…", value: 2, max: 3 };
        update();
        const written = await writeReport(
          host,
          report,
          dataset.issues,
          settings,
          statusLine(now(), "pane"),
          template
        );
        afterWrite(written.settings);
        const sheet = written.result.written[0]?.sheetName ?? "";
        const desired = reportSheetName(report.periodLabel);
        const clash =
          sheet !== desired
            ? ` Er bestond al een blad "${desired}" dat niet van Welzijnsmonitor is; dat blad is niet aangeraakt.`
            : "";
        const released = written.result.released.map((r) => ` ${releasedSheetMessage(r)}`).join("");
        const tableCount = template ? template.rendered.tables.length : report.tables.length;
        const omitted = template?.rendered.omitted.length ?? 0;
        const left =
          omitted === 0
            ? ""
            : ` ${omitted === 1 ? "1 tabel kon" : `${omitted} tabellen konden`} niet worden gemaakt; het rapportblad zegt waarom.`;
        // The result goes to the "Rapport vernieuwen" card at the top, where next quarter
        // starts; step 4 keeps no message that would go stale after a refresh.
        delete state.messages.generate;
        state.messages.refresh = {
          kind: "success",
          text: `Klaar: het rapport staat op blad "${sheet}" (${tableCount} tabellen), met de bladen Toelichting en Controle.${left}${clash}${released}`,
        };
        pendingFocus = "refresh-message";
      });
    },
    setRefreshPeriod(text, live) {
      state.refreshPeriod = text;
      if (live) {
        document
          .getElementById("refresh-feedback")
          ?.replaceWith(periodFeedback(text, "refresh-feedback"));
        const button = document.getElementById("refresh") as HTMLButtonElement | null;
        if (button) button.disabled = state.busy !== null || !describePeriod(text).ok;
        return;
      }
      update();
    },
    refresh() {
      void attempt("refresh", "refresh", async () => {
        const result = await refreshReport(host, {
          now: now(),
          period: state.refreshPeriod,
          via: "pane",
          onProgress: showProgress,
          templates,
        });
        applyRefreshResult(state, result, "pane", now());
        pendingFocus = "refresh-message";
      });
    },
    goToIssue(issue: DataIssue, key = "") {
      void attempt(null, "controle", async () => {
        state.selectedCell = null;
        const data = state.data?.[issue.table];
        const mapping: ColumnMapping | undefined = state.dataset?.mappings[issue.table];
        const cell =
          data && mapping ? issueCell(issue, { location: data, headers: mapping.headers }) : null;
        if (!cell) {
          state.messages.controle = { kind: "info", text: "Deze melding hoort niet bij één cel." };
          return;
        }
        await selectCell(host.run, cell);
        state.selectedCell = {
          key,
          text: `Cel ${quoteSheetName(cell.sheet)}!${cellAddress(cell.row, cell.column)} geselecteerd.`,
        };
      });
    },
    goToSheet(name) {
      void attempt(null, "generate", async () => {
        // By name: ownership requires the stored name, and ids may change between sessions.
        await host.run(async (context) => {
          context.workbook.worksheets.getItem(name).activate();
          await context.sync();
        });
      });
    },
    unfold(step) {
      state.folded[step] = false;
      pendingFocus = step === "data" ? "source-cases" : "mapping-title";
      update();
    },
    toggleDetails(id, isOpen) {
      open.set(id, isOpen);
    },
    isOpen(id, fallback = false) {
      return open.get(id) ?? fallback;
    },
  };

  window.addEventListener(REFRESHED_EVENT, (event) => {
    const result = (event as CustomEvent<RefreshReportResult | null>).detail;
    if (result) applyRefreshResult(state, result, "ribbon", now());
    else {
      const stored = readStoredSettings(host.settings);
      if (stored) afterWrite(stored);
    }
    update();
  });
  window.addEventListener(BUSY_EVENT, (event) => {
    const change = (event as CustomEvent<BusyChange>).detail;
    if (change.owner !== "ribbon") return;
    state.busy = change.busy ? "refresh" : null;
    state.progress = change.busy
      ? { text: "Bezig met vernieuwen via de knop Rapport vernieuwen…", value: 0, max: 0 }
      : null;
    update();
  });
  window.addEventListener(COMMAND_ERROR_EVENT, (event) => {
    const text = (event as CustomEvent<string>).detail;
    state.messages[state.stored?.reports.length ? "refresh" : "data"] = {
      kind: "error",
      text: `Rapport vernieuwen lukte niet. ${text}`,
    };
    update();
  });

  update();
  await attempt(null, "data", async () => {
    state.options = await listDataSources(host.run, state.stored?.reports ?? []);
    if (!state.stored?.cases) preselect(state.options);
  });

  function preselect(options: readonly DataSourceOption[]): void {
    const taken = new Set<string>();
    for (const table of INPUT_TABLES) {
      const match = options.find(
        (o) => !taken.has(sourceKey(o.source)) && SOURCE_HINTS[table].test(o.label)
      );
      const chosen =
        match ??
        (table === "cases" ? options.find((o) => !taken.has(sourceKey(o.source))) : undefined);
      if (chosen) {
        state.choice[table] = chosen.source;
        taken.add(sourceKey(chosen.source));
      }
    }
  }
}
