import { createDatasetLoader, type TableStart } from "./createDatasetLoader";
import type { DatasetInput, LoadedDataset, TableInput } from "./types";

/**
 * Reads a whole dataset in one call (a {@link createDatasetLoader} handed each table's rows as
 * its first rows, nothing pushed): maps each table (stored mapping or a proposal, plus
 * overrides), parses it, and joins the results. The ZRM table extends the case table's
 * `domainLabels` (the returned `cases` carries the extended labels; its codes are
 * unchanged). Issues come in table order: cases, ZRM, activities, complaints; within a
 * table, the file reader's `readIssues` (bad bytes) come first, then a TEXT_TRUNCATED warning
 * per column header longer than a cell holds (cut to 32,766 characters and "…" in the
 * mapping, `fitMappingHeaders`), then the table's warnings as a whole (`tableWarnings`: a table without rows to count, a case table without usable period
 * dates, at its header row), then the rows' issues.
 *
 * @param input - The tables, and the shared case-type grouping, `asOf` and `earliestDate`
 *   (default 1-1-1990: earlier event dates are EARLY_DATE placeholders).
 * @returns The dataset with the mappings used.
 * @throws {MappingError} When a required field of a given table is not mapped (Dutch
 *   message naming the field), or an override names an unknown field or header.
 * @example
 * const dataset = loadDataset({ cases: { rows }, asOf: dayFromParts(2024, 9, 30) });
 */
export function loadDataset(input: DatasetInput): LoadedDataset {
  const start = (table: TableInput): TableStart => ({
    firstRows: table.rows,
    expectedRows: table.rows.length,
    ...(table.sheetRowOffset === undefined ? {} : { sheetRowOffset: table.sheetRowOffset }),
    ...(table.delimited === undefined ? {} : { delimited: table.delimited }),
    ...(table.mapping === undefined ? {} : { mapping: table.mapping }),
    ...(table.overrides === undefined ? {} : { overrides: table.overrides }),
  });
  const loader = createDatasetLoader({
    ...(input.caseTypeMap === undefined ? {} : { caseTypeMap: input.caseTypeMap }),
    ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
    ...(input.earliestDate === undefined ? {} : { earliestDate: input.earliestDate }),
    cases: start(input.cases),
    ...(input.zrm ? { zrm: start(input.zrm) } : {}),
    ...(input.activities ? { activities: start(input.activities) } : {}),
    ...(input.complaints ? { complaints: start(input.complaints) } : {}),
  });
  return loader.finish({
    cases: input.cases.readIssues ?? [],
    zrm: input.zrm?.readIssues ?? [],
    activities: input.activities?.readIssues ?? [],
    complaints: input.complaints?.readIssues ?? [],
  });
}
