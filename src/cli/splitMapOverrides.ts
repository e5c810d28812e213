/**
 * The `--kolom` (`--map`) overrides of the command line, per table.
 *
 * @module
 */
import {
  FIELD_DEFINITIONS,
  fieldTypingName,
  findFieldByName,
  normalizeKey,
  TABLE_LABELS,
} from "../core";
import type { TableName } from "../core";
import { CliUsageError } from "./cliErrors";

/** Overrides (`field → header`, by English field id) per table. */
export type TableOverrides = Partial<Record<TableName, Record<string, string>>>;

/** One `--kolom` value and the option as the user typed it (`--kolom` or `--map`). */
export interface ColumnEntry {
  readonly option: string;
  readonly text: string;
}

/** The Dutch prefix of each table in `--kolom tabel.veld=Kolomkop` (the case table needs none). */
export const DUTCH_TABLE_PREFIXES: Readonly<Record<TableName, string>> = {
  cases: "casussen",
  zrm: "zrm",
  activities: "activiteiten",
  complaints: "klachten",
};

/**
 * The table prefixes of `--kolom` (compared after `normalizeKey`): Dutch, singular or plural,
 * and the English table names that worked before the options were Dutch.
 */
const TABLE_PREFIXES: ReadonlyMap<string, TableName> = new Map([
  ...(Object.entries(DUTCH_TABLE_PREFIXES) as [TableName, string][]).map(
    ([table, prefix]) => [prefix, table] as const
  ),
  ["activiteit", "activities"],
  ["klacht", "complaints"],
  ["cases", "cases"],
  ["activities", "activities"],
  ["complaints", "complaints"],
]);

/** The prefixes a message suggests. */
const PREFIX_HINT = [
  DUTCH_TABLE_PREFIXES.zrm,
  DUTCH_TABLE_PREFIXES.activities,
  DUTCH_TABLE_PREFIXES.complaints,
].join(", ");

/**
 * Splits `--kolom` entries into overrides per table. An entry is `veld=Kolomkop` for the case
 * table, or `tabel.veld=Kolomkop` for another table (`zrm.domein=Leefgebied`; the table is
 * `zrm`, `activiteiten`/`activiteit` or `klachten`/`klacht`, or in English `activities`,
 * `complaints`). The field is its Dutch label (`Cliëntnummer`, `clientnummer`,
 * `Soort traject`) or its English id (`clientId`), see `findFieldByName`; the overrides name
 * it by its English id. The header is everything after the first '=', so it may itself contain
 * '=' and spaces. A later entry for the same field wins.
 *
 * @param entries - the `--kolom` values as given, in order, with the option as typed
 * @returns the overrides per table
 * @throws {CliUsageError} for an entry without '=', with an unknown table prefix, or with a
 *   field the table does not have (listing the table's Dutch field names)
 *
 * @example
 * splitMapOverrides([
 *   { option: '--kolom', text: 'Cliëntnummer=Klantnr' },
 *   { option: '--map', text: 'zrm.domain=Leefgebied' },
 * ]);
 * // { cases: { clientId: 'Klantnr' }, zrm: { domain: 'Leefgebied' } }
 */
export function splitMapOverrides(entries: readonly ColumnEntry[]): TableOverrides {
  const result: TableOverrides = {};
  for (const { option, text } of entries) {
    const invalid = `ongeldige ${option} "${text}"`;
    const equals = text.indexOf("=");
    if (equals <= 0) throw new CliUsageError(`${invalid}: gebruik veld=Kolomkop`);
    const key = text.slice(0, equals).trim();
    const header = text.slice(equals + 1).trim();
    const dot = key.indexOf(".");
    const prefix = dot > 0 ? key.slice(0, dot).trim() : "";
    const table = dot > 0 ? TABLE_PREFIXES.get(normalizeKey(prefix)) : "cases";
    if (table === undefined) {
      throw new CliUsageError(`${invalid}: onbekende tabel "${prefix}" (gebruik ${PREFIX_HINT})`);
    }
    const name = dot > 0 ? key.slice(dot + 1) : key;
    const definition = findFieldByName(table, name);
    if (definition === undefined) {
      const names = FIELD_DEFINITIONS[table].map(fieldTypingName).join(", ");
      throw new CliUsageError(
        `${invalid}: onbekend veld "${name.trim()}" voor de ${TABLE_LABELS[table]}; kies uit: ${names}`
      );
    }
    const overrides = (result[table] ??= {});
    // Deleted first: `applyMappingOverrides` applies the entries in the order they were given.
    delete overrides[definition.field];
    overrides[definition.field] = header;
  }
  return result;
}
