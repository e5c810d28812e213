import { MappingError } from "../errors";
import { applyMappingOverrides } from "../mapping/applyMappingOverrides";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredFields } from "../mapping/listFields";
import { missingRequiredMessage } from "../mapping/mappingMessages";
import { proposeMapping } from "../mapping/proposeMapping";
import type { DataIssue, TableName } from "../types";
import { parseActivityTable } from "./parseActivityTable";
import { parseCaseTable } from "./parseCaseTable";
import { parseComplaintTable } from "./parseComplaintTable";
import { fitMappingHeaders } from "./fitMappingHeaders";
import { parseZrmTable } from "./parseZrmTable";
import { readIssuesToDataIssues } from "./readIssuesToDataIssues";
import { tableWarnings } from "./tableWarnings";
import type { DatasetInput, LoadedDataset, ParseOptions, TableInput } from "./types";

/** A table's mapping, its headers cut to fit a cell, with a warning per cut header. */
interface ResolvedMapping {
  readonly mapping: ColumnMapping;
  readonly headerIssues: readonly DataIssue[];
}

/**
 * The mapping of one table input: the stored one or a proposal, with overrides, checked,
 * its headers cut to fit a cell (`fitMappingHeaders`).
 */
function resolveMapping(input: TableInput, table: TableName): ResolvedMapping {
  let mapping = input.mapping ?? proposeMapping(input.rows, table);
  if (input.overrides && Object.keys(input.overrides).length > 0)
    mapping = applyMappingOverrides(mapping, input.overrides);
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) throw new MappingError(missingRequiredMessage(table, missing));
  const fitted = fitMappingHeaders(mapping, table, input.sheetRowOffset);
  return { mapping: fitted.mapping, headerIssues: fitted.issues };
}

/** The issues a table starts with: the file reader's, then its cut headers', then its warnings. */
function leadingIssues(
  input: TableInput,
  table: TableName,
  resolved: ResolvedMapping,
  parsed: Parameters<typeof tableWarnings>[3]
): DataIssue[] {
  return [
    ...readIssuesToDataIssues(input, table, resolved.mapping),
    ...resolved.headerIssues,
    ...tableWarnings(table, input.rows, resolved.mapping, parsed, input.sheetRowOffset),
  ];
}

/**
 * Reads a whole dataset in one call: maps each table (stored mapping or a proposal, plus
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
  const options = (table: TableInput): ParseOptions => ({
    caseTypeMap: input.caseTypeMap,
    asOf: input.asOf,
    ...(input.earliestDate === undefined ? {} : { earliestDate: input.earliestDate }),
    sheetRowOffset: table.sheetRowOffset,
  });
  const casesResolved = resolveMapping(input.cases, "cases");
  const zrmResolved = input.zrm && resolveMapping(input.zrm, "zrm");
  const activitiesResolved = input.activities && resolveMapping(input.activities, "activities");
  const complaintsResolved = input.complaints && resolveMapping(input.complaints, "complaints");
  const casesMapping = casesResolved.mapping;
  const zrmMapping = zrmResolved?.mapping;
  const activitiesMapping = activitiesResolved?.mapping;
  const complaintsMapping = complaintsResolved?.mapping;

  const parsedCases = parseCaseTable(input.cases.rows, casesMapping, options(input.cases));
  const issues: DataIssue[] = [
    ...leadingIssues(input.cases, "cases", casesResolved, parsedCases.table),
    ...parsedCases.issues,
  ];
  let cases = parsedCases.table;
  const zrm =
    input.zrm && zrmMapping
      ? parseZrmTable(input.zrm.rows, zrmMapping, cases, options(input.zrm))
      : undefined;
  if (input.zrm && zrmResolved && zrm) {
    cases = cases.withDomainLabels(zrm.domainLabels);
    issues.push(...leadingIssues(input.zrm, "zrm", zrmResolved, zrm.table), ...zrm.issues);
  }
  const activities =
    input.activities && activitiesMapping
      ? parseActivityTable(input.activities.rows, activitiesMapping, options(input.activities))
      : undefined;
  if (input.activities && activitiesResolved && activities) {
    issues.push(
      ...leadingIssues(input.activities, "activities", activitiesResolved, activities.table),
      ...activities.issues
    );
  }
  const complaints =
    input.complaints && complaintsMapping
      ? parseComplaintTable(input.complaints.rows, complaintsMapping, options(input.complaints))
      : undefined;
  if (input.complaints && complaintsResolved && complaints) {
    issues.push(
      ...leadingIssues(input.complaints, "complaints", complaintsResolved, complaints.table),
      ...complaints.issues
    );
  }

  return {
    cases,
    ...(zrm ? { zrm: zrm.table } : {}),
    ...(activities ? { activities: activities.table } : {}),
    ...(complaints ? { complaints: complaints.table } : {}),
    issues,
    mappings: {
      cases: casesMapping,
      ...(zrmMapping ? { zrm: zrmMapping } : {}),
      ...(activitiesMapping ? { activities: activitiesMapping } : {}),
      ...(complaintsMapping ? { complaints: complaintsMapping } : {}),
    },
  };
}
