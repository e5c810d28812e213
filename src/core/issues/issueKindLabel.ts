/**
 * Dutch names of data-issue kinds, for the Controle sheet, the pane and publication mode's
 * counts per kind.
 *
 * @module
 */
import type { IssueCode } from "../types";

/** What each issue code is called in the Controle list. */
export const ISSUE_KIND_LABELS: Readonly<Record<IssueCode, string>> = {
  INVALID_DATE: "Ongeldige datum",
  INVALID_NUMBER: "Ongeldig getal",
  INVALID_BOOLEAN: "Ongeldige ja/nee-waarde",
  ERROR_VALUE: "Excel-foutwaarde",
  MISSING_CASE_ID: "Casusnummer ontbreekt",
  DUPLICATE_CASE_ID: "Dubbel casusnummer",
  CLOSED_BEFORE_START: "Afgesloten vóór de start",
  INTAKE_BEFORE_REGISTRATION: "Intake vóór de aanmelding",
  FUTURE_DATE: "Datum in de toekomst",
  EARLY_DATE: "Datum vóór de vroegste datum",
  RATING_OUT_OF_RANGE: "Klantoordeel buiten 1–10",
  SCORE_OUT_OF_RANGE: "ZRM-score buiten 1–5",
  UNKNOWN_DOMAIN: "Onbekend domein",
  UNKNOWN_CASE: "Onbekende casus",
  TOTAL_ROW: "Totaalregel",
  MISSING_VALUE: "Waarde ontbreekt",
  TEXT_TRUNCATED: "Tekst ingekort",
  EMPTY_TABLE: "Tabel zonder gegevens",
  NO_USABLE_DATES: "Geen bruikbare datums",
  DUPLICATE_HEADER: "Dubbele kolomkop",
  ROW_TOO_LONG: "Rij langer dan de kopregel",
  INVALID_ENCODING: "Ongeldig teken",
};

/**
 * The Dutch name of an issue kind (the code itself for a code this version does not know).
 *
 * @param code - the issue code
 * @returns the label
 *
 * @example
 * issueKindLabel('INVALID_DATE') // 'Ongeldige datum'
 */
export function issueKindLabel(code: string): string {
  return (ISSUE_KIND_LABELS as Readonly<Record<string, string>>)[code] ?? code;
}
