import { DomainInterner } from "../domains/DomainInterner";
import { matchDomain } from "../domains/matchDomain";
import { MappingError } from "../errors";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredFields } from "../mapping/listFields";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import { cellToText } from "../text/cellToText";
import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import { collapseWhitespace } from "../text/collapseWhitespace";
import { isExcelErrorText } from "../text/isExcelErrorText";
import { StringInterner } from "../text/StringInterner";
import type { CaseTable, DataIssue, ZrmTable } from "../types";
import { cellToIdText } from "./cellToIdText";
import { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import { NumberCellReader } from "./NumberCellReader";
import { isDataRow } from "./scanRows";
import type { CellRows, ParseOptions } from "./types";

/** The ZRM table, its issues, and the case table's domain labels extended with the ZRM's domains. */
export interface ZrmParseResult {
  readonly table: ZrmTable;
  readonly issues: DataIssue[];
  /**
   * `cases.domainLabels` followed by every domain that only the ZRM table names. The
   * ZRM's `domainCode`s index this array; the case table's codes are unchanged (they are
   * a prefix), so a dataset uses the case table with these labels (as `loadDataset` does).
   */
  readonly domainLabels: readonly string[];
}

const NO_DOMAIN = -1;
const ERROR_DOMAIN = -2;

/** What one distinct domain text means: its code (or NO_DOMAIN / ERROR_DOMAIN), and its name when unknown. */
interface ZrmDomain {
  readonly code: number;
  readonly unknown?: string;
}

function readDomain(text: string, interner: DomainInterner): ZrmDomain {
  if (text === "") return { code: NO_DOMAIN };
  if (isExcelErrorText(text)) return { code: ERROR_DOMAIN };
  const match = matchDomain(text);
  const code = interner.codeOf(match.name);
  return match.known ? { code } : { code, unknown: match.name };
}

/**
 * Reads the ZRM scores (one row per case × domain, SPEC §2). The domain cell is matched as
 * one name (`matchDomain`) into the case table's domain code space; an unknown name is
 * kept and reported (UNKNOWN_DOMAIN). A row without case id (MISSING_CASE_ID) or domain
 * (MISSING_VALUE), or with an error value in either (ERROR_VALUE), is skipped. A case id
 * that is not in `cases` keeps its row with `caseIndex` -1 (UNKNOWN_CASE warning). Scores
 * outside 1–5 become NaN (SCORE_OUT_OF_RANGE); unreadable scores NaN (INVALID_NUMBER). A
 * case id or domain text longer than a cell holds is cut (`fitCellText`, TEXT_TRUNCATED).
 *
 * @param rows - The sheet's cells, header row included.
 * @param mapping - A ZRM mapping with caseId and domain mapped.
 * @param cases - The parsed case table (for case indexes and domain codes).
 * @param options - Sheet row of `rows[0]` (other options are not used here).
 * @returns The table, issues and the extended domain labels.
 * @throws {MappingError} When the mapping is not for ZRM scores or misses a required field.
 * @example
 * const zrm = parseZrmTable(zrmRows, proposeMapping(zrmRows, 'zrm'), cases.table);
 */
export function parseZrmTable(
  rows: CellRows,
  mapping: ColumnMapping,
  cases: CaseTable,
  options: ParseOptions = {}
): ZrmParseResult {
  if (mapping.table !== "zrm") throw new MappingError(wrongTableMessage("zrm", mapping.table));
  const caseColumn = mapping.fields.caseId;
  const domainColumn = mapping.fields.domain;
  if (caseColumn === undefined || domainColumn === undefined)
    throw new MappingError(missingRequiredMessage("zrm", missingRequiredFields(mapping)));
  const issues = new IssueCollector("zrm", options.sheetRowOffset ?? 1);
  const firstRow = mapping.headerRowIndex + 1;
  const capacity = Math.max(0, rows.length - firstRow);

  const caseIndexOf = new StringInterner(cases.caseId.length);
  for (const id of cases.caseId) caseIndexOf.intern(id);
  const interner = new DomainInterner(cases.domainLabels);
  const domainCache = new Map<string, ZrmDomain>();
  const scoreReader = (
    field: "beginScore" | "endScore" | "goalScore"
  ): NumberCellReader | undefined => {
    const mapped = mapping.fields[field];
    if (mapped === undefined) return undefined;
    return new NumberCellReader(
      { column: mapped.column, header: mapped.header, consequence: CONSEQUENCES.score },
      issues,
      new Float64Array(capacity),
      {
        min: 1,
        max: 5,
        code: "SCORE_OUT_OF_RANGE",
        message: (value) => MESSAGES.scoreOutOfRange(value),
      }
    );
  };
  const beginScore = scoreReader("beginScore");
  const endScore = scoreReader("endScore");
  const goalScore = scoreReader("goalScore");

  const src = new Int32Array(capacity);
  const caseIndex = new Int32Array(capacity);
  const domainCode = new Int32Array(capacity);
  let count = 0;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (!isDataRow(row, r, issues, options.fieldLimit)) continue;
    const idValue = row[caseColumn.column];
    let id = cellToIdText(idValue);
    if (id === "") {
      issues.add(
        "MISSING_CASE_ID",
        "error",
        r,
        caseColumn.column,
        caseColumn.header,
        MESSAGES.missingCaseId()
      );
      continue;
    }
    if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
      issues.add(
        "ERROR_VALUE",
        "error",
        r,
        caseColumn.column,
        caseColumn.header,
        MESSAGES.errorValue(idValue, CONSEQUENCES.rowSkipped)
      );
      continue;
    }
    if (id.length > CELL_TEXT_LIMIT)
      id = issues.fitText(id, r, caseColumn.column, caseColumn.header);
    const domainValue = row[domainColumn.column];
    let domainCell = cellToText(domainValue);
    if (domainCell.length > CELL_TEXT_LIMIT)
      domainCell = issues.fitText(domainCell, r, domainColumn.column, domainColumn.header);
    const domainText = collapseWhitespace(domainCell);
    let domain = domainCache.get(domainText);
    if (domain === undefined) {
      domain = readDomain(domainText, interner);
      domainCache.set(domainText, domain);
    }
    if (domain.code === NO_DOMAIN) {
      issues.add(
        "MISSING_VALUE",
        "error",
        r,
        domainColumn.column,
        domainColumn.header,
        MESSAGES.missingDomain()
      );
      continue;
    }
    if (domain.code === ERROR_DOMAIN) {
      issues.add(
        "ERROR_VALUE",
        "error",
        r,
        domainColumn.column,
        domainColumn.header,
        MESSAGES.errorValue(domainValue, CONSEQUENCES.rowSkipped)
      );
      continue;
    }
    if (domain.unknown !== undefined) {
      issues.add(
        "UNKNOWN_DOMAIN",
        "warning",
        r,
        domainColumn.column,
        domainColumn.header,
        MESSAGES.unknownDomain(domain.unknown)
      );
    }
    const index = caseIndexOf.find(id);
    if (index < 0)
      issues.add(
        "UNKNOWN_CASE",
        "warning",
        r,
        caseColumn.column,
        caseColumn.header,
        MESSAGES.unknownCase(id)
      );
    const k = count++;
    src[k] = r;
    caseIndex[k] = index;
    domainCode[k] = domain.code;
    if (beginScore) beginScore.read(row[beginScore.column], k, r);
    if (endScore) endScore.read(row[endScore.column], k, r);
    if (goalScore) goalScore.read(row[goalScore.column], k, r);
  }

  const scores = (reader: NumberCellReader | undefined): Float64Array =>
    reader ? reader.out.subarray(0, count) : new Float64Array(count).fill(NaN);
  const table: ZrmTable = {
    size: count,
    sheetRow: src.subarray(0, count).map((r) => issues.sheetRow(r)),
    caseIndex: caseIndex.subarray(0, count),
    domainCode: domainCode.subarray(0, count),
    beginScore: scores(beginScore),
    endScore: scores(endScore),
    goalScore: scores(goalScore),
  };
  return { table, issues: issues.issues(), domainLabels: interner.labels };
}
