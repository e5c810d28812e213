import { MappingError } from "../errors";
import { applyMappingOverrides } from "../mapping/applyMappingOverrides";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredFields } from "../mapping/listFields";
import { missingRequiredMessage } from "../mapping/mappingMessages";
import { proposeMapping } from "../mapping/proposeMapping";
import type { CellValue, DataIssue, TableName } from "../types";
import type { CaseTablePart } from "./CaseTablePart";
import { CaseTableParser, type CaseTableParserOptions } from "./CaseTableParser";
import { duplicateHeaderIssues } from "./duplicateHeaderIssues";
import { fitMappingHeaders } from "./fitMappingHeaders";
import { parseActivityTable } from "./parseActivityTable";
import { parseComplaintTable } from "./parseComplaintTable";
import { parseZrmTable } from "./parseZrmTable";
import { readIssuesToDataIssues } from "./readIssuesToDataIssues";
import { isEmptyCell } from "./scanRows";
import { tableWarnings } from "./tableWarnings";
import type { CellReadIssue, CellRows, DatasetInput, LoadedDataset, ParseOptions } from "./types";

/**
 * A table whose rows arrive in chunks: its first rows (the mapping is proposed from them), and
 * how to map it.
 */
export interface TableStart {
  /**
   * The table's first rows, sheet row `sheetRowOffset` first: at least `HEADER_SEARCH_ROWS`
   * (30) rows, or the whole table when it is shorter, and in any case the header row. The
   * mapping is proposed from them and the file reader's issues name their headers.
   */
  readonly firstRows: CellRows;
  /** Sheet row number of `firstRows[0]`; default 1. */
  readonly sheetRowOffset?: number;
  /** A stored mapping; proposed from `firstRows` when absent. */
  readonly mapping?: ColumnMapping;
  /** `field=Header` corrections applied on top of the mapping. */
  readonly overrides?: Readonly<Record<string, string>>;
  /** Rows the table is expected to have in all (header included): sizes the case columns. */
  readonly expectedRows?: number;
  /**
   * The rows are delimited text (a CSV file): a row below the header with more fields than the
   * header row gets a ROW_TOO_LONG issue, and is left out when one of them is filled
   * (`ParseOptions.fieldLimit`).
   */
  readonly delimited?: boolean;
}

/** What {@link createDatasetLoader} starts from: the first rows of each table, and the options. */
export type DatasetLoaderInput = Omit<
  DatasetInput,
  "cases" | "zrm" | "activities" | "complaints"
> & {
  readonly cases: TableStart;
  readonly zrm?: TableStart;
  readonly activities?: TableStart;
  readonly complaints?: TableStart;
};

/** Reads a dataset whose rows arrive in chunks (see {@link createDatasetLoader}). */
export interface DatasetLoader {
  /** The mappings the tables are read with (proposed or stored, overrides applied). */
  readonly mappings: LoadedDataset["mappings"];
  /**
   * Hands over a table's next rows (after its `firstRows` and the rows pushed before).
   *
   * @throws {Error} For a table the loader was not started with, or after `finish`.
   */
  push(table: TableName, rows: CellRows): void;
  /**
   * The options a `CaseTableParser` of a part of the case table (rows read elsewhere, e.g.
   * the second half of a file in another thread) is made with, with this loader's case
   * mapping, for {@link DatasetLoader.appendCases}.
   */
  readonly casePartOptions: CaseTableParserOptions;
  /**
   * Continues the case table with a part read elsewhere (`CaseTableParser.append`): the
   * rows from `rowOffset` on, as if they had been pushed.
   *
   * @param part - The part (`takePart` of a parser made with {@link DatasetLoader.casePartOptions}).
   * @param rowOffset - Row index of the part's row 0 in the table (line − 1 in a file).
   * @returns `false` when refused (a case id in both; nothing changed): push the rows then.
   * @throws {Error} After `finish`.
   */
  appendCases(part: CaseTablePart, rowOffset: number): boolean;
  /**
   * Does now what the case rows pushed so far need before they are joined with a part
   * (`CaseTableParser.deriveRead`): optional, for a caller that waits for the part anyway.
   *
   * @throws {Error} After `finish`.
   */
  prepareCases(): void;
  /**
   * Ends every table and joins them, as `loadDataset` does.
   *
   * @param readIssues - Per table, what the file reader found in its cells (bad bytes):
   *   complete only once the file is read, so handed over at the end.
   */
  finish(readIssues?: Partial<Record<TableName, readonly CellReadIssue[]>>): LoadedDataset;
}

/** A table's mapping, its headers cut to fit a cell, with a warning per cut header and per repeated header (`duplicateHeaderIssues`). */
interface ResolvedMapping {
  readonly mapping: ColumnMapping;
  readonly headerIssues: readonly DataIssue[];
}

const OTHER_TABLES = ["zrm", "activities", "complaints"] as const;
type OtherTable = (typeof OTHER_TABLES)[number];

/**
 * Reads a dataset whose rows arrive in chunks (a file read in parts, a sheet read through
 * Office.js in round trips), synchronously, as the chunks are pushed: `loadDataset` with the
 * rows handed over piece by piece, and the same result. Creating the loader maps every table
 * from its first rows (throwing the `MappingError` `loadDataset` throws, in the same table
 * order); the case table, the large one, is then read into its columns chunk by chunk
 * (`CaseTableParser`), so the shell never holds its whole sheet. The other tables are
 * collected and parsed at `finish` (the ZRM table needs the finished case table); they are
 * a fraction of its size.
 *
 * @param input - The first rows of each table and how to map them, and the shared options.
 * @returns The loader.
 * @throws {MappingError} As `loadDataset`.
 * @example
 * const loader = createDatasetLoader({ cases: { firstRows }, asOf });
 * for await (const chunk of rest) loader.push("cases", chunk);
 * const dataset = loader.finish({ cases: readIssues() });
 */
export function createDatasetLoader(input: DatasetLoaderInput): DatasetLoader {
  const resolved: Partial<Record<TableName, ResolvedMapping>> = {
    cases: resolveMapping(input.cases, "cases"),
  };
  for (const table of OTHER_TABLES) {
    const start = input[table];
    if (start) resolved[table] = resolveMapping(start, table);
  }
  const options = (table: TableStart, name: TableName): ParseOptions => {
    const fieldLimit = table.delimited
      ? delimitedFieldLimit(table.firstRows, resolved[name]!.mapping.headerRowIndex)
      : undefined;
    return {
      caseTypeMap: input.caseTypeMap,
      asOf: input.asOf,
      ...(input.earliestDate === undefined ? {} : { earliestDate: input.earliestDate }),
      sheetRowOffset: table.sheetRowOffset,
      ...(fieldLimit === undefined ? {} : { fieldLimit }),
    };
  };
  const casesMapping = resolved.cases!.mapping;
  // The parser is made and the first rows are read at the first use, not here: a caller
  // that hands the rest of the table to another thread first (`mappings`,
  // `casePartOptions`) starts it sooner. A bad mapping is still reported now.
  CaseTableParser.checkMapping(casesMapping);
  let cases: CaseTableParser | undefined;
  const startCases = (): CaseTableParser => {
    if (cases === undefined) {
      cases = new CaseTableParser(casesMapping, {
        ...options(input.cases, "cases"),
        expectedRows: Math.max(
          0,
          (input.cases.expectedRows ?? input.cases.firstRows.length) -
            casesMapping.headerRowIndex -
            1
        ),
      });
      cases.push(input.cases.firstRows);
    }
    return cases;
  };
  const collected: Partial<Record<OtherTable, CellValue[][]>> = {};
  for (const table of OTHER_TABLES)
    if (input[table]) collected[table] = [...(input[table]!.firstRows as CellValue[][])];
  let finished = false;
  const mappings: LoadedDataset["mappings"] = {
    cases: casesMapping,
    ...(resolved.zrm ? { zrm: resolved.zrm.mapping } : {}),
    ...(resolved.activities ? { activities: resolved.activities.mapping } : {}),
    ...(resolved.complaints ? { complaints: resolved.complaints.mapping } : {}),
  };

  return {
    mappings,
    casePartOptions: { ...options(input.cases, "cases"), sheetRowOffset: 1, continuation: true },
    prepareCases() {
      if (finished) throw new Error("DatasetLoader.prepareCases after finish");
      startCases().deriveRead();
    },
    appendCases(part, rowOffset) {
      if (finished) throw new Error("DatasetLoader.appendCases after finish");
      return startCases().append(part, rowOffset);
    },
    push(table, rows) {
      if (finished) throw new Error("DatasetLoader.push after finish");
      if (table === "cases") {
        startCases().push(rows);
        return;
      }
      const list = collected[table];
      if (list === undefined) throw new Error(`DatasetLoader.push: no table ${table}`);
      for (const row of rows) list.push(row as CellValue[]);
    },
    finish(readIssues = {}) {
      if (finished) throw new Error("DatasetLoader.finish called twice");
      finished = true;
      const leading = (
        table: TableName,
        start: TableStart,
        parsed: Parameters<typeof tableWarnings>[3],
        filled: boolean
      ): DataIssue[] => {
        const { mapping, headerIssues } = resolved[table]!;
        const fileIssues = { rows: start.firstRows, readIssues: readIssues[table] ?? [] };
        return [
          ...readIssuesToDataIssues(
            { ...fileIssues, sheetRowOffset: start.sheetRowOffset },
            table,
            mapping
          ),
          ...headerIssues,
          ...tableWarnings(table, filled, mapping, parsed, start.sheetRowOffset),
        ];
      };
      const parser = startCases();
      const parsedCases = parser.finish();
      const issues = [
        ...leading("cases", input.cases, parsedCases.table, parser.hasFilledRowBelowHeader),
        ...parsedCases.issues,
      ];
      let casesTable = parsedCases.table;
      const filled = (table: OtherTable): boolean =>
        hasFilledRowBelow(collected[table]!, resolved[table]!.mapping.headerRowIndex);
      const zrm =
        input.zrm &&
        parseZrmTable(collected.zrm!, resolved.zrm!.mapping, casesTable, options(input.zrm, "zrm"));
      if (input.zrm && zrm) {
        casesTable = casesTable.withDomainLabels(zrm.domainLabels);
        issues.push(...leading("zrm", input.zrm, zrm.table, filled("zrm")), ...zrm.issues);
      }
      const activities =
        input.activities &&
        parseActivityTable(
          collected.activities!,
          resolved.activities!.mapping,
          options(input.activities, "activities")
        );
      if (input.activities && activities)
        issues.push(
          ...leading("activities", input.activities, activities.table, filled("activities")),
          ...activities.issues
        );
      const complaints =
        input.complaints &&
        parseComplaintTable(
          collected.complaints!,
          resolved.complaints!.mapping,
          options(input.complaints, "complaints")
        );
      if (input.complaints && complaints)
        issues.push(
          ...leading("complaints", input.complaints, complaints.table, filled("complaints")),
          ...complaints.issues
        );
      return {
        cases: casesTable,
        ...(zrm ? { zrm: zrm.table } : {}),
        ...(activities ? { activities: activities.table } : {}),
        ...(complaints ? { complaints: complaints.table } : {}),
        issues,
        mappings,
      };
    },
  };
}

/**
 * The mapping of one table: the stored one or a proposal, with overrides, checked, its
 * headers cut to fit a cell (`fitMappingHeaders`).
 */
function resolveMapping(start: TableStart, table: TableName): ResolvedMapping {
  let mapping = start.mapping ?? proposeMapping(start.firstRows, table);
  if (start.overrides && Object.keys(start.overrides).length > 0)
    mapping = applyMappingOverrides(mapping, start.overrides);
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) throw new MappingError(missingRequiredMessage(table, missing));
  const fitted = fitMappingHeaders(mapping, table, start.sheetRowOffset);
  return {
    mapping: fitted.mapping,
    headerIssues: [
      ...fitted.issues,
      ...duplicateHeaderIssues(fitted.mapping, table, start.sheetRowOffset),
    ],
  };
}

/** Whether a row below the header row has a filled cell. */
function hasFilledRowBelow(rows: CellRows, headerRow: number): boolean {
  return !rows.slice(headerRow + 1).every((row) => row.every(isEmptyCell));
}

/**
 * The number of fields a row of delimited text may have (`ParseOptions.fieldLimit`): the
 * header row's; or, when more than half of the first rows below it are longer (an export whose
 * last column has no header), the most common length among those, so that such a file reads
 * as it always did and only a row longer than its neighbours is suspect.
 */
function delimitedFieldLimit(firstRows: CellRows, headerRowIndex: number): number | undefined {
  const header = firstRows[headerRowIndex];
  if (header === undefined) return undefined;
  const longer = new Map<number, number>();
  let below = 0;
  for (let r = headerRowIndex + 1; r < firstRows.length; r++) {
    const length = firstRows[r]?.length ?? 0;
    below++;
    if (length > header.length) longer.set(length, (longer.get(length) ?? 0) + 1);
  }
  let longerRows = 0;
  let usual = header.length;
  let usualCount = 0;
  for (const [length, count] of longer) {
    longerRows += count;
    if (count > usualCount || (count === usualCount && length < usual)) {
      usual = length;
      usualCount = count;
    }
  }
  return longerRows * 2 > below ? usual : header.length;
}
