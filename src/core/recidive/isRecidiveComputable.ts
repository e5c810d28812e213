import type { CaseTable, RecidiveOptions } from "../types";

/**
 * Whether the fields recidive needs are mapped: clientId, closedOn and the start field
 * (startedOn or registeredOn for the case's start; registeredOn when that is the start field),
 * plus mainDomains when `needsDomains`.
 *
 * @param table - The case table.
 * @param options - Complete recidive options.
 * @param needsDomains - Whether main domains are needed too.
 * @returns True when recidive can be computed.
 * @example
 * isRecidiveComputable(table, DEFAULT_RECIDIVE_OPTIONS, true) // false when clientId is unmapped
 */
export function isRecidiveComputable(
  table: CaseTable,
  options: RecidiveOptions,
  needsDomains: boolean
): boolean {
  const mapped = table.mappedFields;
  const hasStart =
    options.startField === "registeredOn"
      ? mapped.has("registeredOn")
      : mapped.has("startedOn") || mapped.has("registeredOn");
  return (
    hasStart &&
    mapped.has("clientId") &&
    mapped.has("closedOn") &&
    (!needsDomains || mapped.has("mainDomains"))
  );
}
