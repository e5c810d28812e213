import { DEFAULT_CASE_TYPE_MAP } from "../caseTypes/caseTypeMap";
import { proposeMapping } from "../mapping/proposeMapping";
import type { CellValue } from "../types";
import { CaseIdReader } from "./CaseIdReader";
import { CategoryCellReader } from "./CategoryCellReader";
import { createCaseReaders } from "./createCaseReaders";
import { DateCellReader } from "./DateCellReader";
import { IssueCollector } from "./IssueCollector";
import { NumberCellReader } from "./NumberCellReader";
import { YesNoCellReader } from "./YesNoCellReader";

/** A case table with one field of each kind of reader, and two cases of the usual kind. */
const SAMPLE_ROWS: readonly (readonly CellValue[])[] = [
  [
    "Casusnummer",
    "Cliëntnummer",
    "Soort traject",
    "Aanmelddatum",
    "Startdatum",
    "Einddatum",
    "Hoofddomein 1",
    "Hoofddomein 2",
    "Team",
    "Direct opgelost",
    "Klantoordeel",
  ],
  [1, 7, "Individueel traject", 45621, 45651, "", "Opvoeding", "", "Team West", "Nee", 8],
  [2, 8, "Lichte ondersteuning", 45622, "", 45700, "Financiën", "Werk", "Team Oost", "Ja", ""],
];

/**
 * Builds the readers of a case table and reads two rows, as `parseCaseTable` does, so that
 * the readers and what they hold take the hidden classes that a real parse gives them.
 *
 * @returns The readers, the case ids and the issues.
 */
function readSampleCases(): readonly object[] {
  const rows = SAMPLE_ROWS as CellValue[][];
  const mapping = proposeMapping(rows, "cases");
  const idColumn = mapping.fields.caseId;
  if (idColumn === undefined) return [];
  const issues = new IssueCollector("cases", 1);
  const capacity = rows.length - 1;
  const readers = createCaseReaders(
    mapping,
    issues,
    capacity,
    Infinity,
    -Infinity,
    DEFAULT_CASE_TYPE_MAP
  );
  const caseIds = new CaseIdReader(idColumn, issues, capacity, readers.arena);
  const { caseType, team, registeredOn, startedOn, closedOn, rating, resolvedDirectly } = readers;
  const dates = [registeredOn, startedOn, closedOn].filter((r) => r !== undefined);
  const categories = [caseType, team].filter((r) => r !== undefined);
  const numbers = rating ? [rating] : [];
  const answers = resolvedDirectly ? [resolvedDirectly] : [];
  caseIds.readRows(rows, 1, capacity);
  const to = caseIds.size;
  readers.clientId?.readRows(rows, caseIds.src, 0, to);
  DateCellReader.readRows(dates, rows, caseIds.src, 0, to);
  CategoryCellReader.readRows(categories, rows, caseIds.src, 0, to);
  NumberCellReader.readRows(numbers, rows, caseIds.src, 0, to);
  YesNoCellReader.readRows(answers, rows, caseIds.src, 0, to);
  readers.domains.readRows(rows, caseIds.src, 0, to);
  readers.clientId?.result(to);
  readers.domains.result(to);
  return [readers, caseIds, issues];
}

/**
 * Readers of a small sample table, kept for good.
 *
 * Why: V8's optimised code for the parser's loops depends on the hidden classes of the
 * readers and of what they hold (interners, caches, the issue collector). A hidden class
 * dies with the last object that has it, and V8 then throws away the code that depends on
 * it; the readers of a parse all die together, so after every full garbage collection the
 * next parse ran its first tens of thousands of rows in unoptimised code again (at 100k rows
 * about half the parse). Objects of each class, kept here, keep those hidden classes alive,
 * as `LoopInput.shape` does for the report. They hold a few bytes of columns.
 *
 * @example
 * void READER_SHAPES.length; // importing this module is what keeps the shapes
 */
export const READER_SHAPES: readonly object[] = readSampleCases();
