/**
 * The red message in step 2 when a required field has no column.
 *
 * @module
 */
import type { TableName } from "../core";
import { TABLE_LABELS } from "../excel/issueLabels";

/** A required field left unmapped, with the table it belongs to. */
export interface MissingField {
  readonly table: TableName;
  /** The field's Dutch label ("Casusnummer", "Domein"). */
  readonly label: string;
}

/**
 * The Dutch message for required fields without a column: which fields, and why it matters.
 * Without the case table's case number nothing can be counted; a missing field of an extra
 * table only blocks that table, which the user can also leave out in step 1.
 *
 * @param missing - the unmapped required fields (not empty)
 * @returns the message
 *
 * @example
 * missingColumnsMessage([{ table: 'zrm', label: 'Domein' }])
 * // 'Kies eerst een kolom voor: Domein (ZRM-scores). Zonder deze kolom kan Welzijnsmonitor die tabel niet gebruiken; hebt u die gegevens niet, kies dan in stap 1 bij die tabel "— geen —".'
 */
export function missingColumnsMessage(missing: readonly MissingField[]): string {
  const names = missing.map((m) => `${m.label} (${TABLE_LABELS[m.table]})`).join(", ");
  if (missing.some((m) => m.table === "cases"))
    return `Kies eerst een kolom voor: ${names}. Zonder casusnummer kan Welzijnsmonitor de casussen niet tellen of uit elkaar houden.`;
  const columns = missing.length === 1 ? "deze kolom" : "deze kolommen";
  const tables = new Set(missing.map((m) => m.table)).size === 1 ? "die tabel" : "die tabellen";
  const why = `Zonder ${columns} kan Welzijnsmonitor ${tables} niet gebruiken; hebt u die gegevens niet, kies dan in stap 1 bij ${tables} "— geen —".`;
  return `Kies eerst een kolom voor: ${names}. ${why}`;
}
