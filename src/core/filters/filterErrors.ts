import type { CaseField } from "../types";

/**
 * Thrown when a case filter asks for something the engine cannot do, such as filtering on a
 * date field. This is a programming or user-input error, never a data problem.
 *
 * @example
 * throw new InvalidFilterError('closedOn');
 */
export class InvalidFilterError extends Error {
  /** The field the filter named. */
  readonly field: string;

  /**
   * @param field - The field the filter named.
   */
  constructor(field: CaseField | string) {
    super(
      `Op het veld '${field}' kan niet gefilterd worden. Filter op een categorie (bijv. soort traject, ` +
        "product, team, verwijzer, afsluitreden, hoofddomein), op ja/nee, op een nummer of op een leeftijd of cijfer."
    );
    this.name = "InvalidFilterError";
    this.field = field;
  }
}
