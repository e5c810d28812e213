/**
 * The breakdowns of the group tables (SPEC §4 "Tabellen per groep") as dimensions, each with
 * the rows its groups become: a category column (empty or unusable values in "Onbekend"), the
 * usable main domains, the complexity by number of main domains, the rating class and the age
 * band at the start of the case. The plain per-case rules they follow are the group references
 * (src/core/measures/reference/groups); a property test keeps the two equal.
 *
 * @module
 */
import { FieldBit, type CaseTable, type CategoryColumn } from "../types";
import { ageInYears } from "../kpis/ageInYears";
import { FIRST_PACKED_DAY, PACKED_DAYS, packedDateTable } from "../kpis/calendarLookup";
import type { Dimension } from "./dimension";

/** How one group of a dimension becomes a row of a table. */
export interface TableRow {
  /** Stable key: the category label, '1'..'10', '0-17', '2024-01', '' for "Onbekend". */
  readonly key: string;
  /** Dutch row label. */
  readonly label: string;
  /** Position in a fixed-order table. */
  readonly order: number;
  /** The "Onbekend" row: listed last, never ranked into a top N. */
  readonly unknown?: boolean;
  /** Shown also when it has no cases (the fixed rows: ratings, bands, months, levels). */
  readonly always?: boolean;
}

/** A breakdown and the row of each of its groups (group g is row g). */
export interface TableDimension {
  readonly dimension: Dimension;
  readonly rows: readonly TableRow[];
}

/** Label of the row of cases with no (usable) value for the breakdown. */
export const UNKNOWN_LABEL = "Onbekend";

/** The category fields of the case table. */
export type CategoryField =
  | "caseType"
  | "product"
  | "closeReason"
  | "referrer"
  | "team"
  | "complexity"
  | "weight"
  | "referredTo";

const unknownRow = (order: number): TableRow => ({
  key: "",
  label: UNKNOWN_LABEL,
  order,
  unknown: true,
});

/**
 * By a category column: one row per label (case types already grouped to IT/LS/IA by the
 * parser, other labels in the first spelling seen), then "Onbekend" for an empty or unusable
 * value. Like every single-valued breakdown here, it finds the row of the cases a measure
 * takes only (`codesOf`), not of every case.
 *
 * @param table - The case table.
 * @param field - The category field.
 * @returns The dimension; "Onbekend" is group `labels.length`.
 * @example
 * categoryRows(table, "team").rows.map((r) => r.label); //=> ["Noord", "Zuid", "Onbekend"]
 */
export function categoryRows(table: CaseTable, field: CategoryField): TableDimension {
  return columnRows(table[field], table.invalid, FieldBit[field]);
}

/**
 * By any category column: as {@link categoryRows}, for a column of the export that no field
 * uses (`table.extras`; such a column has no unusable values, `bit` 0).
 *
 * @param column - The category column.
 * @param invalid - The case table's invalid mask.
 * @param bit - The FieldBit whose unusable value puts a case in "Onbekend" (0 for none).
 * @returns The dimension; "Onbekend" is group `labels.length`.
 * @example
 * columnRows(table.extras[0].column, table.invalid, 0).rows.map((r) => r.label); //=> ["Centrum", "Oost", "Onbekend"]
 */
export function columnRows(
  column: CategoryColumn,
  invalid: Uint32Array,
  bit: number
): TableDimension {
  const unknown = column.labels.length;
  const { codes } = column;
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const code = codes[i] as number;
      out[k] = code < 0 || ((invalid[i] as number) & bit) !== 0 ? unknown : code;
    }
  };
  const keys = [...column.labels, UNKNOWN_LABEL];
  const rows = [
    ...column.labels.map((label, order) => ({ key: label, label, order })),
    unknownRow(unknown),
  ];
  return { dimension: { kind: "single", keys, codesOf }, rows };
}

/**
 * By main domain: a case is in the row of each of its main domains; a case whose domain cell
 * was unusable is in none. These are the table's own lists unless a case with an unusable cell
 * has domains (from its other domain columns).
 *
 * @param table - The case table.
 * @returns The dimension (multi-valued), one row per domain label.
 * @example
 * usableDomainRows(table).rows[0].label; //=> "Financiën"
 */
export function usableDomainRows(table: CaseTable): TableDimension {
  const { domainStart, domainCodes, invalid } = table;
  const rows = table.domainLabels.map((label, order) => ({ key: label, label, order }));
  const keys = table.domainLabels;
  const domainsBit = FieldBit.mainDomains;
  let spoiled = false;
  for (let i = 0; i < table.size && !spoiled; i++)
    spoiled = ((invalid[i] as number) & domainsBit) !== 0 && domainStart[i + 1] !== domainStart[i];
  if (!spoiled)
    return { dimension: { kind: "multi", keys, starts: domainStart, members: domainCodes }, rows };
  const starts = new Int32Array(table.size + 1);
  const members = new Int32Array(domainCodes.length);
  let m = 0;
  for (let i = 0; i < table.size; i++) {
    if (((invalid[i] as number) & domainsBit) === 0) {
      for (let x = domainStart[i] as number; x < (domainStart[i + 1] as number); x++)
        members[m++] = domainCodes[x] as number;
    }
    starts[i + 1] = m;
  }
  return { dimension: { kind: "multi", keys, starts, members: members.subarray(0, m) }, rows };
}

const COMPLEXITY_ROWS: readonly TableRow[] = [
  { key: "niet-complex", label: "Niet complex", order: 0, always: true },
  { key: "redelijk-complex", label: "Redelijk complex", order: 1, always: true },
  { key: "complex", label: "Complex", order: 2, always: true },
  unknownRow(3),
];

/**
 * By complexity: 1 usable main domain niet complex, 2 or 3 redelijk complex, 4 or more
 * complex; none (or an unusable cell) "Onbekend".
 *
 * @param table - The case table.
 * @returns The dimension, the three levels always shown.
 * @example
 * complexityRows(table).rows.map((r) => r.key); //=> ["niet-complex", "redelijk-complex", "complex", ""]
 */
export function complexityRows(table: CaseTable): TableDimension {
  const { invalid, domainStart } = table;
  const domainsBit = FieldBit.mainDomains;
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const spoiled = ((invalid[i] as number) & domainsBit) !== 0;
      const count = spoiled ? 0 : (domainStart[i + 1] as number) - (domainStart[i] as number);
      out[k] = count === 0 ? 3 : count === 1 ? 0 : count <= 3 ? 1 : 2;
    }
  };
  return {
    dimension: { kind: "single", keys: COMPLEXITY_ROWS.map((r) => r.key), codesOf },
    rows: COMPLEXITY_ROWS,
  };
}

/**
 * By rating: the rows 1..10, a rating with decimals at its rounded value (7,5 → 8); a case
 * without a usable rating in 1..10 is in no row.
 *
 * @param table - The case table.
 * @returns The dimension, the ten rows always shown.
 * @example
 * ratingClassRows(table).rows.map((r) => r.key); //=> ["1", "2", …, "10"]; a rating of 7,5 is in row "8"
 */
export function ratingClassRows(table: CaseTable): TableDimension {
  const { invalid, rating } = table;
  const ratingBit = FieldBit.rating;
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const rounded = Math.round(rating[i] as number);
      const usable = ((invalid[i] as number) & ratingBit) === 0;
      out[k] = usable && rounded >= 1 && rounded <= 10 ? rounded - 1 : -1;
    }
  };
  const rows = Array.from({ length: 10 }, (_, k): TableRow => {
    const key = String(k + 1);
    return { key, label: key, order: k, always: true };
  });
  return { dimension: { kind: "single", keys: rows.map((r) => r.key), codesOf }, rows };
}

/**
 * By age band at the start of the case: one row per band, 'low–high' ('low+' for the last).
 * The age at the start is in whole years: from a usable birth date and a usable start (a
 * 29 February birthday counts from 1 March), else from a usable age column (rounded down). No
 * age, an age below the first bound or of 200 years or more: "Onbekend".
 *
 * @param table - The case table.
 * @param bands - Lower bounds, ascending whole numbers ≥ 0.
 * @returns The dimension, every band always shown; "Onbekend" is group `bands.length`.
 * @example
 * ageBandRows(table, [0, 18, 65]).rows.map((r) => r.label); //=> ["0–17", "18–64", "65+", "Onbekend"]
 */
export function ageBandRows(table: CaseTable, bands: readonly number[]): TableDimension {
  const unknown = bands.length;
  // The band of each whole age below 200 (the bounds are whole, so a whole age decides it).
  const bandOfAge = new Int32Array(200).fill(unknown);
  for (let age = 0; age < 200; age++)
    for (let b = 0; b < bands.length && age >= (bands[b] as number); b++) bandOfAge[age] = b;
  const { invalid, birthDate, start, age: ageColumn } = table;
  const fromBirth = FieldBit.birthDate | FieldBit.start;
  const ageBit = FieldBit.age;
  // yyyymmdd of each day of 1900–2099: the age is then ⌊(start − birth) / 10000⌋ in those
  // numbers (`ageInYears` for days outside them).
  const packed = packedDateTable();
  const codesOf = (cases: Int32Array, out: Int32Array): void => {
    for (let k = 0; k < cases.length; k++) {
      const i = cases[k] as number;
      const bad = invalid[i] as number;
      const birth = (birthDate[i] as number) - FIRST_PACKED_DAY;
      const s = (start[i] as number) - FIRST_PACKED_DAY;
      let age = NaN;
      if ((bad & fromBirth) === 0 && Number.isFinite(birth) && Number.isFinite(s)) {
        const inTable = birth >= 0 && birth < PACKED_DAYS && s >= 0 && s < PACKED_DAYS;
        age = inTable
          ? Math.floor(((packed[s] as number) - (packed[birth] as number)) / 10000)
          : ageInYears(birth + FIRST_PACKED_DAY, s + FIRST_PACKED_DAY);
      } else if ((bad & ageBit) === 0) age = Math.floor(ageColumn[i] as number);
      out[k] = age >= 0 && age < 200 ? (bandOfAge[age] as number) : unknown;
    }
  };
  const rows = bands.map((low, b): TableRow => {
    const next = bands[b + 1];
    return next === undefined
      ? { key: `${low}+`, label: `${low}+`, order: b, always: true }
      : { key: `${low}-${next - 1}`, label: `${low}–${next - 1}`, order: b, always: true };
  });
  rows.push(unknownRow(unknown));
  return { dimension: { kind: "single", keys: rows.map((r) => r.key), codesOf }, rows };
}
