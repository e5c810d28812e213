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
import { parseZrmTable } from "./parseZrmTable";
import { readIssuesToDataIssues } from "./readIssuesToDataIssues";
import { tableWarnings } from "./tableWarnings";
import type { DatasetInput, LoadedDataset, ParseOptions, TableInput } from "./types";

/** The mapping of one table input: the stored one or a proposal, with overrides, checked. */
function resolveMapping(input: TableInput, table: TableName): ColumnMapping {
  let mapping = input.mapping ?? proposeMapping(input.rows, table);
  if (input.overrides && Object.keys(input.overrides).length > 0)
    mapping = applyMappingOverrides(mapping, input.overrides);
  const missing = missingRequiredFields(mapping);
  if (missing.length > 0) throw new MappingError(missingRequiredMessage(table, missing));
  return mapping;
}

/**
 * Reads a whole dataset in one call: maps each table (stored mapping or a proposal, plus
 * overrides), parses it, and joins the results. The ZRM table extends the case table's
 * `domainLabels` (the returned `cases` carries the extended labels; its codes are
 * unchanged). Issues come in table order: cases, ZRM, activities, complaints; within a
 * table, the file reader's `readIssues` (bad bytes) come first, then the table's warnings as
 * a whole (`tableWarnings`: a table without rows to count, a case table without usable period
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
  const casesMapping = resolveMapping(input.cases, "cases");
  const zrmMapping = input.zrm && resolveMapping(input.zrm, "zrm");
  const activitiesMapping = input.activities && resolveMapping(input.activities, "activities");
  const complaintsMapping = input.complaints && resolveMapping(input.complaints, "complaints");

  const parsedCases = parseCaseTable(input.cases.rows, casesMapping, options(input.cases));
  const issues: DataIssue[] = [
    ...readIssuesToDataIssues(input.cases, "cases", casesMapping),
    ...tableWarnings(
      "cases",
      input.cases.rows,
      casesMapping,
      parsedCases.table,
      input.cases.sheetRowOffset
    ),
    ...parsedCases.issues,
  ];
  let cases = parsedCases.table;
  const zrm =
    input.zrm && zrmMapping
      ? parseZrmTable(input.zrm.rows, zrmMapping, cases, options(input.zrm))
      : undefined;
  if (input.zrm && zrmMapping && zrm) {
    cases = cases.withDomainLabels(zrm.domainLabels);
    issues.push(
      ...readIssuesToDataIssues(input.zrm, "zrm", zrmMapping),
      ...tableWarnings("zrm", input.zrm.rows, zrmMapping, zrm.table, input.zrm.sheetRowOffset),
      ...zrm.issues
    );
  }
  const activities =
    input.activities && activitiesMapping
      ? parseActivityTable(input.activities.rows, activitiesMapping, options(input.activities))
      : undefined;
  if (input.activities && activitiesMapping && activities) {
    const { rows, sheetRowOffset } = input.activities;
    issues.push(
      ...readIssuesToDataIssues(input.activities, "activities", activitiesMapping),
      ...tableWarnings("activities", rows, activitiesMapping, activities.table, sheetRowOffset),
      ...activities.issues
    );
  }
  const complaints =
    input.complaints && complaintsMapping
      ? parseComplaintTable(input.complaints.rows, complaintsMapping, options(input.complaints))
      : undefined;
  if (input.complaints && complaintsMapping && complaints) {
    const { rows, sheetRowOffset } = input.complaints;
    issues.push(
      ...readIssuesToDataIssues(input.complaints, "complaints", complaintsMapping),
      ...tableWarnings("complaints", rows, complaintsMapping, complaints.table, sheetRowOffset),
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
