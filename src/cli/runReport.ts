/**
 * `welzijnsmonitor report`: read the export, compute, print and write.
 *
 * @module
 */
import type ExcelJS from "exceljs";
import { resolve } from "node:path";
import { buildKpiJson } from "../core/kpis/buildKpiJson";
import { loadDataset } from "../core/parse/loadDataset";
import type { DatasetInput, TableInput } from "../core/parse/types";
import { parsePeriod } from "../core/periods/parsePeriod";
import { previousYearPeriod } from "../core/periods/previousYearPeriod";
import { resolveRecidiveOptions } from "../core/recidive/recidiveOptions";
import { buildStandardReport } from "../core/report/buildStandardReport";
import type { Dataset, Period, RecidiveOptions, TableName } from "../core/types";
import { buildReportWorkbook } from "../xlsx/buildReportWorkbook";
import { CliInputError, CliUsageError } from "./cliErrors";
import type { CliIo } from "./cliIo";
import { formatSummary } from "./formatSummary";
import { localToday } from "./localToday";
import type { ReportArgs } from "./parseCliArgs";
import { readTableFile } from "./readTableFile";
import { RecidiveFactsWorker } from "./RecidiveFactsWorker";

/** Tables the terminal summary shows. */
export const SUMMARY_TABLE_IDS = ["kpis", "individual"] as const;

/**
 * Runs a report as the arguments say: JSON on stdout (`--json`), the report workbook
 * (`--out`), and otherwise a readable summary on stdout.
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
  const recidive: Partial<RecidiveOptions> = {
    ...(args.recidiveMonths === undefined ? {} : { minGapMonths: args.recidiveMonths }),
    ...(args.recidiveSameDomain === undefined ? {} : { sameDomain: args.recidiveSameDomain }),
  };
  // The second core's thread loads its code while the files are read.
  const facts = process.env[THREADS_VARIABLE] === "1" ? null : RecidiveFactsWorker.start();
  try {
    const input = await readInput(args, io);
    io.progress?.("Gegevens controleren en KPI's berekenen…");
    const dataset = loadDataset(input);
    facts?.prefetch(dataset.cases, resolveRecidiveOptions(recidive).startField);
    return await writeOutputs(args, io, dataset, period, previous, recidive);
  } finally {
    await facts?.close();
  }
}

/** Environment variable: "1" keeps all work on the main thread (no RecidiveFactsWorker). */
export const THREADS_VARIABLE = "WELZIJNSMONITOR_THREADS";

async function writeOutputs(
  args: ReportArgs,
  io: CliIo,
  dataset: Dataset,
  period: Period,
  previous: Period,
  recidive: Partial<RecidiveOptions>
): Promise<number> {
  if (args.json)
    io.stdout(
      `${JSON.stringify(buildKpiJson(dataset, period, previous, { recidive }), null, 2)}\n`
    );
  if (args.json && args.out === undefined) return 0;
  const report = buildStandardReport(dataset, period, {
    previous,
    recidive,
    ...(args.publication ? { publication: { threshold: args.threshold } } : {}),
  });
  if (args.out !== undefined) {
    io.progress?.(`Rapport schrijven: ${args.out}…`);
    const workbook = buildReportWorkbook(report, dataset.issues);
    try {
      await workbook.xlsx.writeFile(args.out);
    } catch (error) {
      throw new CliInputError(
        `kan het rapport niet schrijven naar ${args.out}: ${(error as Error).message}`
      );
    }
  }
  if (args.json) return 0;
  io.stdout(
    formatSummary(report, dataset.issues, {
      tableIds: SUMMARY_TABLE_IDS,
      caseCount: dataset.cases.size,
    })
  );
  if (args.out !== undefined) io.stdout(`\nRapport geschreven: ${args.out}\n`);
  return 0;
}

async function readInput(args: ReportArgs, io: CliIo): Promise<DatasetInput> {
  const files: readonly [TableName, string | undefined, string | undefined][] = [
    ["cases", args.cases, args.sheet],
    ["zrm", args.zrm, args.zrmSheet],
    ["activities", args.activities, args.activitiesSheet],
    ["complaints", args.complaints, args.complaintsSheet],
  ];
  const tables: Partial<Record<TableName, TableInput>> = {};
  const workbooks = new Map<string, Promise<ExcelJS.Workbook>>();
  const read = new Set<string>();
  for (const [table, path, sheet] of files) {
    const overrides = args.overrides[table];
    if (path === undefined) {
      if (overrides !== undefined)
        throw new CliUsageError(`--map ${table}.…: geef ook het bestand met --${table}`);
      continue;
    }
    // One line per file, also when several tables come from the sheets of one workbook.
    if (!read.has(resolve(path))) io.progress?.(`Lezen: ${path}…`);
    read.add(resolve(path));
    const { rows, readIssues } = await readTableFile(path, {
      table,
      workbooks,
      ...(sheet === undefined ? {} : { sheet }),
    });
    tables[table] = { rows, readIssues, ...(overrides === undefined ? {} : { overrides }) };
  }
  const cases = tables.cases;
  if (cases === undefined) throw new CliUsageError("--cases ontbreekt");
  return {
    cases,
    ...(tables.zrm ? { zrm: tables.zrm } : {}),
    ...(tables.activities ? { activities: tables.activities } : {}),
    ...(tables.complaints ? { complaints: tables.complaints } : {}),
    // SPEC §2 asks for dates "in the future of the export": without --peildatum, that is today.
    asOf: args.asOf ?? localToday(),
  };
}
