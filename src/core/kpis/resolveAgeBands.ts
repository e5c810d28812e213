/**
 * The age bands of the byAgeBand table: the default and the check of given ones.
 *
 * @module
 */
import { InvalidGroupOptionsError } from "./kpiErrors";

/** Default lower bounds of the age bands (SPEC §4: 0–17, 18–26, 27–44, 45–54, 55–64, 65+). */
export const DEFAULT_AGE_BANDS: readonly number[] = Object.freeze([0, 18, 27, 45, 55, 65]);

/**
 * The age bands of the options, checked.
 *
 * @param bands - Lower bounds, or undefined for the default.
 * @returns The bands.
 * @throws {@link InvalidGroupOptionsError} unless ascending whole numbers ≥ 0.
 * @example
 * resolveAgeBands(undefined) // [0, 18, 27, 45, 55, 65]
 */
export function resolveAgeBands(bands: readonly number[] | undefined): readonly number[] {
  if (bands === undefined) return DEFAULT_AGE_BANDS;
  const ascending = bands.every(
    (b, k) => Number.isInteger(b) && b >= 0 && (k === 0 || b > (bands[k - 1] as number))
  );
  if (bands.length === 0 || !ascending) {
    throw new InvalidGroupOptionsError(
      `Leeftijdsgrenzen moeten oplopende gehele getallen van 0 of meer zijn, niet '${bands.join(", ")}'.`
    );
  }
  return bands;
}
