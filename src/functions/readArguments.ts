// The scalar arguments of the functions: the period text, the recidive options, a top N.
import { parsePeriod } from "../core";
import type { Period, RecidiveOptions } from "../core";
import { FunctionInputError } from "./functionError";
import { isEmptyCell, normalizeCell } from "./tableSnapshot";

/**
 * Reads the period argument: a period text of SPEC §3 ("t/m Q3 2024", "2024", …); a number is
 * read as its text (2024 → "2024").
 *
 * @param value - The argument.
 * @returns The period.
 * @throws {@link FunctionInputError} when the argument is empty or not a text or number;
 *   `InvalidPeriodError` (Dutch message listing the accepted forms) for an unknown period.
 * @example
 * readPeriod('t/m Q3 2024').label // 't/m Q3 2024'
 */
export function readPeriod(value: unknown): Period {
  const cell = scalarOf(value);
  if (isEmptyCell(cell))
    throw new FunctionInputError(
      'Geef een periode op, bijvoorbeeld "t/m Q3 2024", "Q3 2024" of "2024".'
    );
  if (typeof cell !== "string" && typeof cell !== "number") {
    throw new FunctionInputError(
      `Onbekende periode: ${String(cell)}. Geef de periode als tekst, bijvoorbeeld "t/m Q3 2024".`
    );
  }
  return parsePeriod(String(cell));
}

/**
 * Reads the optional recidive arguments (SPEC §5): minimum gap in months (default 6), whether
 * the new case must share a main domain with the previous one (default WAAR), and which date
 * counts as a case's start ("start", the default: startdatum or else aanmelddatum;
 * "aanmelding": the aanmelddatum).
 *
 * @param minMonths - A whole number ≥ 0, or empty for the default.
 * @param sameDomain - WAAR/ONWAAR, 1/0, "ja"/"nee", or empty for the default.
 * @param startField - "start" or "aanmelding" (also "startdatum", "aanmelddatum"), or empty.
 * @returns The options to pass to the engine (only the ones given).
 * @throws {@link FunctionInputError} for a value that is not a number, yes/no or start field.
 * @example
 * readRecidiveOptions(3, false, 'aanmelding') // { minGapMonths: 3, sameDomain: false, startField: 'registeredOn' }
 */
export function readRecidiveOptions(
  minMonths: unknown,
  sameDomain: unknown,
  startField?: unknown
): Partial<RecidiveOptions> {
  const options: {
    minGapMonths?: number;
    sameDomain?: boolean;
    startField?: RecidiveOptions["startField"];
  } = {};
  const months = scalarOf(minMonths);
  if (!isEmptyCell(months)) {
    const n = typeof months === "number" ? months : Number(String(months).trim().replace(",", "."));
    if (typeof months === "boolean" || !Number.isInteger(n) || n < 0) {
      throw new FunctionInputError(
        `Minimaal aantal maanden voor recidive moet een geheel getal van 0 of meer zijn, niet "${String(months)}".`
      );
    }
    options.minGapMonths = n;
  }
  const same = scalarOf(sameDomain);
  if (!isEmptyCell(same)) options.sameDomain = readYesNo(same, "zelfdeDomein");
  const start = scalarOf(startField);
  if (!isEmptyCell(start)) options.startField = readStartField(start);
  return options;
}

/** The names of the recidive start field a user may type (compared in lower case, trimmed). */
const START_FIELD_NAMES: Readonly<Record<string, RecidiveOptions["startField"]>> = {
  start: "startedOn",
  startdatum: "startedOn",
  startedon: "startedOn",
  aanmelding: "registeredOn",
  aanmelddatum: "registeredOn",
  registeredon: "registeredOn",
};

/**
 * Reads the recidive start field argument.
 *
 * @param value - "start" or "aanmelding" (or "startdatum", "aanmelddatum").
 * @returns 'startedOn' or 'registeredOn'.
 * @throws {@link FunctionInputError} for another value.
 * @example
 * readStartField('Aanmelding') // 'registeredOn'
 */
export function readStartField(value: unknown): RecidiveOptions["startField"] {
  const text = String(scalarOf(value) ?? "").trim();
  const field = START_FIELD_NAMES[text.toLowerCase()];
  if (field === undefined) {
    throw new FunctionInputError(
      `startveld moet "start" (startdatum, of anders aanmelddatum) of "aanmelding" (aanmelddatum) zijn, niet "${text}".`
    );
  }
  return field;
}

/**
 * Reads an optional whole number ≥ 1 (a top N).
 *
 * @param value - The argument, or empty.
 * @param fallback - The value when empty.
 * @param name - The parameter name for the message.
 * @returns The number.
 * @throws {@link FunctionInputError} for anything but a whole number ≥ 1.
 * @example
 * readCount(null, 5, 'aantal') // 5
 */
export function readCount(value: unknown, fallback: number, name: string): number {
  const cell = scalarOf(value);
  if (isEmptyCell(cell)) return fallback;
  const n = typeof cell === "number" ? cell : Number(String(cell).trim());
  if (typeof cell === "boolean" || !Number.isInteger(n) || n < 1) {
    throw new FunctionInputError(
      `${name} moet een geheel getal van 1 of meer zijn, niet "${String(cell)}".`
    );
  }
  return n;
}

/**
 * Reads an optional yes/no argument.
 *
 * @param value - WAAR/ONWAAR, 1/0 or a text ja/nee/waar/onwaar/true/false.
 * @param name - The parameter name for the message.
 * @returns The boolean.
 * @throws {@link FunctionInputError} for another value.
 * @example
 * readYesNo('nee', 'zelfdeDomein') // false
 */
export function readYesNo(value: unknown, name: string): boolean {
  const cell = scalarOf(value);
  if (typeof cell === "boolean") return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  const text = String(cell).trim().toLowerCase();
  if (["ja", "waar", "true", "j", "yes", "1"].includes(text)) return true;
  if (["nee", "onwaar", "false", "n", "no", "0"].includes(text)) return false;
  throw new FunctionInputError(`${name} moet WAAR of ONWAAR zijn, niet "${String(cell)}".`);
}

/** A scalar argument; a 1×1 range as its cell (a larger range is refused). */
function scalarOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value === undefined ? null : normalizeCell(value);
  const cells = (value as unknown[]).flat(2);
  if (cells.length > 1)
    throw new FunctionInputError("Geef hier één waarde op, geen bereik van meerdere cellen.");
  return cells.length === 0 ? null : normalizeCell(cells[0]);
}
