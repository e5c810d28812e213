// The optional filter pairs (veld; waarde) of every KPI function, like COUNTIFS's criteria.
import { cellToText, findFieldDefinition, matchHeader, normalizeKey } from "../core";
import type { CaseField, CaseFilter, ColumnMapping } from "../core";
import { FunctionInputError } from "./functionError";
import { isEmptyCell, normalizeCell } from "./tableSnapshot";

/** The fields a filter can name, as the message of an unknown field lists them. */
const FILTER_FIELD_NAMES =
  "soort traject, product, team, verwijzer, afsluitreden, hoofddomein, cliëntnummer, casusnummer, leeftijd, " +
  "klantoordeel, direct opgelost, kan zelfstandig verder, complexiteit, zwaarte";

/**
 * Reads the repeating filter argument: pairs of a field and a value. The field is a column
 * header of the table (as written in its header row) or a field name from SPEC §2 ("soort
 * traject", "team", "hoofddomein", …); the value is a text or number, or a range or array
 * constant ({"IT";"LS"}) of which any value may match. An empty value ("") matches empty cells,
 * in any pair; an omitted argument (null) after the last pair is no pair.
 *
 * @param args - The repeating argument as Excel passes it (a list of 2D arrays), or nothing.
 * @param mapping - The case table's mapping (for its headers and mapped fields).
 * @returns The filters, in the order given (they combine with AND).
 * @throws {@link FunctionInputError} for an odd number of arguments, an unknown field, or a
 *   field the table does not have.
 * @example
 * readFilters([[['soort traject']], [['IT', 'LS']]], mapping) // [{ field: 'caseType', values: ['IT', 'LS'] }]
 */
export function readFilters(args: unknown, mapping: ColumnMapping): CaseFilter[] {
  const items = listArguments(args);
  // Excel passes an omitted argument as null; an explicit "" is a value (it selects empty cells).
  while (items.length > 0 && items[items.length - 1]?.every(isOmitted)) items.pop();
  if (items.length % 2 === 1) {
    throw new FunctionInputError(
      'Filters gaan in paren: een veld en een waarde, bijvoorbeeld "soort traject"; "IT". Er ontbreekt een waarde bij het laatste veld.'
    );
  }
  const filters: CaseFilter[] = [];
  for (let k = 0; k < items.length; k += 2) {
    const names = (items[k] as unknown[]).filter((cell) => !isEmptyCell(cell));
    const cells = items[k + 1] as unknown[];
    if (names.length === 0 && cells.every(isEmptyCell)) continue;
    if (names.length !== 1) {
      throw new FunctionInputError(
        `Geef bij filter ${k / 2 + 1} precies één veldnaam op, bijvoorbeeld "soort traject".`
      );
    }
    filters.push({
      field: resolveFilterField(String(normalizeCell(names[0])), mapping),
      values: filterValues(cells),
    });
  }
  return filters;
}

/** A cell of an argument the user left out: Excel passes null (a caller may pass undefined). */
function isOmitted(cell: unknown): boolean {
  return cell === null || cell === undefined;
}

/** Each repeated argument as a flat list of cells (Excel gives 2D arrays; callers may give scalars). */
function listArguments(args: unknown): unknown[][] {
  if (args === null || args === undefined) return [];
  if (!Array.isArray(args)) return [[args]];
  return args.map((item: unknown) => (Array.isArray(item) ? (item as unknown[]).flat(2) : [item]));
}

/**
 * The case field a filter names: a header of the table first (so the user's own column names
 * work), then a field name or synonym.
 *
 * @param name - The field as the user wrote it.
 * @param mapping - The case table's mapping.
 * @returns The field.
 * @throws {@link FunctionInputError} for an unknown name or a field the table does not have.
 * @example
 * resolveFilterField('Soort traject', mapping) // 'caseType'
 */
export function resolveFilterField(name: string, mapping: ColumnMapping): CaseField {
  const key = normalizeKey(name);
  const column = mapping.headers.findIndex(
    (header) => header !== "" && normalizeKey(header) === key
  );
  if (column >= 0) {
    const field = fieldOfColumn(mapping, column);
    if (field !== undefined) return field;
    throw new FunctionInputError(
      `Op de kolom "${name.trim()}" kan niet gefilterd worden: de kolom hoort bij geen enkel veld. Kies een kolom uit: ${FILTER_FIELD_NAMES}.`
    );
  }
  const candidates =
    key === ""
      ? []
      : matchHeader(name, "cases").filter((candidate) => candidate.confidence === "high");
  candidates.sort((a, b) => b.score - a.score || a.fieldOrder - b.fieldOrder);
  const field = candidates[0]?.field as CaseField | undefined;
  if (field === undefined) {
    throw new FunctionInputError(
      `Onbekend filterveld "${name.trim()}". Gebruik een kolomkop uit de tabel of een van: ${FILTER_FIELD_NAMES}.`
    );
  }
  const isMapped =
    field === "mainDomains"
      ? mapping.domainColumns.length > 0
      : mapping.fields[field] !== undefined;
  if (!isMapped) {
    const label = findFieldDefinition("cases", field)?.label ?? field;
    throw new FunctionInputError(
      `Filterveld "${name.trim()}" (${label}) staat niet in de tabel: er is geen kolom voor gevonden.`
    );
  }
  return field;
}

function fieldOfColumn(mapping: ColumnMapping, column: number): CaseField | undefined {
  if (mapping.domainColumns.some((mapped) => mapped.column === column)) return "mainDomains";
  for (const [field, mapped] of Object.entries(mapping.fields))
    if (mapped?.column === column) return field as CaseField;
  return undefined;
}

/** The values of one filter: every non-empty cell as text (yes/no as ja/nee); [''] for empty. */
function filterValues(cells: readonly unknown[]): string[] {
  const values: string[] = [];
  for (const raw of cells) {
    if (isEmptyCell(raw)) continue;
    const cell = normalizeCell(raw);
    values.push(typeof cell === "boolean" ? (cell ? "ja" : "nee") : cellToText(cell).trim());
  }
  return values.length > 0 ? values : [""];
}
