/**
 * Errors the command line turns into exit status 2 with one Dutch line on stderr.
 *
 * @module
 */

/** Bad arguments: an unknown option, a missing value, a value of the wrong form. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";

  /** @param message - Dutch message for the user (one line). */
  constructor(message: string) {
    super(message);
  }
}

/** Unreadable input: a file that is missing, of an unknown type, damaged, or a missing sheet. */
export class CliInputError extends Error {
  override readonly name = "CliInputError";

  /** @param message - Dutch message for the user (one line). */
  constructor(message: string) {
    super(message);
  }
}
