import { DEFAULT_CASE_TYPE_MAP } from "../caseTypes/caseTypeMap";
import { MappingError } from "../errors";
import type { ColumnMapping } from "../mapping/columnMapping";
import { missingRequiredMessage, wrongTableMessage } from "../mapping/mappingMessages";
import { isExcelErrorText } from "../text/isExcelErrorText";
import type { CaseField, CaseTable, CategoryColumn } from "../types";
import type { CategoryCellReader } from "./CategoryCellReader";
import { cellToIdText } from "./cellToIdText";
import { createCaseReaders } from "./createCaseReaders";
import type { DateCellReader } from "./DateCellReader";
import { deriveCaseStart } from "./deriveCaseStart";
import { IssueCollector } from "./IssueCollector";
import { CONSEQUENCES, MESSAGES } from "./messages";
import type { NumberCellReader } from "./NumberCellReader";
import { isDataRow } from "./scanRows";
import type { CellRows, ParseOptions, ParseResult } from "./types";
import { UniqueIds } from "./UniqueIds";
import type { YesNoCellReader } from "./YesNoCellReader";

/**
 * Reads the case table (SPEC §2) into typed columns in one pass over the rows.
 *
 * Rows: data starts below `mapping.headerRowIndex`; fully empty rows are skipped
 * silently; a totals row ("Totaal", "Eindtotaal", "Total") is skipped with TOTAL_ROW; a
 * row without a case id is skipped (MISSING_CASE_ID), as is a repeated id
 * (DUPLICATE_CASE_ID, the first row wins) and an id that is an Excel error value
 * (ERROR_VALUE). Ids are trimmed text, 123 ≡ "123".
 *
 * Values: an unusable date, number or yes/no becomes NaN (dates, numbers) or -1 (yes/no),
 * sets the field's `FieldBit` in `invalid` and is reported (INVALID_DATE, INVALID_NUMBER,
 * INVALID_BOOLEAN, ERROR_VALUE for `#N/A` …). A value that is readable but wrong keeps its
 * value and gets the bit: a date after `asOf` (FUTURE_DATE), closedOn before the start
 * (CLOSED_BEFORE_START), intakeOn before registeredOn (INTAKE_BEFORE_REGISTRATION). A
 * rating outside 1–10 becomes NaN with its bit (RATING_OUT_OF_RANGE); an age outside
 * 0–130 likewise (INVALID_NUMBER). The `start` bit is set when the start's source date
 * is invalid; a case with neither start date gets a MISSING_VALUE warning. Yes/no accepts
 * ja/nee/j/n/yes/no/waar/onwaar/true/false/1/0/x (onbekend, nvt, ? and - are unknown).
 * Categories are trimmed and grouped case- and diacritic-insensitively (label = first
 * spelling); case types go through `classifyCaseType`. Main domains are split and matched
 * (`splitDomainCell`), counted once per case; unknown names are kept and reported
 * (UNKNOWN_DOMAIN warning).
 *
 * Domain codes: `domainLabels` holds the domains in first-seen order; `parseZrmTable`
 * extends it without changing codes (see `loadDataset`).
 *
 * @param rows - The sheet's cells, header row included.
 * @param mapping - A case mapping with caseId mapped.
 * @param options - Case-type grouping, `asOf`, sheet row of `rows[0]`.
 * @returns The table and its issues (sorted by row, then column).
 * @throws {MappingError} When the mapping is not for cases or lacks the caseId column.
 * @example
 * const { table, issues } = parseCaseTable(rows, proposeMapping(rows, 'cases'), { asOf: 45565 });
 */
export function parseCaseTable(
  rows: CellRows,
  mapping: ColumnMapping,
  options: ParseOptions = {}
): ParseResult<CaseTable> {
  if (mapping.table !== "cases") throw new MappingError(wrongTableMessage("cases", mapping.table));
  const idColumn = mapping.fields.caseId;
  if (idColumn === undefined)
    throw new MappingError(missingRequiredMessage("cases", ["Casusnummer"]));
  const issues = new IssueCollector("cases", options.sheetRowOffset ?? 1);
  const firstRow = mapping.headerRowIndex + 1;
  const capacity = Math.max(0, rows.length - firstRow);
  const asOf = options.asOf !== undefined && !Number.isNaN(options.asOf) ? options.asOf : Infinity;
  const readers = createCaseReaders(
    mapping,
    issues,
    capacity,
    asOf,
    options.caseTypeMap ?? DEFAULT_CASE_TYPE_MAP
  );
  // Locals, so that each call site in the loop stays monomorphic and cheap.
  const { invalid, clientId, caseType, product, closeReason, referrer, team, complexity } = readers;
  const { weight, registeredOn, intakeOn, startedOn, closedOn, birthDate, age, rating } = readers;
  const { resolvedDirectly, canContinueAlone, domains, domainInterner } = readers;

  const uniqueIds = new UniqueIds();
  const src = new Int32Array(capacity);
  let n = 0;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (!isDataRow(row, r, issues)) continue;
    const idValue = row[idColumn.column];
    const id = cellToIdText(idValue);
    if (id === "") {
      issues.add(
        "MISSING_CASE_ID",
        "error",
        r,
        idColumn.column,
        idColumn.header,
        MESSAGES.missingCaseId()
      );
      continue;
    }
    if (id.charCodeAt(0) === 35 && isExcelErrorText(id)) {
      issues.add(
        "ERROR_VALUE",
        "error",
        r,
        idColumn.column,
        idColumn.header,
        MESSAGES.errorValue(idValue, CONSEQUENCES.rowSkipped)
      );
      continue;
    }
    const earlier = uniqueIds.add(id);
    if (earlier >= 0) {
      issues.add(
        "DUPLICATE_CASE_ID",
        "error",
        r,
        idColumn.column,
        idColumn.header,
        MESSAGES.duplicateCaseId(id, issues.sheetRow(src[earlier]!))
      );
      continue;
    }
    const k = n++;
    src[k] = r;
    if (clientId) clientId.read(row[clientId.column], k, r);
    if (caseType) caseType.read(row[caseType.column], k, r);
    if (product) product.read(row[product.column], k, r);
    if (registeredOn) registeredOn.read(row[registeredOn.column], k, r);
    if (intakeOn) intakeOn.read(row[intakeOn.column], k, r);
    if (startedOn) startedOn.read(row[startedOn.column], k, r);
    if (closedOn) closedOn.read(row[closedOn.column], k, r);
    domains.read(row, k, r);
    if (closeReason) closeReason.read(row[closeReason.column], k, r);
    if (referrer) referrer.read(row[referrer.column], k, r);
    if (team) team.read(row[team.column], k, r);
    if (birthDate) birthDate.read(row[birthDate.column], k, r);
    if (age) age.read(row[age.column], k, r);
    if (resolvedDirectly) resolvedDirectly.read(row[resolvedDirectly.column], k, r);
    if (rating) rating.read(row[rating.column], k, r);
    if (canContinueAlone) canContinueAlone.read(row[canContinueAlone.column], k, r);
    if (complexity) complexity.read(row[complexity.column], k, r);
    if (weight) weight.read(row[weight.column], k, r);
  }

  const keptSrc = src.subarray(0, n);
  // Unmapped fields share one empty column per kind: fewer large allocations (each
  // 1M-row column is 4–8 MB outside the JS heap, and such allocations trigger GCs).
  let noDays: Float64Array | undefined;
  let noCodes: Int32Array | undefined;
  let noAnswers: Int8Array | undefined;
  const days = (reader: DateCellReader | NumberCellReader | undefined): Float64Array =>
    reader ? reader.out.subarray(0, n) : (noDays ??= new Float64Array(n).fill(NaN));
  const yesNo = (reader: YesNoCellReader | undefined): Int8Array =>
    reader ? reader.out.subarray(0, n) : (noAnswers ??= new Int8Array(n).fill(-1));
  const category = (reader: CategoryCellReader | undefined): CategoryColumn =>
    reader?.result(n) ?? { codes: (noCodes ??= new Int32Array(n).fill(-1)), labels: [] };
  const keptInvalid = invalid.subarray(0, n);
  const dates = {
    src: keptSrc,
    registeredOn: days(registeredOn),
    intakeOn: days(intakeOn),
    startedOn: days(startedOn),
    closedOn: days(closedOn),
    invalid: keptInvalid,
  };
  const start = deriveCaseStart(dates, mapping, issues);
  const domainLists = domains.result(n);
  const clients = clientId?.result(n);
  // The row indexes become sheet rows in place; nothing reads them after this.
  const sheetRow = keptSrc;
  for (let k = 0; k < n; k++) sheetRow[k] = issues.sheetRow(sheetRow[k]!);
  const table: CaseTable = {
    size: n,
    sheetRow,
    caseId: uniqueIds.ids,
    clientKey: clients ? clients.keys : (noCodes ??= new Int32Array(n).fill(-1)),
    clientIds: clients ? clients.texts : [],
    caseType: category(caseType),
    product: category(product),
    closeReason: category(closeReason),
    referrer: category(referrer),
    team: category(team),
    complexity: category(complexity),
    weight: category(weight),
    registeredOn: dates.registeredOn,
    intakeOn: dates.intakeOn,
    startedOn: dates.startedOn,
    closedOn: dates.closedOn,
    start,
    birthDate: days(birthDate),
    age: days(age),
    rating: days(rating),
    resolvedDirectly: yesNo(resolvedDirectly),
    canContinueAlone: yesNo(canContinueAlone),
    domainStart: domainLists.start,
    domainCodes: domainLists.codes,
    domainLabels: domainInterner.labels,
    invalid: keptInvalid,
    mappedFields: mappedCaseFields(mapping),
  };
  return { table, issues: issues.issues() };
}

/** The case fields a mapping maps (main domains through `domainColumns`). */
function mappedCaseFields(mapping: ColumnMapping): ReadonlySet<CaseField> {
  const fields = new Set<CaseField>();
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped) fields.add(field as CaseField);
  if (mapping.domainColumns.length > 0) fields.add("mainDomains");
  return fields;
}
