/**
 * Thrown when a KPI id is not in {@link KPI_REGISTRY}: misuse by the caller.
 *
 * @example
 * throw new UnknownKpiError('recidve');
 */
export class UnknownKpiError extends Error {
  /** The id asked for. */
  readonly id: string;

  /**
   * @param id - The unknown id.
   * @param known - The ids that do exist, listed in the message.
   */
  constructor(id: string, known: readonly string[] = []) {
    super(
      `Onbekende KPI: '${id}'.${known.length > 0 ? ` Bekende KPI's: ${known.join(", ")}.` : ""}`
    );
    this.name = "UnknownKpiError";
    this.id = id;
  }
}

/**
 * Thrown when a grouped-KPI id is not in {@link GROUP_REGISTRY}: misuse by the caller.
 *
 * @example
 * throw new UnknownGroupError('byDomian');
 */
export class UnknownGroupError extends Error {
  /** The id asked for. */
  readonly id: string;

  /**
   * @param id - The unknown id.
   * @param known - The ids that do exist, listed in the message.
   */
  constructor(id: string, known: readonly string[] = []) {
    super(
      `Onbekende groepering: '${id}'.${known.length > 0 ? ` Bekende groeperingen: ${known.join(", ")}.` : ""}`
    );
    this.name = "UnknownGroupError";
    this.id = id;
  }
}

/**
 * Thrown for unusable group options (age bands that are not ascending whole numbers ≥ 0, a
 * top N that is not a whole number ≥ 1): misuse by the caller.
 *
 * @example
 * throw new InvalidGroupOptionsError('Leeftijdsgrenzen moeten oplopende gehele getallen van 0 of meer zijn.');
 */
export class InvalidGroupOptionsError extends Error {
  /**
   * @param message - Dutch description of what is wrong.
   */
  constructor(message: string) {
    super(message);
    this.name = "InvalidGroupOptionsError";
  }
}
