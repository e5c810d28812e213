/**
 * Named errors of the core. Bad *data* never throws (it becomes a `DataIssue`);
 * these are thrown for bad *arguments*: a period text that is not a period, a column
 * mapping that cannot work. Messages are Dutch because the shells show them to users.
 *
 * @module
 */
/** Thrown by `parsePeriod` when a text is not a period; the message lists the accepted forms. */
export class InvalidPeriodError extends Error {
  override readonly name = "InvalidPeriodError";
  /** The text that could not be read as a period. */
  readonly input: string;

  /**
   * @param input - The period text as the user gave it.
   * @param message - Dutch message for the user.
   */
  constructor(input: string, message: string) {
    super(message);
    this.input = input;
  }
}

/** Thrown when a column mapping is unusable: an unknown field or header, a required field unmapped. */
export class MappingError extends Error {
  override readonly name = "MappingError";

  /** @param message - Dutch message for the user. */
  constructor(message: string) {
    super(message);
  }
}
