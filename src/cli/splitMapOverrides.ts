/**
 * The `--map` overrides of the command line, per table.
 *
 * @module
 */
import type { TableName } from "../core/types";
import { CliUsageError } from "./cliErrors";

/** Overrides (`field → header`) per table. */
export type TableOverrides = Partial<Record<TableName, Record<string, string>>>;

const TABLES: readonly TableName[] = ["cases", "zrm", "activities", "complaints"];

/**
 * Splits `--map` entries into overrides per table. An entry is `field=Header` for the case
 * table, or `table.field=Header` for another table (`zrm.domain=Leefgebied`). The header is
 * everything after the first '=', so it may itself contain '=' and spaces.
 *
 * @param entries - the `--map` values as given
 * @returns the overrides per table
 * @throws {CliUsageError} for an entry without '=' or with an unknown table prefix
 *
 * @example
 * splitMapOverrides(['clientId=Klantnr', 'zrm.domain=Leefgebied']);
 * // { cases: { clientId: 'Klantnr' }, zrm: { domain: 'Leefgebied' } }
 */
export function splitMapOverrides(entries: readonly string[]): TableOverrides {
  const result: TableOverrides = {};
  for (const entry of entries) {
    const equals = entry.indexOf("=");
    if (equals <= 0) throw new CliUsageError(`ongeldige --map "${entry}": gebruik veld=Kolomkop`);
    const key = entry.slice(0, equals).trim();
    const header = entry.slice(equals + 1).trim();
    const dot = key.indexOf(".");
    const prefix = dot > 0 ? key.slice(0, dot) : "";
    const table = TABLES.find((name) => name === prefix);
    if (dot > 0 && table === undefined) {
      throw new CliUsageError(
        `ongeldige --map "${entry}": onbekende tabel "${prefix}" (gebruik ${TABLES.join(", ")})`
      );
    }
    const field = table === undefined ? key : key.slice(dot + 1);
    const overrides = (result[table ?? "cases"] ??= {});
    overrides[field] = header;
  }
  return result;
}
