/**
 * Every Dutch text of a data issue, in one place. A message names the table, the sheet
 * row, the column header, the value, and what happens to it:
 * `Casussen, rij 12, kolom "Einddatum": "31-02-2024" is geen geldige datum. De casus telt
 * niet mee in cijfers die de einddatum nodig hebben.`
 *
 * @module
 */
import { dayToText } from "../dates/dayToIso";
import { dateToDay } from "../dates/cellToDay";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import { CELL_TEXT_LIMIT } from "../text/fitCellText";
import type { CaseField, CellValue, Day, TableName } from "../types";

/** Table names as the start of a message. */
export const TABLE_TITLES: Readonly<Record<TableName, string>> = {
  cases: "Casussen",
  zrm: "ZRM-scores",
  activities: "Activiteiten",
  complaints: "Klachten",
};

/** How a message refers to a case field ("cijfers die de einddatum nodig hebben"), from `CASE_FIELDS`. */
const CASE_FIELD_NOUNS: ReadonlyMap<CaseField, string> = new Map(
  CASE_FIELDS.map((definition) => [definition.field, definition.noun])
);

/** The most characters of a value a message echoes (a longer one ends in "…"). */
const MAX_SHOWN_LENGTH = 60;
/** The most characters of a column header a message echoes. */
const MAX_SHOWN_HEADER_LENGTH = 200;

/** `text`, or its first `max` - 1 characters and "…" when longer: no message outgrows a cell. */
function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The start of a message: `Casussen, rij 12, kolom "Einddatum": ` or, for a whole row, `Casussen, rij 12: `. */
export function issuePrefix(table: TableName, row: number, column: string): string {
  return column === ""
    ? `${TABLE_TITLES[table]}, rij ${row}: `
    : `${TABLE_TITLES[table]}, rij ${row}, kolom "${clip(column, MAX_SHOWN_HEADER_LENGTH)}": `;
}

/** A count with a thousands dot: `40.000`. */
function thousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A cell value as a message shows it: text in quotes (shortened), numbers with a decimal comma. */
export function showValue(value: CellValue): string {
  if (typeof value === "number") return `"${String(value).replace(".", ",")}"`;
  if (typeof value === "boolean") return value ? '"WAAR"' : '"ONWAAR"';
  if (value instanceof Date) {
    const text = dayToText(dateToDay(value));
    return `"${text === "" ? "ongeldige datum" : text}"`;
  }
  return `"${clip(String(value ?? "").trim(), MAX_SHOWN_LENGTH)}"`;
}

/** What the rows of each table are, in the plural ("er zijn geen casussen om te tellen"). */
const ROW_NOUNS: Readonly<Record<TableName, string>> = {
  cases: "casussen",
  zrm: "ZRM-scores",
  activities: "bijeenkomsten",
  complaints: "klachten",
};

/** A Dutch list: `a`, `a en b`, `a, b en c`. */
function listText(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] ?? ""}`;
}

/** A byte as a message shows it: `byte 0xE9`. */
function byteText(byte: number): string {
  return `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** What happens to the row or value, per table and field. */
export const CONSEQUENCES = {
  caseField: (field: CaseField): string =>
    `De casus telt niet mee in cijfers die ${CASE_FIELD_NOUNS.get(field) ?? ""} nodig hebben.`,
  rowSkipped: "De rij wordt overgeslagen.",
  extraColumn: "De cel telt als leeg.",
  score: "De score telt niet mee.",
  meeting: "De bijeenkomst telt niet mee.",
  participants: "Het aantal deelnemers van deze bijeenkomst telt niet mee.",
  complaint: "De klacht telt niet mee.",
} as const;

/** The bodies of the messages, by issue. */
export const MESSAGES = {
  invalidDate: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldige datum. ${consequence}`,
  invalidNumber: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldig getal. ${consequence}`,
  invalidAge: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldige leeftijd (0 tot 130). ${consequence}`,
  negativeCount: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldig aantal (negatief). ${consequence}`,
  fractionalCount: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geheel aantal. ${consequence}`,
  decimalPointCount: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldig aantal (een punt scheidt alleen duizendtallen, zoals in 1.200). ${consequence}`,
  invalidBoolean: (value: CellValue, consequence: string): string =>
    `${showValue(value)} is geen geldige ja/nee-waarde (gebruik ja of nee). ${consequence}`,
  errorValue: (value: CellValue, consequence: string): string =>
    `de cel bevat de Excel-foutwaarde ${clip(String(value).trim(), MAX_SHOWN_LENGTH)}. ${consequence}`,
  missingCaseId: (): string => `het casusnummer ontbreekt. ${CONSEQUENCES.rowSkipped}`,
  duplicateCaseId: (id: string, firstRow: number): string =>
    `casusnummer "${clip(id, MAX_SHOWN_LENGTH)}" staat al in rij ${firstRow}. Deze rij wordt overgeslagen.`,
  closedBeforeStart: (closedOn: Day, start: Day): string =>
    `de einddatum ${dayToText(closedOn)} ligt vóór de start ${dayToText(start)}. ${CONSEQUENCES.caseField("closedOn")}`,
  intakeBeforeRegistration: (intakeOn: Day, registeredOn: Day): string =>
    `de intakedatum ${dayToText(intakeOn)} ligt vóór de aanmelddatum ${dayToText(registeredOn)}. ${CONSEQUENCES.caseField("intakeOn")}`,
  futureDate: (day: Day, asOf: Day, consequence: string): string =>
    `de datum ${dayToText(day)} ligt na de peildatum ${dayToText(asOf)}. ${consequence}`,
  earlyDate: (day: Day, earliest: Day, consequence: string): string =>
    `de datum ${dayToText(day)} ligt vóór ${dayToText(earliest)} en is vermoedelijk een standaardwaarde. ${consequence}`,
  ratingOutOfRange: (value: CellValue): string =>
    `klantoordeel ${showValue(value)} ligt niet tussen 1 en 10. ${CONSEQUENCES.caseField("rating")}`,
  scoreOutOfRange: (value: CellValue): string =>
    `score ${showValue(value)} ligt niet tussen 1 en 5. ${CONSEQUENCES.score}`,
  unknownDomain: (name: string): string =>
    `"${clip(name, MAX_SHOWN_LENGTH)}" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.`,
  unknownCase: (id: string): string =>
    `casusnummer "${clip(id, MAX_SHOWN_LENGTH)}" staat niet in de casussen. De scores tellen niet mee in cijfers over casussen.`,
  rowTooLong: (fields: number, headerFields: number): string =>
    `de rij heeft ${fields} velden, de kopregel ${headerFields}: waarschijnlijk staat er een scheidingsteken in een waarde zonder aanhalingstekens, zodat de waarden erna in de verkeerde kolom staan. ${CONSEQUENCES.rowSkipped}`,
  rowLongerEmpty: (fields: number, headerFields: number): string =>
    `de rij heeft ${fields} velden, de kopregel ${headerFields}; de velden na de laatste kolom zijn leeg. De rij telt mee zoals ze is; staat er een scheidingsteken in een waarde zonder aanhalingstekens, dan staan de waarden erna in de verkeerde kolom.`,
  totalRow: (text: string): string =>
    `deze rij lijkt een totaalrij (${showValue(text)}). ${CONSEQUENCES.rowSkipped}`,
  missingStart: (): string =>
    "de casus heeft geen startdatum en geen aanmelddatum. De casus telt niet mee in cijfers die de start nodig hebben.",
  missingDomain: (): string => `het domein ontbreekt. ${CONSEQUENCES.rowSkipped}`,
  missingMeetingDate: (): string =>
    `de datum van de bijeenkomst ontbreekt. ${CONSEQUENCES.meeting}`,
  missingActivity: (): string =>
    "activiteitnummer en naam ontbreken. De bijeenkomst telt mee, maar niet bij het aantal trajecten.",
  emptyTable: (table: TableName, onlyHeader: boolean): string =>
    `de tabel ${TABLE_TITLES[table]} ${onlyHeader ? "bevat alleen een kopregel" : "bevat geen bruikbare rijen (zie de meldingen hieronder)"}: er zijn geen ${ROW_NOUNS[table]} om te tellen.`,
  noUsableDates: (headers: readonly string[], labels: readonly string[]): string =>
    headers.length === 0
      ? `geen bruikbare datums: de kolommen ${listText(labels)} zijn niet gevonden: de KPI's per periode blijven leeg.`
      : `geen bruikbare datums in de ${headers.length === 1 ? "kolom" : "kolommen"} ${listText(headers.map((header) => `"${clip(header, MAX_SHOWN_HEADER_LENGTH)}"`))}: de KPI's per periode blijven leeg.`,
  missingComplaintDate: (): string => `de datum van de klacht ontbreekt. ${CONSEQUENCES.complaint}`,
  duplicateHeader: (usedColumn: string, field: string, column: string): string =>
    `de kopregel heeft deze kop ook in kolom ${usedColumn}, die als ${field} wordt gelezen; deze kolom (${column}) telt niet mee. Geef de kolommen verschillende koppen als deze kolom bedoeld is.`,
  textTruncated: (length: number): string =>
    `de tekst is ${thousands(length)} tekens lang; een Excel-cel houdt er ${thousands(CELL_TEXT_LIMIT)}. De tekst is ingekort.`,
  invalidEncoding: (bytes: readonly number[], chars: readonly string[], value: CellValue): string =>
    `${bytes.length === 1 ? "ongeldig teken" : "ongeldige tekens"} (${bytes.map(byteText).join(", ")}) in ${showValue(value)}: gelezen als ${chars.map((char) => `"${char}"`).join(", ")}. De rest van het bestand is UTF-8; controleer deze waarde.`,
  doubtfulUtf8: (
    sequences: readonly (readonly number[])[],
    chars: readonly string[],
    asUtf8: readonly string[],
    value: CellValue
  ): string => {
    const hex = (bytes: readonly number[]) =>
      bytes.map((byte) => `0x${byte.toString(16).toUpperCase()}`).join(" ");
    const read = chars.map((char, k) => `"${char}" (bytes ${hex(sequences[k] ?? [])})`);
    const meant = asUtf8.map((char) => `"${char}"`);
    return `${showValue(value)} is gelezen als Windows-1252, zoals de rest van het bestand, maar ${read.join(", ")} ${read.length === 1 ? "is" : "zijn"} geldige UTF-8 en ${read.length === 1 ? "betekent" : "betekenen"} dan ${meant.join(", ")}. Het bestand mengt twee tekensets; controleer deze waarde.`;
  },
} as const;
