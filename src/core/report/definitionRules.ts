/**
 * The Dutch texts of docs/definities.md that belong to no single KPI: the terms every
 * definition uses, what makes a value unusable, and the recidive rule step by step. Kept
 * beside the entries so that the document is generated from code only.
 *
 * @module
 */
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";

/** The terms the definitions use, as [term, explanation] pairs. */
export const DEFINITION_TERMS: readonly (readonly [string, string])[] = Object.freeze([
  [
    "In de periode",
    "Een datum ligt in de periode als hij op of na de begindatum en op of vóór de einddatum ligt: beide dagen tellen mee.",
  ],
  [
    "Start",
    "De startdatum van een casus, of de aanmelddatum als de startdatum leeg is. Een ingevulde maar onbruikbare startdatum " +
      "wordt niet vervangen door de aanmelddatum.",
  ],
  [
    "In behandeling",
    "Een casus is in behandeling in de periode als hij gestart is op of vóór de einddatum van de periode en niet is " +
      "afgesloten vóór de begindatum (een lege einddatum: nog niet afgesloten).",
  ],
  [
    "Dagen",
    "Het verschil tussen twee datums in hele kalenderdagen; tijden en tijdzones tellen niet.",
  ],
  [
    "Gemiddelden en percentages",
    "Over de casussen die meetellen. Telt er geen enkele mee, dan is er geen waarde (in het rapport –, in een functie " +
      "#N/B), niet 0.",
  ],
  [
    "Filter",
    "Elke KPI kan beperkt worden tot een deel van de casussen (bijvoorbeeld soort traject IT). Het filter geldt dan voor " +
      "teller en noemer.",
  ],
]);

/**
 * What makes a value unusable, per issue code of the Controle sheet. A case with an unusable
 * value is left out of what needs that value only; every such value is listed on Controle.
 */
export const UNUSABLE_VALUES: readonly (readonly [string, string])[] = Object.freeze([
  ["INVALID_DATE", "de cel is geen geldige datum (tweecijferige jaartallen ook niet)"],
  ["INVALID_NUMBER", "de cel is geen geldig getal"],
  ["INVALID_BOOLEAN", "de cel is geen ja of nee"],
  ["ERROR_VALUE", "de cel bevat een Excel-foutwaarde, zoals #N/B of #WAARDE!"],
  ["FUTURE_DATE", "de datum ligt na de peildatum (standaard vandaag)"],
  [
    "EARLY_DATE",
    "de datum ligt vóór de vroegste datum (standaard 1-1-1990) en is vermoedelijk een standaardwaarde; geldt niet voor de geboortedatum",
  ],
  ["CLOSED_BEFORE_START", "de einddatum ligt vóór de start: de einddatum is onbruikbaar"],
  [
    "INTAKE_BEFORE_REGISTRATION",
    "de intakedatum ligt vóór de aanmelddatum: de intakedatum is onbruikbaar",
  ],
  ["RATING_OUT_OF_RANGE", "het klantoordeel ligt niet tussen 1 en 10"],
  ["SCORE_OUT_OF_RANGE", "een ZRM-score ligt niet tussen 1 en 5: die score telt niet mee"],
]);

/** Rows that are skipped as a whole, per issue code. */
export const SKIPPED_ROWS: readonly (readonly [string, string])[] = Object.freeze([
  ["MISSING_CASE_ID", "de rij heeft geen casusnummer"],
  ["DUPLICATE_CASE_ID", "het casusnummer staat al in een eerdere rij: de tweede rij telt niet"],
  ["TOTAL_ROW", "de rij lijkt een totaalrij (zoals Totaal onderaan de export)"],
  [
    "ROW_TOO_LONG",
    "in een CSV-bestand heeft de rij een gevuld veld meer dan de kopregel: waarschijnlijk staat er een scheidingsteken in een waarde zonder aanhalingstekens en zijn de waarden verschoven (zijn de extra velden leeg, dan telt de rij mee, met een waarschuwing)",
  ],
]);

/** The recidive rule of SPEC §5, step by step, with the defaults. */
export const RECIDIVE_STEPS: readonly string[] = Object.freeze([
  "De casus is gestart in de periode (en valt binnen het filter van de KPI).",
  "De cliënt had een eerdere casus: een andere casus van dezelfde cliënt (van elk soort traject) met een start vóór de " +
    "start van deze casus. Een casus zonder cliëntnummer is nooit recidive.",
  "Geen eerdere casus liep nog op de start: elke eerdere casus is afgesloten vóór de start.",
  "De vorige casus (de eerdere casus met de laatste einddatum) is minstens de minimale tussenpoos vóór de start " +
    `afgesloten, in kalendermaanden (standaard ${DEFAULT_RECIDIVE_OPTIONS.minGapMonths}).`,
  "Als een gelijk hoofddomein vereist is (standaard ja): de casus heeft minstens één hoofddomein gemeen met de vorige casus.",
]);

/** What happens when two earlier cases share the latest end date, and what heropening is. */
export const RECIDIVE_NOTES: readonly string[] = Object.freeze([
  "Hebben twee eerdere casussen dezelfde laatste einddatum, dan is de vorige casus die met de latere start, en daarna die " +
    "met het hoogste casusnummer: de volgorde van de rijen maakt nooit uit.",
  "Een casus van een cliënt die wel een eerdere casus had maar niet aan stap 3 of 4 voldoet, is een heropening; een casus " +
    "van een cliënt zonder eerdere casus is nieuw.",
  "Het standaardrapport telt recidive over de opgestarte individuele trajecten (IT) en leun en steun (LS); zonder kolom " +
    "soort traject over alle opgestarte casussen.",
]);
