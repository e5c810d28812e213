/**
 * Calendar parts of days by table lookup, for hot loops over a million cases (ages). The
 * dates module converts with arithmetic and objects, which is right at the edge but costs too
 * much per row; this module builds one table of yyyymmdd numbers for 1900–2099 once and falls
 * back to the same arithmetic (H. Hinnant's civil-from-days) outside that range.
 *
 * @module
 */

/** The first day of the lookup table: 1900-01-01. */
export const FIRST_PACKED_DAY = 2;
/** Days in the lookup table: 1900-01-01 .. 2099-12-31. */
export const PACKED_DAYS = 73049;
const FIRST_DAY = FIRST_PACKED_DAY;
const DAYS = PACKED_DAYS;
let table: Int32Array | undefined;

/**
 * The lookup table itself: entry k is the packed date of day {@link FIRST_PACKED_DAY} + k,
 * for a hot loop that reads it directly (its values are whole numbers, so arithmetic on them
 * stays in integers).
 *
 * @returns The table of {@link PACKED_DAYS} packed dates.
 * @example
 * packedDateTable()[45351 - FIRST_PACKED_DAY] // 20240229
 */
export function packedDateTable(): Int32Array {
  table ??= buildTable();
  return table;
}

/**
 * yyyymmdd of a day as one number (2024-02-29 → 20240229).
 *
 * @param day - A whole day number.
 * @returns The packed date.
 * @example
 * packedDate(45351) // 20240229
 */
export function packedDate(day: number): number {
  const k = day - FIRST_DAY;
  if (k >= 0 && k < DAYS) {
    table ??= buildTable();
    return table[k] as number;
  }
  return computePackedDate(day);
}

function buildTable(): Int32Array {
  const built = new Int32Array(DAYS);
  for (let k = 0; k < DAYS; k++) built[k] = computePackedDate(FIRST_DAY + k);
  return built;
}

function computePackedDate(day: number): number {
  const z = day - 25569 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
}
