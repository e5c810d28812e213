/**
 * The engine of one dataset: it owns every column it derives from the dataset (case sets per
 * period, conditions, values), so that the KPIs of a report share them, and nothing is kept
 * anywhere else. Drop the engine and its caches go with it.
 *
 * @module
 */
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";
import { computeRecidiveFacts, type RecidiveFacts } from "../recidive/recidiveFacts";
import type { Dataset, Period, RecidiveOptions } from "../types";
import {
  casesInMask,
  DATED_CASE_SET_IDS,
  narrowCases,
  selectCaseSets,
  unionOfCases,
  type CaseSetId,
  type CaseSetLists,
} from "./caseSets";
import { CONDITION_INPUTS, conditionColumn, type ConditionId } from "./caseConditions";
import { caseValuesOf, type CaseValueId } from "./caseValues";
import type { CaseSelection, SelectedCaseSet } from "./measureRule";
import {
  isRecidiveCondition,
  recidiveConditionColumn,
  recidiveConditionKey,
} from "./recidiveConditions";
import { recidiveStandings } from "./recidiveStandings";
import {
  ROW_VALUE_TABLE,
  rowTable,
  rowValueColumn,
  type RowTable,
  type RowTableId,
  type RowValueId,
} from "./rowTables";

const periodKey = (period: Period): string => `${period.start}:${period.end}`;

/** Every case of a table, in order. */
function allCases(size: number): Int32Array {
  const cases = new Int32Array(size);
  for (let i = 0; i < size; i++) cases[i] = i;
  return cases;
}

/**
 * The case set a selection means under the recidive options: `recidiveStart` is `started`
 * (startField "startedOn": the start date, else the registration date) or `registered`
 * (startField "registeredOn").
 *
 * @param set - The case set of a selection.
 * @param recidive - The recidive options.
 * @returns The case set.
 * @example
 * resolveCaseSet("recidiveStart", { ...DEFAULT_RECIDIVE_OPTIONS, startField: "registeredOn" }); //=> "registered"
 */
export function resolveCaseSet(set: SelectedCaseSet, recidive: RecidiveOptions): CaseSetId {
  if (set !== "recidiveStart") return set;
  return recidive.startField === "registeredOn" ? "registered" : "started";
}

/**
 * The engine of one dataset.
 *
 * @example
 * const engine = new Engine(dataset);
 * evaluateMeasure(engine, rule, [period, previousYearPeriod(period)], undefined, null);
 */
export class Engine {
  /** Room for the values of one tally (see {@link caseValues}). */
  private values = new Float64Array(0);
  private readonly selections = new Map<string, Int32Array>();
  /** The cases of a selection a filter keeps, by the selection's and the filter's (cached) arrays. */
  private readonly filtered = new Map<Int32Array, Map<Uint8Array, Int32Array>>();
  /** The marks of a selection, by its (cached, so unique) list of cases. */
  private readonly marks = new Map<Int32Array, Uint8Array>();
  /** Room for the marks of the case sets of a period, one per case (see {@link selectCaseSets}). */
  private caseSetMarks: Uint8Array | null = null;
  /** Room for the groups of the units of one tally (see {@link groupRoom}). */
  private groups = new Int32Array(0);
  private readonly recidiveFacts = new Map<RecidiveOptions["startField"], RecidiveFacts>();
  /** The recidive standings by start field and minimum gap (see {@link standingsOf}). */
  private readonly standings = new Map<string, Uint8Array>();
  private readonly rowTables = new Map<RowTableId, RowTable | null>();
  private readonly rowValues = new Map<RowValueId, Float64Array>();
  private readonly derived = new Map<string, unknown>();

  /** @param dataset - The parsed dataset. */
  constructor(readonly dataset: Dataset) {}

  /**
   * Which cases of a selection meet a condition (see {@link conditionColumn} and, for the
   * recidive conditions, `recidiveConditionColumn` over {@link standingsOf}): computed for the
   * selection's cases only, and not kept (a selection narrowed by a condition is kept instead).
   *
   * @param id - The condition.
   * @param cases - A selection's cases.
   * @param recidive - The recidive options (read by the recidive conditions only).
   * @returns Entry k: 1 when case `cases[k]` meets it.
   * @example
   * engine.condition("recidive", started, { ...DEFAULT_RECIDIVE_OPTIONS, minGapMonths: 3 });
   */
  condition(
    id: ConditionId,
    cases: Int32Array,
    recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
  ): Uint8Array {
    return isRecidiveCondition(id)
      ? recidiveConditionColumn(id, recidive, this.standingsOf(recidive), cases)
      : conditionColumn(this.dataset.cases, id, cases);
  }

  /**
   * The recidive standing of every case under the options' start field and minimum gap (see
   * {@link recidiveStandings}), worked out once: every recidive condition reads it.
   *
   * @param recidive - The recidive options (`sameDomain` is not read).
   * @returns Per case, its `RecidiveStanding` bits.
   * @example
   * engine.standingsOf(DEFAULT_RECIDIVE_OPTIONS)[i] & RecidiveStanding.newClient; // case i's client is new
   */
  standingsOf(recidive: RecidiveOptions): Uint8Array {
    const key = `${recidive.startField}|${recidive.minGapMonths}`;
    let standings = this.standings.get(key);
    if (standings === undefined) {
      const facts = this.factsOf(recidive.startField);
      standings = recidiveStandings(this.dataset.cases, facts, recidive.minGapMonths);
      this.standings.set(key, standings);
    }
    return standings;
  }

  /** The recidive facts of a start field (see `computeRecidiveFacts`), computed once. */
  factsOf(startField: RecidiveOptions["startField"]): RecidiveFacts {
    let facts = this.recidiveFacts.get(startField);
    if (facts === undefined) {
      facts = computeRecidiveFacts(this.dataset.cases, startField);
      this.recidiveFacts.set(startField, facts);
    }
    return facts;
  }

  /**
   * The rows of another table (see {@link rowTable}).
   *
   * @param id - The table.
   * @returns The rows, or null when the dataset does not have the table.
   * @example
   * engine.rowTable("zrmPairs")?.size;
   */
  rowTable(id: RowTableId): RowTable | null {
    let rows = this.rowTables.get(id);
    if (rows === undefined) {
      rows = rowTable(this.dataset, id);
      this.rowTables.set(id, rows);
    }
    return rows;
  }

  /**
   * A value of every row of its table (see {@link rowValueColumn}).
   *
   * @param id - The value.
   * @returns One value per row of its table, NaN for none (empty without the table).
   * @example
   * engine.rowValue("goalReached");
   */
  rowValue(id: RowValueId): Float64Array {
    let column = this.rowValues.get(id);
    if (column === undefined) {
      const rows = this.rowTable(ROW_VALUE_TABLE[id]);
      column = rows === null ? new Float64Array(0) : rowValueColumn(this.dataset, rows, id);
      this.rowValues.set(id, column);
    }
    return column;
  }

  /**
   * A value of the cases of a selection (see {@link caseValuesOf}), in one array the engine
   * reuses: a tally reads them at once, and computing them again (one pass over the selection)
   * costs less than allocating and keeping an array per selection and value.
   *
   * @param id - The value.
   * @param cases - A selection's cases, as {@link selectedCases} returned them.
   * @param period - The selection's period (read by period-dependent values).
   * @returns Entry k: the value of case `cases[k]`, NaN for none; valid until the next call.
   * @example
   * engine.caseValues("waitDays", engine.selectedCases(intake, period), period);
   */
  caseValues(id: CaseValueId, cases: Int32Array, period: Period): Float64Array {
    return caseValuesOf(this.dataset.cases, id, period, cases, this.valueRoom(cases.length));
  }

  /**
   * Room for the values of one tally's units ({@link caseValues}, a share's marks): one array,
   * reused by every tally. Its contents are valid until the next call.
   *
   * @param size - The number of units.
   * @returns An array of at least `size` entries.
   * @example
   * caseValuesOf(table, "rating", period, cases, engine.valueRoom(cases.length));
   */
  valueRoom(size: number): Float64Array {
    if (this.values.length < size) this.values = new Float64Array(size);
    return this.values;
  }

  /**
   * The cases of a period a measure takes: in one of the selections, meeting its condition and
   * with no unusable value among its inputs, as a list of case indices in ascending order.
   * A measure's loops visit these cases only, not the whole table. The case sets of a period are
   * listed once, all in the same passes over the table ({@link selectCaseSets}); a condition or inputs
   * then narrow a set's list ({@link narrowCases}), and several selections are its union.
   *
   * @param select - One selection, or several of which a case meets at least one.
   * @param period - The period.
   * @param recidive - The recidive options (for `recidiveStart` and the recidive conditions).
   * @returns The indices of the cases taken, ascending.
   * @example
   * engine.selectedCases({ cases: "started", inputs: 0 }, period).length; //=> the number started
   */
  selectedCases(
    select: CaseSelection | readonly CaseSelection[],
    period: Period,
    recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
  ): Int32Array {
    if (!Array.isArray(select)) return this.selectedPart(select as CaseSelection, period, recidive);
    const parts = select as readonly CaseSelection[];
    const key = `${parts.map((part) => this.partKey(part, recidive)).join("+")}|${periodKey(period)}`;
    let cases = this.selections.get(key);
    if (cases === undefined) {
      cases = new Int32Array(0);
      for (const part of parts) {
        const more = this.selectedPart(part, period, recidive);
        const room = this.indexRoom(Math.min(cases.length + more.length, this.dataset.cases.size));
        cases = unionOfCases(cases, more, room);
      }
      this.selections.set(key, cases);
    }
    return cases;
  }

  /**
   * The cases of a selection that a filter keeps, listed once per selection and filter: the
   * tallies of every measure on that selection then visit the kept cases only, and read no
   * filter.
   *
   * @param cases - A selection's cases, as {@link selectedCases} returned them.
   * @param filter - 1 for each case to keep (a mask the engine keeps, see `caseFilter`), or null.
   * @returns The cases kept, ascending (`cases` itself without a filter).
   * @example
   * engine.filteredCases(engine.selectedCases(closed, period), caseFilter(engine, filters));
   */
  filteredCases(cases: Int32Array, filter: Uint8Array | null): Int32Array {
    if (filter === null) return cases;
    let byFilter = this.filtered.get(cases);
    if (byFilter === undefined) {
      byFilter = new Map();
      this.filtered.set(cases, byFilter);
    }
    let kept = byFilter.get(filter);
    if (kept === undefined) {
      kept = casesInMask(cases, filter, this.indexRoom(cases.length));
      byFilter.set(filter, kept);
    }
    return kept;
  }

  /**
   * {@link selectedCases} as one mark per case of the table (for the rows of other tables,
   * which look their case up).
   *
   * @param select - One selection, or several of which a case meets at least one.
   * @param period - The period.
   * @param recidive - The recidive options.
   * @returns 1 for each case taken.
   * @example
   * engine.selection({ cases: "closed", inputs: 0 }, period)[i]; //=> 1 when case i closed in the period
   */
  selection(
    select: CaseSelection | readonly CaseSelection[],
    period: Period,
    recidive: RecidiveOptions = DEFAULT_RECIDIVE_OPTIONS
  ): Uint8Array {
    const cases = this.selectedCases(select, period, recidive);
    let marks = this.marks.get(cases);
    if (marks === undefined) {
      marks = new Uint8Array(this.dataset.cases.size);
      for (let k = 0; k < cases.length; k++) marks[cases[k] as number] = 1;
      this.marks.set(cases, marks);
    }
    return marks;
  }

  /**
   * Room for a list of indices that is used at once: the groups of the units one tally visits
   * (`groupsOfUnits`), a selection's cases before they are copied to their own array. One
   * array, reused, so that a breakdown allocates nothing per measure. Its contents are valid
   * until the next call.
   *
   * @param size - The number of units.
   * @returns An array of at least `size` entries.
   * @example
   * groupsOfUnits(dimension, cases, engine.indexRoom(cases.length));
   */
  indexRoom(size: number): Int32Array {
    if (this.groups.length < size) this.groups = new Int32Array(size);
    return this.groups;
  }

  private partKey({ cases, where, inputs }: CaseSelection, recidive: RecidiveOptions): string {
    const whereKey =
      where === undefined
        ? ""
        : isRecidiveCondition(where)
          ? recidiveConditionKey(where, recidive)
          : where;
    return `${resolveCaseSet(cases, recidive)}/${whereKey}/${inputs}`;
  }

  private selectedPart(part: CaseSelection, period: Period, recidive: RecidiveOptions): Int32Array {
    const key = `${this.partKey(part, recidive)}|${periodKey(period)}`;
    let cases = this.selections.get(key);
    if (cases === undefined) {
      const table = this.dataset.cases;
      const set = resolveCaseSet(part.cases, recidive);
      if (part.where === undefined && part.inputs === 0) {
        cases = set === "all" ? allCases(table.size) : this.listCaseSets(period)[set];
      } else {
        const all = this.selectedPart({ cases: set, inputs: 0 }, period, recidive);
        const where = part.where === undefined ? null : this.condition(part.where, all, recidive);
        const inputs = part.inputs | (part.where === undefined ? 0 : CONDITION_INPUTS[part.where]);
        cases = narrowCases(all, where, table.invalid, inputs, this.indexRoom(all.length));
      }
      this.selections.set(key, cases);
    }
    return cases;
  }

  /**
   * Lists every dated case set of a period (two passes over the table) and keeps each list as
   * that set's selection.
   */
  private listCaseSets(period: Period): CaseSetLists<Int32Array> {
    const size = this.dataset.cases.size;
    const marks = (this.caseSetMarks ??= new Uint8Array(size));
    const lists = selectCaseSets(this.dataset.cases, period, marks);
    for (const set of DATED_CASE_SET_IDS) {
      const key = this.partKey({ cases: set, inputs: 0 }, DEFAULT_RECIDIVE_OPTIONS);
      this.selections.set(`${key}|${periodKey(period)}`, lists[set]);
    }
    return lists;
  }

  /**
   * Anything else derived from the dataset alone (a breakdown, a column of ages), made once:
   * the key names what `make` computes, so one key must always stand for one computation.
   *
   * @param key - What is derived, with every parameter it depends on ("ageBand|0,18,65").
   * @param make - Computes it.
   * @returns The derived value, made on the first call with this key.
   * @example
   * engine.derive("ratingClass", () => ratingClassDimension(engine.dataset.cases));
   */
  derive<T>(key: string, make: () => T): T {
    if (!this.derived.has(key)) this.derived.set(key, make());
    return this.derived.get(key) as T;
  }
}
