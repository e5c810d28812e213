/**
 * Golden input rows: an export as a controller pastes it, raw 2D cell arrays as Office.js
 * `range.values` (or ExcelJS, or a CSV reader) deliver them — a title row above the header,
 * Dutch header synonyms rather than the canonical names, every date form of SPEC §2, and one
 * row for each kind of bad input. The expected KPI JSON is worked out by hand in
 * goldenRows.test.ts.
 *
 * Sheet rows are 1-based as Excel shows them: `CASE_ROWS[0]` is sheet row 1.
 */
import type { CellValue } from "../../../src/core/types";

/** Excel serials (1900 system; serial 45292 is 1 January 2024). */
const SERIAL_2023_01_20 = 44946;
const SERIAL_2024_06_10 = 45453;
const SERIAL_2024_01_09 = 45300;
const SERIAL_2024_04_01 = 45383;

/** The export date (peildatum) of the golden export: 7 October 2024. */
export const GOLDEN_AS_OF_TEXT = "2024-10-07";

const CASE_HEADER: CellValue[] = [
  "Dossiernummer", // caseId
  "Klantnummer", // clientId
  "Ondersteuningsvorm", // caseType
  "Dienst", // product
  "Datum aanmelding", // registeredOn
  "Datum intake", // intakeOn
  "Begindatum", // startedOn
  "Afsluitdatum", // closedOn
  "Leefgebieden", // mainDomains
  "Reden afsluiting", // closeReason
  "Verwezen door", // referrer
  "Buurtteam", // team
  "Geboortedatum", // birthDate
  "Direct afgehandeld", // resolvedDirectly
  "Rapportcijfer", // rating
  "Zelfstandig verder", // canContinueAlone
];

const IT = "Individueel traject";
const LS = "Leun en steun";
const IA = "Informatie en advies";

/* prettier-ignore */
export const CASE_ROWS: CellValue[][] = [
  /* 1 */ ["Export casussen, deBasis Veendam"],
  /* 2 */ [],
  /* 3 */ CASE_HEADER,
  //          id     client type  product   registered              intake              started            closed                  domains                                   close reason            referrer            team     birth                            direct rating alone
  /* 4 */ ["C01", "K1", IT, "SMW", "2-1-2023", "16-01-2023", SERIAL_2023_01_20, "15/3/2023", "Financiën", "Doel bereikt", "Zelfmelder", "Noord", "1.5.1980", "nee", 8, "ja"],
  /* 5 */ ["C02", "K1", IT, "SMW", "2024-02-01T09:30:00", "11 februari 2024", "15 feb 2024", SERIAL_2024_06_10 + 0.5, "Financiën; Huisvesting", "Doel bereikt", "Huisarts", "Noord", new Date(Date.UTC(1980, 4, 1)), "nee", 7, "ja"],
  /* 6 */ ["C03", "K2", LS, "AMW", "10-3-2023", "20-3-2023", "1-4-2023", "", "Geestelijke gezondheid, Sociaal netwerk", "", "Wijkteam", "Zuid", "1-1-1950", "", "", ""],
  /* 7 */ ["C04", "K2", IT, "AMW", "1-5-2024", "6-5-2024", "13-5-2024", "2-9-2024", "Geestelijke gezondheid", "Verhuisd", "Eigen initiatief", "Zuid", "15-6-1990", "nee", 6, "nee"],
  /* 8 */ ["C05", "K3", IA, "OCO", "4-3-2024", "", "", "4-3-2024", "Huisvesting", "Informatie gegeven", "Zelf", "Noord", "", "ja", 9, ""],
  /* 9 */ ["C06", "", IA, "OCO", "5-6-2023", "", "", "5-6-2023", "Financien", "Informatie gegeven", "Zelfmelder", "Zuid", "", "ja", "", ""],
  /* 10 */ ["C07", "K4", IT, "Huiselijk geweld", "20-11-2023", "1-12-2023", "4-12-2023", "3-7-2024", "Huiselijke relaties | Verslaving", "Eenzijdig beëindigd", "Huisarts", "Noord", "10-10-2001", "nee", 10, "ja"],
  /* 11 */ ["C08", "K5", IT, "SMW", "15-9-2024", "25-9-2024", "2-10-2024", "", "Werk & opleiding", "", "Gemeente", "Zuid", "", "", "", ""],
  /* 12: fully empty row, skipped silently */ ["", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
  /* 13: INVALID_DATE (31 February) */ ["C09", "K6", LS, "AMW", "12-2-2024", "31-02-2024", "1-3-2024", "", "Tijdsbesteding", "", "Zelfmelder", "Noord", "", "", "", ""],
  /* 14: CLOSED_BEFORE_START */ ["C10", "K7", IT, "SMW", "1-2-2024", "5-2-2024", "10-2-2024", "1-2-2024", "Justitie", "Doel bereikt", "Politie", "Noord", "", "", "", ""],
  /* 15: INTAKE_BEFORE_REGISTRATION */ ["C11", "K8", IT, "SMW", "10-4-2024", "1-4-2024", "15-4-2024", "", "Financiën", "", "Zelfmelder", "Zuid", "", "", "", ""],
  /* 16: RATING_OUT_OF_RANGE */ ["C12", "K9", IT, "AMW", "5-1-2024", "", "8-1-2024", "20-3-2024", "Huisvesting", "Doel bereikt", "Huisarts", "Noord", "", "", 11, "ja"],
  /* 17: ERROR_VALUE (#N/A) */ ["C13", "K10", IT, "AMW", "3-6-2024", "", "10-6-2024", "#N/A", "Financiën", "", "Huisarts", "Zuid", "", "", "", ""],
  /* 18: UNKNOWN_DOMAIN */ ["C14", "K11", LS, "AMW", "1-7-2024", "", "8-7-2024", "", "Reizen", "", "Zelfmelder", "Zuid", "", "", "", ""],
  /* 19: MISSING_CASE_ID */ ["", "K12", IT, "SMW", "1-3-2024", "", "4-3-2024", "", "Financiën", "", "Zelfmelder", "Noord", "", "", "", ""],
  /* 20: DUPLICATE_CASE_ID */ ["C02", "K99", LS, "AMW", "1-1-2024", "", "2-1-2024", "", "Justitie", "", "Huisarts", "Zuid", "", "", "", ""],
  /* 21: FUTURE_DATE */ ["C15", "K13", IT, "SMW", "1-9-2024", "", "1-1-2099", "", "Huisvesting", "", "Zelfmelder", "Noord", "", "", "", ""],
  /* 22: two-digit year */ ["C16", "K14", IT, "SMW", "3-1-24", "", "10-1-2024", "", "Huisvesting", "", "Huisarts", "Noord", "", "", "", ""],
  /* 23: Totaal row at the end */ ["Totaal", 16, "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
];

/* prettier-ignore */
export const ZRM_ROWS: CellValue[][] = [
  /* 1 */ ["ZRM-scores per casus"],
  /* 2 */ ["Casusnr", "Leefgebied", "Nulmeting", "Eindmeting", "Doelscore"],
  /* 3 */ ["C02", "Financiën", 2, 4, 4],
  /* 4 */ ["C02", "Huisvesting", 3, 3, 4],
  /* 5: not a main domain of C02 */ ["C02", "Justitie", 1, 2, 3],
  /* 6 */ ["C04", "Geestelijke gezondheid", 2, 3, 3],
  /* 7 */ ["C07", "Huiselijke relaties", 1, 3, 2],
  /* 8: no goal score */ ["C07", "Middelengebruik", 2, 2, ""],
  /* 9: SCORE_OUT_OF_RANGE */ ["C12", "Huisvesting", 3, 6, 4],
  /* 10 */ ["C01", "Financiën", 2, 3, 3],
  /* 11: UNKNOWN_CASE */ ["C99", "Financiën", 1, 2, 3],
  /* 12: fully empty row */ ["", "", "", "", ""],
  /* 13: ERROR_VALUE in the domain */ ["C05", "#N/A", 1, 2, 3],
  /* 14: Totaal row */ ["Totaal", "", 14, 19, 22],
];

/* prettier-ignore */
export const ACTIVITY_ROWS: CellValue[][] = [
  /* 1 */ ["Collectieve activiteiten 2023-2024"],
  /* 2 */ ["Activiteitnummer", "Naam activiteit", "Soort activiteit", "Datum bijeenkomst", "Aantal deelnemers"],
  /* 3 */ ["A1", "Taalcafé", "Taal", SERIAL_2024_01_09, 12],
  /* 4 */ ["A1", "Taalcafé", "Taal", "16-1-2024", 10],
  /* 5: negative participants */ ["A1", "Taalcafé", "Taal", "23-01-2024", -3],
  /* 6: participants unknown */ ["A2", "Wandelgroep", "Bewegen", "3 april 2024", ""],
  /* 7 */ ["A2", "Wandelgroep", "Bewegen", "5.5.2023", 8],
  /* 8: after the period */ ["A3", "Kookclub", "Ontmoeting", "1/10/2024", 6],
  /* 9: no id, the name is the key */ ["", "Repair café", "Ontmoeting", "2024-06-01 14:00", 5],
  /* 10: ERROR_VALUE date */ ["A4", "Buurtlunch", "Ontmoeting", "#N/A", 9],
  /* 11: FUTURE_DATE */ ["A5", "Soos", "Ontmoeting", "1-1-2099", 4],
  /* 12: Totaal row */ ["Totaal", "", "", "", 41],
];

/* prettier-ignore */
export const COMPLAINT_ROWS: CellValue[][] = [
  /* 1 */ ["Klachtenregistratie"],
  /* 2 */ ["Datum klacht", "Omschrijving"],
  /* 3 */ ["12-2-2024", "Wachttijd te lang"],
  /* 4 */ [SERIAL_2024_04_01, "Bejegening"],
  /* 5 */ ["3 jan 2024", "Bereikbaarheid"],
  /* 6 */ ["2023-05-10", "Wachttijd"],
  /* 7: no date */ ["", "Zonder datum"],
  /* 8: FUTURE_DATE */ ["1-1-2099", "Toekomst"],
  /* 9: INVALID_DATE */ ["32-1-2024", "Tikfout"],
  /* 10: fully empty row */ ["", ""],
  /* 11: Totaal row */ ["Totaal", 7],
];
