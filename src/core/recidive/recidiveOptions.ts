import type { RecidiveOptions } from "../types";

/** SPEC §5 defaults, as deBasis Veendam defines recidive. */
export const DEFAULT_RECIDIVE_OPTIONS: RecidiveOptions = Object.freeze({
  minGapMonths: 6,
  sameDomain: true,
  startField: "startedOn",
});

/**
 * Thrown when recidive options are out of range (a negative or fractional gap, an unknown
 * start field). Programmer or user-input misuse, not a data problem.
 *
 * @example
 * throw new InvalidRecidiveOptionsError('minGapMonths moet een geheel getal van 0 of meer zijn.');
 */
export class InvalidRecidiveOptionsError extends Error {
  /**
   * @param message - Dutch description of what is wrong.
   */
  constructor(message: string) {
    super(message);
    this.name = "InvalidRecidiveOptionsError";
  }
}

/**
 * Completes partial recidive options with the defaults and checks them.
 *
 * @param options - Any subset of the options, or undefined.
 * @returns The complete options.
 * @throws {@link InvalidRecidiveOptionsError} when minGapMonths is not a whole number ≥ 0 or
 *   startField is not 'startedOn' or 'registeredOn'.
 * @example
 * resolveRecidiveOptions({ minGapMonths: 0 }) // { minGapMonths: 0, sameDomain: true, startField: 'startedOn' }
 */
export function resolveRecidiveOptions(options?: Partial<RecidiveOptions>): RecidiveOptions {
  const resolved: RecidiveOptions = { ...DEFAULT_RECIDIVE_OPTIONS, ...stripUndefined(options) };
  if (!Number.isInteger(resolved.minGapMonths) || resolved.minGapMonths < 0) {
    throw new InvalidRecidiveOptionsError(
      `Minimale tussenpoos voor recidive moet een geheel aantal maanden van 0 of meer zijn, niet '${String(resolved.minGapMonths)}'.`
    );
  }
  if (resolved.startField !== "startedOn" && resolved.startField !== "registeredOn") {
    throw new InvalidRecidiveOptionsError(
      `Startdatum voor recidive moet 'startedOn' of 'registeredOn' zijn, niet '${String(resolved.startField)}'.`
    );
  }
  return resolved;
}

function stripUndefined(options?: Partial<RecidiveOptions>): Partial<RecidiveOptions> {
  const out: { -readonly [K in keyof RecidiveOptions]?: RecidiveOptions[K] } = {};
  if (options?.minGapMonths !== undefined) out.minGapMonths = options.minGapMonths;
  if (options?.sameDomain !== undefined) out.sameDomain = options.sameDomain;
  if (options?.startField !== undefined) out.startField = options.startField;
  return out;
}
