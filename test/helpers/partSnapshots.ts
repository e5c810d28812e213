/**
 * What the tests of a case table read in parts compare: the case table's header (the fields
 * the parts' rows fill) and a table or dataset as plain data, so that `toEqual` compares
 * every column, label and issue of one parser with those of parts joined.
 */
import type { LoadedDataset } from "../../src/core";
import type { ParsedCaseTable } from "../../src/core/parse/ParsedCaseTable";

/** The header of the generated case tables. */
export const PART_TEST_HEADER = [
  "Casusnummer",
  "Cliëntnummer",
  "Soort traject",
  "Aanmelddatum",
  "Intakedatum",
  "Startdatum",
  "Einddatum",
  "Hoofddomeinen",
  "Team",
  "Leeftijd",
  "Direct opgelost",
  "Aantal contactmomenten",
  "Samenwerkingspartners",
  "Medewerker",
];

/** Plain data: typed arrays as arrays, sets as arrays, functions left out. */
export function plainData(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array);
  if (value instanceof Set) return [...(value as Set<unknown>)];
  if (Array.isArray(value)) return value.map(plainData);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => typeof item !== "function")
      .map(([key, item]) => [key, plainData(item)])
  );
}

/** Everything a parsed table shows (its `CaseTable` face), as plain data. */
export function caseTableSnapshot(table: ParsedCaseTable): unknown {
  const {
    ids: _ids,
    parts: _parts,
    clients: _clients,
    caseIdTexts: _texts,
    ...columns
  } = table as unknown as Record<string, unknown>;
  return plainData({ ...columns, caseId: table.caseId, clientIds: table.clientIds });
}

/** What a report reads of a dataset: mappings, issues, every column of the case table. */
export function datasetSnapshot(dataset: LoadedDataset): unknown {
  return {
    mappings: plainData(dataset.mappings),
    issues: plainData(dataset.issues),
    cases: caseTableSnapshot(dataset.cases as ParsedCaseTable),
  };
}
