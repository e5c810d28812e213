import { cellToText } from "../text/cellToText";
import { collapseWhitespace } from "../text/collapseWhitespace";
import type { CellValue, TableName } from "../types";
import type { ColumnMapping, MappedColumn } from "./columnMapping";
import { FIELD_DEFINITIONS } from "./fieldDefinitions";
import type { HeaderCandidate } from "./matchHeader";
import { headerStrength, matchHeader } from "./matchHeader";

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

function headerTexts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map((cell) => collapseWhitespace(cellToText(cell)));
}

/**
 * A row's header score: 2 per cell that equals a synonym, 1 per cell that contains one.
 * `strengths` keeps each text's strength for the rows searched in one call: the data rows
 * below a header repeat most of their texts ("Nee", a team), and the search runs on a cold
 * start of the command line, where each `headerStrength` costs tens of microseconds.
 */
function headerScore(
  row: readonly CellValue[] | undefined,
  table: TableName,
  strengths: Map<string, number>
): number {
  let score = 0;
  for (const cell of row ?? []) {
    if (typeof cell !== "string") continue;
    let strength = strengths.get(cell);
    if (strength === undefined) {
      strength = headerStrength(cell, table);
      strengths.set(cell, strength);
    }
    score += strength;
  }
  return score;
}

function findHeaderRow(rows: readonly (readonly CellValue[])[], table: TableName): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const strengths = new Map<string, number>();
  let bestIndex = -1;
  let bestScore = 0;
  let firstFilled = -1;
  for (let index = 0; index < limit; index++) {
    const row = rows[index];
    if (firstFilled < 0 && headerTexts(row).some((text) => text !== "")) firstFilled = index;
    const score = headerScore(row, table, strengths);
    if (score > bestScore) {
      bestScore = score;
      bestIndex = index;
    }
  }
  if (bestIndex >= 0) return bestIndex;
  return firstFilled >= 0 ? firstFilled : 0;
}

/**
 * Proposes a column mapping for a table (SPEC §2): finds the header row among the first
 * 30 rows (the row whose cells match the most header synonyms, so a title or empty rows
 * above it are skipped), then gives each field the best-matching column. Matching ignores
 * case, spaces, punctuation and diacritics; exact synonyms beat contained ones, which
 * beat near misses, and each column serves at most one field. For cases, every column
 * named like the main domains ("Hoofddomein 1", "Hoofddomein 2", "Leefgebied 3") goes to
 * `domainColumns`.
 *
 * @param rows - The sheet's cells, as `range.values` delivers them.
 * @param table - Which table the rows hold.
 * @returns The proposal; fields without a column are absent.
 * @example
 * proposeMapping([['Overzicht 2024'], [], ['Casusnr', 'Startdatum']], 'cases');
 * //=> { headerRowIndex: 2, fields: { caseId: { column: 0, header: 'Casusnr', confidence: 'high' }, startedOn: ... }, ... }
 */
export function proposeMapping(
  rows: readonly (readonly CellValue[])[],
  table: TableName
): ColumnMapping {
  const headerRowIndex = findHeaderRow(rows, table);
  const headers = headerTexts(rows[headerRowIndex]);
  const candidates: (HeaderCandidate & { column: number })[] = [];
  headers.forEach((header, column) => {
    for (const candidate of matchHeader(header, table)) candidates.push({ ...candidate, column });
  });
  candidates.sort(
    (a, b) =>
      CONFIDENCE_RANK[b.confidence] - CONFIDENCE_RANK[a.confidence] ||
      b.score - a.score ||
      a.fieldOrder - b.fieldOrder ||
      a.column - b.column
  );

  const fields: Record<string, MappedColumn> = {};
  const domainColumns: MappedColumn[] = [];
  const usedColumns = new Set<number>();
  for (const candidate of candidates) {
    if (usedColumns.has(candidate.column)) continue;
    const mapped: MappedColumn = {
      column: candidate.column,
      header: headers[candidate.column] ?? "",
      confidence: candidate.confidence,
    };
    if (table === "cases" && candidate.field === "mainDomains") {
      domainColumns.push(mapped);
    } else if (fields[candidate.field] === undefined) {
      fields[candidate.field] = mapped;
    } else {
      continue;
    }
    usedColumns.add(candidate.column);
  }
  domainColumns.sort((a, b) => a.column - b.column);
  // Present the fields in definition order, whatever order the matching found them in.
  const orderedFields: Record<string, MappedColumn> = {};
  for (const { field } of FIELD_DEFINITIONS[table]) {
    const mapped = fields[field];
    if (mapped) orderedFields[field] = mapped;
  }
  const unmapped = headers
    .map((header, column) => ({ column, header }))
    .filter(({ column, header }) => header !== "" && !usedColumns.has(column));
  return { table, headerRowIndex, headers, fields: orderedFields, domainColumns, unmapped };
}
