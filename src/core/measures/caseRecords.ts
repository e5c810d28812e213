/**
 * One case as a plain, readable object: the input of the reference computations, which state
 * each KPI's rule the simple way (a filter and a count over an array of cases) so that the fast
 * evaluator can be checked against them.
 *
 * @module
 */
import { FieldBit, type CaseTable, type Day } from "../types";

/** A field whose value can be unusable (see {@link FieldBit}), including the derived start. */
export type CheckedField = keyof typeof FieldBit;

/** One case of the case table, as plain data. Empty and unusable values are both `null`; `invalid` tells them apart. */
export interface CaseRecord {
  /** Index of the case in the table. */
  readonly index: number;
  readonly caseId: string;
  readonly clientId: string | null;
  /** The case type as grouped by the parser: "IT", "LS", "IA", or another label as written. */
  readonly caseType: string | null;
  readonly product: string | null;
  readonly closeReason: string | null;
  readonly referrer: string | null;
  readonly team: string | null;
  readonly complexity: string | null;
  readonly weight: string | null;
  readonly referredTo: string | null;
  /** The cooperation partners' labels, each once. */
  readonly partners: readonly string[];
  readonly contacts: number | null;
  /** The extra columns' values by header (null when empty). */
  readonly extras: Readonly<Record<string, string | null>>;
  readonly registeredOn: Day | null;
  readonly intakeOn: Day | null;
  readonly startedOn: Day | null;
  readonly closedOn: Day | null;
  /** startedOn, else registeredOn (null when neither is usable). */
  readonly start: Day | null;
  readonly birthDate: Day | null;
  readonly age: number | null;
  readonly rating: number | null;
  readonly resolvedDirectly: boolean | null;
  readonly canContinueAlone: boolean | null;
  /** The main domains' display names, in the order of the export. */
  readonly mainDomains: readonly string[];
  /** Fields whose value was present but unusable. */
  readonly invalid: ReadonlySet<CheckedField>;
}

const CHECKED_FIELDS = Object.keys(FieldBit) as CheckedField[];

/**
 * Turns the column-oriented case table into one plain object per case. Slow and simple, for
 * the reference computations and tests only.
 *
 * @param table - The parsed case table.
 * @returns One record per case, in table order.
 * @example
 * caseRecords(dataset.cases)[0].start; //=> 45306 (a Day), or null
 */
export function caseRecords(table: CaseTable): CaseRecord[] {
  const records: CaseRecord[] = [];
  const day = (column: Float32Array, i: number): Day | null =>
    Number.isFinite(column[i]) ? (column[i] as number) : null;
  const num = (column: Float64Array, i: number): number | null =>
    Number.isFinite(column[i]) ? (column[i] as number) : null;
  const tri = (column: Int8Array, i: number): boolean | null =>
    column[i] === 1 ? true : column[i] === 0 ? false : null;
  const label = (column: { codes: Int32Array; labels: readonly string[] }, i: number) => {
    const code = column.codes[i] as number;
    return code < 0 ? null : (column.labels[code] as string);
  };
  for (let i = 0; i < table.size; i += 1) {
    const bits = table.invalid[i] as number;
    const clientKey = table.clientKey[i] as number;
    const domains: string[] = [];
    for (let d = table.domainStart[i] as number; d < (table.domainStart[i + 1] as number); d += 1) {
      domains.push(table.domainLabels[table.domainCodes[d] as number] as string);
    }
    records.push({
      index: i,
      caseId: table.caseIdAt === undefined ? (table.caseId[i] as string) : table.caseIdAt(i),
      clientId: clientKey < 0 ? null : (table.clientIds[clientKey] as string),
      caseType: label(table.caseType, i),
      product: label(table.product, i),
      closeReason: label(table.closeReason, i),
      referrer: label(table.referrer, i),
      team: label(table.team, i),
      complexity: label(table.complexity, i),
      weight: label(table.weight, i),
      referredTo: label(table.referredTo, i),
      partners: Array.from(
        table.partners.codes.subarray(
          table.partners.starts[i] as number,
          table.partners.starts[i + 1] as number
        ),
        (code) => table.partners.labels[code] as string
      ),
      contacts: num(table.contacts, i),
      extras: Object.fromEntries(
        table.extras.map(({ header, column }) => [header, label(column, i)])
      ),
      registeredOn: day(table.registeredOn, i),
      intakeOn: day(table.intakeOn, i),
      startedOn: day(table.startedOn, i),
      closedOn: day(table.closedOn, i),
      start: day(table.start, i),
      birthDate: day(table.birthDate, i),
      age: num(table.age, i),
      rating: num(table.rating, i),
      resolvedDirectly: tri(table.resolvedDirectly, i),
      canContinueAlone: tri(table.canContinueAlone, i),
      mainDomains: domains,
      invalid: new Set(CHECKED_FIELDS.filter((field) => (bits & FieldBit[field]) !== 0)),
    });
  }
  return records;
}
