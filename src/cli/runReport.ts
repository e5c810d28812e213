/**
 * `welzijnsmonitor rapport`: read the export, compute, print and write.
 *
 * @module
 */
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  buildKpiJson,
  buildStandardReport,
  createDatasetLoader,
  createEngine,
  parsePeriod,
  previousYearPeriod,
  publishKpiJson,
  renderedTableJson,
  renderTemplate,
  publicationAuditLine,
  reportAsRendered,
  resolveRecidiveOptions,
  TABLE_LABELS,
} from "../core";
import type {
  CellReadIssue,
  Dataset,
  DatasetLoaderInput,
  Period,
  RecidiveOptions,
  ReportProvenance,
  TableName,
  TableStart,
  Template,
} from "../core";
import { checkOutPath } from "./checkOutPath";
import { CliInputError, CliUsageError } from "./cliErrors";
import type { CliIo } from "./cliIo";
import { formatRenderedTable, formatSummary } from "./formatSummary";
import { localToday } from "./localToday";
import type { XlsxWorkbook } from "./openXlsx";
import { optionAsTyped, type CliOptionName, type ReportArgs } from "./parseCliArgs";
import type { OpenedTable } from "./OpenedTable";
import { pushTableChunks } from "./pushTableChunks";
import { readTableFile } from "./readTableFile";
import { readTemplate, STANDARD_TEMPLATE } from "./readTemplate";
import { reportWriteErrorText } from "./reportWriteErrorText";
import { writeFileAtomic } from "./writeFileAtomic";

/** Tables the terminal summary shows. */
export const SUMMARY_TABLE_IDS = ["kpis", "individual"] as const;

/**
 * Runs a report as the arguments say: JSON on stdout (`--json`), the report workbook
 * (`--uit`), and otherwise a readable summary on stdout. Whether `--uit` may be written
 * (`checkOutPath`) is checked before any input is read; the workbook replaces the file at once
 * (`writeFileAtomic`), before anything is printed.
 *
 * @param args - the parsed arguments
 * @param io - where output goes
 * @returns the exit status (0)
 * @throws {CliUsageError}, {CliInputError}, `InvalidPeriodError`, `MappingError` for the
 *   caller to turn into exit status 2
 */
export async function runReport(args: ReportArgs, io: CliIo): Promise<number> {
  const period = parsePeriod(args.period);
  const previous = previousYearPeriod(period);
  const target =
    args.out === undefined
      ? undefined
      : await checkOutPath(args.out, {
          inputs: inputFiles(args),
          overwrite: args.overwrite,
          outOption: optionAsTyped(args, "uit"),
        });
  const recidive: Partial<RecidiveOptions> = {
    ...(args.recidiveMonths === undefined ? {} : { minGapMonths: args.recidiveMonths }),
    ...(args.recidiveSameDomain === undefined ? {} : { sameDomain: args.recidiveSameDomain }),
  };
  // The template is read before the export: a bad template file fails fast.
  const template =
    args.template === undefined
      ? STANDARD_TEMPLATE
      : await readTemplate(args.template, optionAsTyped(args, "sjabloon"));
  const dataset = await readDataset(args, io);
  if (template !== STANDARD_TEMPLATE)
    return writeTemplateOutputs(args, target, io, dataset, template, period, previous, recidive);
  return writeOutputs(args, target, io, dataset, period, previous, recidive);
}

/**
 * Reads the input files and parses them into a dataset: every table's first rows first (the
 * files' errors, then the mappings' errors, in table order), then each table's chunks, read
 * into the loader's columns one at a time (`createDatasetLoader`), so no whole sheet needs to
 * be held; a large CSV case table in two parts at once, the second in a worker thread
 * (`pushTableChunks`). A function of its own so that whatever rows are held (a reader that
 * has the sheet whole; a million rows are about 700 MB of strings) are garbage once it
 * returns: had the caller awaited them itself, the promise job that resumed it would hold
 * them for as long as the report is computed, and every full collection would mark them again.
 *
 * A read in two parts that fails in any way (`readTableFile`: e.g. a piece that is not UTF-8
 * far into the file, where one thread would have decoded the whole file otherwise) is done
 * again in one thread, without its progress lines again: its result or error is the one of
 * one thread.
 */
async function readDataset(args: ReportArgs, io: CliIo, isOneThread = false): Promise<Dataset> {
  const tables: [TableName, OpenedTable][] = [];
  try {
    const loaderInput = await readInput(args, io, tables, isOneThread);
    io.progress?.("Gegevens controleren en KPI's berekenen…");
    const loader = createDatasetLoader(loaderInput);
    const readIssues: Partial<Record<TableName, readonly CellReadIssue[]>> = {};
    for (const [table, opened] of tables) {
      await pushTableChunks(table, opened, loader);
      readIssues[table] = opened.readIssues();
    }
    return loader.finish(readIssues);
  } catch (error) {
    const cuts = tables.flatMap(([, opened]) => (opened.cut === undefined ? [] : [opened.cut]));
    if (cuts.length === 0) throw error;
    for (const cut of cuts) {
      cut.worker?.stop();
      cut.close();
    }
    const { progress: _progress, ...quiet } = io;
    return readDataset(args, quiet, true);
  }
}

async function writeOutputs(
  args: ReportArgs,
  target: string | undefined,
  io: CliIo,
  dataset: Dataset,
  period: Period,
  previous: Period,
  recidive: Partial<RecidiveOptions>
): Promise<number> {
  // One engine for the run: the workbook and the JSON share its case sets and results.
  const engine = createEngine(dataset);
  const publication = args.publication ? { threshold: args.threshold } : undefined;
  const report =
    args.out === undefined && args.json && publication === undefined
      ? undefined
      : buildStandardReport(engine, period, {
          previous,
          recidive,
          ...(publication === undefined ? {} : { publication }),
        });
  // The workbook first: when it cannot be written, nothing has been printed as if it had.
  if (report !== undefined && args.out !== undefined && target !== undefined) {
    io.progress?.(`Rapport schrijven: ${args.out}…`);
    // The writer (ExcelJS inside; one bundled module in lib/, see scripts/bundle-lib.js) is
    // loaded only to write a workbook: a --json run never needs it.
    const { buildReportWorkbook, saveReportWorkbook } = await import("../xlsx");
    await writeReport(
      await saveReportWorkbook(
        buildReportWorkbook(report, dataset.issues, { provenance: provenanceOf(args) })
      ),
      target,
      args.out
    );
  }
  if (args.json) {
    const json = buildKpiJson(engine, period, previous, { recidive });
    // With --sjabloon standaard the JSON also holds the report's tables (SPEC §9).
    const tables =
      args.template === STANDARD_TEMPLATE
        ? reportAsRendered(report ?? buildStandardReport(engine, period, { previous, recidive }))
        : undefined;
    const printed =
      report?.publication === undefined ? json : publishKpiJson(json, report, { tables });
    const tablesJson = tables?.map(renderedTableJson);
    io.stdout(
      `${JSON.stringify(tablesJson === undefined ? printed : { ...printed, tables: tablesJson }, null, 2)}\n`
    );
    return 0;
  }
  if (report === undefined) return 0;
  io.stdout(
    formatSummary(report, dataset.issues, {
      tableIds: SUMMARY_TABLE_IDS,
      caseCount: dataset.cases.size,
      ...(args.out === undefined ? {} : { out: args.out }),
    })
  );
  if (report.publication !== undefined)
    io.stdout(
      `\nPublicatiecontrole: ${publicationAuditLine(reportAsRendered(report), report.publication.threshold)}\n`
    );
  if (args.out !== undefined) io.stdout(`\nRapport geschreven: ${args.out}\n`);
  return 0;
}

/**
 * The outputs of a run with a template other than the standard one: its tables in the JSON
 * (`tables`, SPEC §9, with the tables the export cannot serve in `omittedTables`), or printed.
 */
async function writeTemplateOutputs(
  args: ReportArgs,
  target: string | undefined,
  io: CliIo,
  dataset: Dataset,
  template: Template,
  period: Period,
  previous: Period,
  recidive: Partial<RecidiveOptions>
): Promise<number> {
  const engine = createEngine(dataset);
  const rendered = renderTemplate(
    { engine, period, previous, recidive: resolveRecidiveOptions(recidive) },
    template,
    args.publication ? { publication: { threshold: args.threshold } } : {}
  );
  if (args.out !== undefined && target !== undefined) {
    io.progress?.(`Rapport schrijven: ${args.out}…`);
    const { buildTemplateWorkbook, saveReportWorkbook } = await import("../xlsx");
    const book = buildTemplateWorkbook(rendered, rendered, dataset.issues, provenanceOf(args));
    await writeReport(await saveReportWorkbook(book), target, args.out);
  }
  if (args.json) {
    const json = buildKpiJson(engine, period, previous, { recidive });
    // A publication audits the template's tables only: no KPI or group is published beside them.
    const printed =
      rendered.publication === undefined
        ? json
        : publishKpiJson(
            json,
            { tables: [], publication: rendered.publication },
            { tables: rendered.tables }
          );
    const tables = rendered.tables.map(renderedTableJson);
    io.stdout(
      `${JSON.stringify({ ...printed, tables, omittedTables: rendered.omitted }, null, 2)}\n`
    );
    return 0;
  }
  const lines = [rendered.title];
  for (const table of rendered.tables) lines.push("", ...formatRenderedTable(table));
  if (rendered.omitted.length > 0)
    lines.push(
      "",
      "Niet opgenomen:",
      ...rendered.omitted.map((table) => `- ${table.title}: ${table.reason}`)
    );
  if (rendered.publication !== undefined)
    lines.push(
      "",
      `Publicatiecontrole: ${publicationAuditLine(rendered.tables, rendered.publication.threshold)}`
    );
  io.stdout(`${lines.join("\n")}\n`);
  if (args.out !== undefined) io.stdout(`\nRapport geschreven: ${args.out}\n`);
  return 0;
}

async function writeReport(bytes: Uint8Array, target: string, out: string): Promise<void> {
  // The bytes first, then one atomic replace: a failure half-way leaves the old file whole.
  const existed = existsSync(target);
  try {
    await writeFileAtomic(target, bytes);
  } catch (error) {
    throw new CliInputError(reportWriteErrorText(error, out, existed));
  }
}

/**
 * Where the report's numbers come from, for the block under its title: the organisation
 * (`--organisatie`), the input files' names, the peildatum and today.
 */
function provenanceOf(args: ReportArgs): ReportProvenance {
  const today = localToday();
  return {
    ...(args.organisation === undefined ? {} : { organisation: args.organisation }),
    sourceFiles: [...new Set(inputFiles(args).map(({ path }) => basename(path)))],
    referenceDate: args.asOf ?? today,
    generatedOn: today,
  };
}

/** The input files with the option that names each (as typed), for {@link checkOutPath}. */
function inputFiles(args: ReportArgs): { option: string; path: string }[] {
  const files: [CliOptionName, string | undefined][] = [
    ["casussen", args.cases],
    ["zrm", args.zrm],
    ["activiteiten", args.activities],
    ["klachten", args.complaints],
  ];
  return files.flatMap(([name, path]) =>
    path === undefined ? [] : [{ option: optionAsTyped(args, name), path }]
  );
}

/** Per table: the option of its file and of its sheet (Dutch names). */
const TABLE_OPTIONS: Readonly<Record<TableName, readonly [CliOptionName, CliOptionName]>> = {
  cases: ["casussen", "werkblad"],
  zrm: ["zrm", "zrm-werkblad"],
  activities: ["activiteiten", "activiteiten-werkblad"],
  complaints: ["klachten", "klachten-werkblad"],
};

/**
 * Opens the input files (their first rows), each table into `opened` as it is opened (so
 * that a caller can end what a failure leaves open), and returns what the loader starts from.
 */
async function readInput(
  args: ReportArgs,
  io: CliIo,
  opened: [TableName, OpenedTable][],
  isOneThread: boolean
): Promise<DatasetLoaderInput> {
  const files: readonly [TableName, string | undefined, string | undefined][] = [
    ["cases", args.cases, args.sheet],
    ["zrm", args.zrm, args.zrmSheet],
    ["activities", args.activities, args.activitiesSheet],
    ["complaints", args.complaints, args.complaintsSheet],
  ];
  const tables: Partial<Record<TableName, TableStart>> = {};
  const workbooks = new Map<string, Promise<XlsxWorkbook>>();
  const read = new Set<string>();
  for (const [table, path, sheet] of files) {
    const overrides = args.overrides[table];
    const [fileOption, sheetOption] = TABLE_OPTIONS[table];
    if (path === undefined) {
      if (overrides !== undefined)
        throw new CliUsageError(
          `${optionAsTyped(args, "kolom")} voor de ${TABLE_LABELS[table]}: geef ook het bestand met --${fileOption}`
        );
      continue;
    }
    // One line per file, also when several tables come from the sheets of one workbook.
    if (!read.has(resolve(path))) io.progress?.(`Lezen: ${path}…`);
    read.add(resolve(path));
    const file = await readTableFile(path, {
      table,
      workbooks,
      isOneThread,
      ...(sheet === undefined ? {} : { sheet, sheetOption: optionAsTyped(args, sheetOption) }),
    });
    opened.push([table, file]);
    tables[table] = {
      firstRows: file.firstRows,
      ...(file.expectedRows === undefined ? {} : { expectedRows: file.expectedRows }),
      ...(file.delimited === true ? { delimited: true } : {}),
      ...(overrides === undefined ? {} : { overrides }),
    };
  }
  const cases = tables.cases;
  if (cases === undefined) throw new CliUsageError("--casussen ontbreekt");
  const loaderInput: DatasetLoaderInput = {
    cases,
    ...(tables.zrm ? { zrm: tables.zrm } : {}),
    ...(tables.activities ? { activities: tables.activities } : {}),
    ...(tables.complaints ? { complaints: tables.complaints } : {}),
    // SPEC §2 asks for dates "in the future of the export": without --peildatum, that is today.
    asOf: args.asOf ?? localToday(),
    ...(args.earliestDate === undefined ? {} : { earliestDate: args.earliestDate }),
  };
  return loaderInput;
}
