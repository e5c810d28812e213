import {
  RECIDIVE_COUNTS as COUNTS_PER_PARTITION,
  tallyRecidiveCase,
} from "../recidive/partitionedRecidive";
import { FieldBit, type CaseTable, type DayColumn } from "../types";
import { ageInYears } from "./ageInYears";
import { FIRST_PACKED_DAY as FIRST_DAY, PACKED_DAYS as DAYS_PACKED } from "./calendarLookup";
import { DAY_FLOOR } from "./dayFloor";
import {
  CONTINUE_STATES,
  DOMAIN_COUNTS,
  passLayout,
  RATING_CLASSES,
  type PassLayout,
} from "./passLayout";
import { ScanBit } from "./scanBits";

/** The parts of a case table {@link LoopColumns} takes. */
type ColumnSource = Pick<
  CaseTable,
  | "invalid"
  | "start"
  | "closedOn"
  | "registeredOn"
  | "intakeOn"
  | "rating"
  | "canContinueAlone"
  | "resolvedDirectly"
  | "clientKey"
  | "domainStart"
  | "domainCodes"
  | "birthDate"
  | "age"
  | "caseType"
  | "product"
  | "team"
  | "closeReason"
  | "referrer"
>;

// Module constants as plain constants of this module: compiled to CommonJS (the command
// line), an imported or exported constant is read from a module object on every use, which
// costs measurably in the loops below.
const RECIDIVE_COUNTS = COUNTS_PER_PARTITION;
const FIRST_PACKED_DAY = FIRST_DAY;
const PACKED_DAYS = DAYS_PACKED;

/** A table of no cases, for the instances kept to hold on to hidden classes. */
const NO_CASES: ColumnSource = {
  invalid: new Uint32Array(0),
  start: new Float32Array(0),
  closedOn: new Float32Array(0),
  registeredOn: new Float32Array(0),
  intakeOn: new Float32Array(0),
  rating: new Float64Array(0),
  canContinueAlone: new Int8Array(0),
  resolvedDirectly: new Int8Array(0),
  clientKey: new Int32Array(0),
  domainStart: new Int32Array(1),
  domainCodes: new Int32Array(0),
  birthDate: new Float32Array(0),
  age: new Float64Array(0),
  caseType: { codes: new Int32Array(0), labels: [] },
  product: { codes: new Int32Array(0), labels: [] },
  team: { codes: new Int32Array(0), labels: [] },
  closeReason: { codes: new Int32Array(0), labels: [] },
  referrer: { codes: new Int32Array(0), labels: [] },
};

/**
 * The case table's columns the loop reads, taken out of the table first, in an instance of a
 * class whose hidden class never dies ({@link LoopColumns.shape}): the loop's optimised code
 * depends on the hidden classes of what it reads, and V8 throws that code away when one of
 * them is collected, which for the table's own shape or an object literal's happens after
 * every report (the loop would then be recompiled for every report).
 */
export class LoopColumns {
  /** An instance kept for good, so that V8 keeps the hidden class of all instances. */
  static readonly shape = new LoopColumns(NO_CASES);

  readonly invalid: Uint32Array;
  readonly start: DayColumn;
  readonly closedOn: DayColumn;
  readonly registeredOn: DayColumn;
  readonly intakeOn: DayColumn;
  readonly rating: Float64Array;
  readonly canContinueAlone: Int8Array;
  readonly resolvedDirectly: Int8Array;
  readonly clientKey: Int32Array;
  readonly domainStart: Int32Array;
  readonly domainCodes: Int32Array;
  readonly birthDate: DayColumn;
  readonly age: Float64Array;
  readonly caseTypeCodes: Int32Array;
  readonly productCodes: Int32Array;
  readonly teamCodes: Int32Array;
  readonly closeReasonCodes: Int32Array;
  readonly referrerCodes: Int32Array;
  readonly caseTypes: number;

  /** @param table - The case table. */
  constructor(table: ColumnSource) {
    this.invalid = table.invalid;
    this.start = table.start;
    this.closedOn = table.closedOn;
    this.registeredOn = table.registeredOn;
    this.intakeOn = table.intakeOn;
    this.rating = table.rating;
    this.canContinueAlone = table.canContinueAlone;
    this.resolvedDirectly = table.resolvedDirectly;
    this.clientKey = table.clientKey;
    this.domainStart = table.domainStart;
    this.domainCodes = table.domainCodes;
    this.birthDate = table.birthDate;
    this.age = table.age;
    this.caseTypeCodes = table.caseType.codes;
    this.productCodes = table.product.codes;
    this.teamCodes = table.team.codes;
    this.closeReasonCodes = table.closeReason.codes;
    this.referrerCodes = table.referrer.codes;
    this.caseTypes = table.caseType.labels.length;
  }
}

/** Everything {@link tallyLoop} reads, made before it starts (by `tallyPeriods`). */
export type LoopFields = Omit<LoopInput, "rowsA" | "countA" | "rowsB" | "countB">;

/**
 * {@link LoopFields} in an instance of a class whose hidden class never dies (see
 * {@link LoopColumns}), with the lists that receive the rows of each period's recidive cases
 * (roomy enough that they rarely grow).
 */
export class LoopInput {
  /** An instance kept for good, so that V8 keeps the hidden class of all instances. */
  static readonly shape = new LoopInput({
    columns: LoopColumns.shape,
    layout: passLayout(
      { caseType: 0, product: 0, team: 0, closeReason: 0, referrer: 0, domains: 0 },
      1
    ),
    partitioned: false,
    flagsA: new Uint8Array(0),
    flagsB: new Uint8Array(0),
    two: false,
    a0: 0,
    a1: 0,
    b0: 0,
    b1: 0,
    dayLengthA: 0,
    dayLengthB: 0,
    second: 0,
    acc: new Float64Array(0),
    seen: new Uint8Array(0),
    packedDates: new Int32Array(0),
    recidiveA: false,
    recidiveB: false,
    recidiveBit: 0,
    sameDomain: false,
    recidiveStart: new Float32Array(0),
    facts: new Int32Array(0),
    countsA: new Float64Array(0),
    countsB: new Float64Array(0),
    thresholdA: new Float64Array(0),
    thresholdB: new Float64Array(0),
  });

  readonly columns: LoopColumns;
  readonly layout: PassLayout;
  readonly partitioned: boolean;
  /** The ScanBits of period A, and of period B (the same array when there is one period). */
  readonly flagsA: Uint8Array;
  readonly flagsB: Uint8Array;
  readonly two: boolean;
  /** First and last day of each period. */
  readonly a0: number;
  readonly a1: number;
  readonly b0: number;
  readonly b1: number;
  /** Day tallies kept per period: its length in days, or 0. */
  readonly dayLengthA: number;
  readonly dayLengthB: number;
  /** Where period B's numbers start in `acc`. */
  readonly second: number;
  /** The numbers added to: period A's run (`passLayout`, day tallies), then period B's. */
  readonly acc: Float64Array;
  /**
   * Two bits per client, four clients a byte ({@link seenBytes}): bit q of client c's pair
   * is set once c is counted active in period q. A quarter of a byte per client keeps the
   * array in the CPU cache, where a byte per client (half a megabyte at a million cases)
   * did not, and these lookups are in random client order.
   */
  readonly seen: Uint8Array;
  readonly packedDates: Int32Array;
  /** Whether to tally recidive in period A, B; the ScanBit of its started cases. */
  readonly recidiveA: boolean;
  readonly recidiveB: boolean;
  readonly recidiveBit: number;
  readonly sameDomain: boolean;
  /** The recidive start day and packed fact of every case (`recidiveFacts`). */
  readonly recidiveStart: DayColumn;
  readonly facts: Int32Array;
  /** Recidive counters per partition (`RecidiveCount`), per period. */
  readonly countsA: Float64Array;
  readonly countsB: Float64Array;
  /** Per day of each period, its start minus minGapMonths months (recidive step 4). */
  readonly thresholdA: Float64Array;
  readonly thresholdB: Float64Array;
  rowsA: Int32Array;
  countA = 0;
  rowsB: Int32Array;
  countB = 0;

  /** @param fields - What the loop reads. */
  constructor(fields: LoopFields) {
    this.columns = fields.columns;
    this.layout = fields.layout;
    this.partitioned = fields.partitioned;
    this.flagsA = fields.flagsA;
    this.flagsB = fields.flagsB;
    this.two = fields.two;
    this.a0 = fields.a0;
    this.a1 = fields.a1;
    this.b0 = fields.b0;
    this.b1 = fields.b1;
    this.dayLengthA = fields.dayLengthA;
    this.dayLengthB = fields.dayLengthB;
    this.second = fields.second;
    this.acc = fields.acc;
    this.seen = fields.seen;
    this.packedDates = fields.packedDates;
    this.recidiveA = fields.recidiveA;
    this.recidiveB = fields.recidiveB;
    this.recidiveBit = fields.recidiveBit;
    this.sameDomain = fields.sameDomain;
    this.recidiveStart = fields.recidiveStart;
    this.facts = fields.facts;
    this.countsA = fields.countsA;
    this.countsB = fields.countsB;
    this.thresholdA = fields.thresholdA;
    this.thresholdB = fields.thresholdB;
    const recidive = fields.recidiveA || fields.recidiveB;
    const room = recidive ? Math.max(256, fields.flagsA.length >> 5) : 0;
    this.rowsA = new Int32Array(room);
    this.rowsB = new Int32Array(room);
  }
}

/**
 * The size of {@link LoopInput.seen} for a number of clients.
 *
 * @param clients - Number of distinct clients.
 * @returns Bytes: two bits per client.
 * @example
 * seenBytes(10); //=> 3
 */
export function seenBytes(clients: number): number {
  return (clients + 3) >> 2;
}

/** Rows per call of {@link tallyRows}. */
const CHUNK = 16384;

/**
 * The loop of `tallyPeriods` (see there for what it tallies, and `passLayout` for where),
 * over the table in chunks of {@link CHUNK} rows: {@link tallyRows} is then called often
 * enough for V8 to optimise it as a function and keep that code from one report to the next
 * (a single call with one long loop is only optimised on the stack, code that V8 drops again
 * at the next full garbage collection).
 *
 * @param input - The columns, the layout, both periods' flags and bounds, the numbers to add
 *   to, and the lists that receive the rows of the recidive cases.
 * @example
 * tallyLoop(input); // input.acc and input.recidiveRows now hold the tallies
 */
export function tallyLoop(input: LoopInput): void {
  const n = input.flagsA.length;
  for (let from = 0; from < n; from += CHUNK) tallyRows(input, from, Math.min(n, from + CHUNK));
}

/**
 * Rows [from, to) of {@link tallyLoop}: a function of its own that reads only what it is
 * given (typed arrays and numbers, taken into locals first) and allocates nothing.
 */
function tallyRows(input: LoopInput, from: number, to: number): void {
  const { columns, layout, partitioned, flagsA, flagsB, two, a0, a1, b0, b1 } = input;
  const { dayLengthA, dayLengthB, second, acc, seen, recidiveA, recidiveB, recidiveBit } = input;
  const { sameDomain, recidiveStart, facts, countsA, countsB } = input;
  const { thresholdA, thresholdB } = input;
  const packed = input.packedDates;
  const { invalid, start, closedOn, registeredOn, intakeOn, rating, canContinueAlone } = columns;
  const { resolvedDirectly, clientKey, domainStart, domainCodes, birthDate, age } = columns;
  const { caseTypeCodes, productCodes, teamCodes, closeReasonCodes, referrerCodes } = columns;
  const { caseTypes } = columns;

  // Bits, sizes and offsets as local constants, so that the loop reads no module objects.
  const STARTED = ScanBit.started;
  const ACTIVE = ScanBit.active;
  const CLOSED = ScanBit.closed;
  const INTAKE = ScanBit.intake;
  const FLOOR = DAY_FLOOR;
  const BIT_CASE_TYPE = FieldBit.caseType;
  const BIT_TEAM = FieldBit.team;
  const BIT_PRODUCT = FieldBit.product;
  const BIT_REFERRER = FieldBit.referrer;
  const BIT_CLOSE_REASON = FieldBit.closeReason;
  const BIT_RESOLVED = FieldBit.resolvedDirectly;
  const BIT_REGISTERED_ON = FieldBit.registeredOn;
  const BITS_START = FieldBit.start | FieldBit.startedOn;
  const BIT_RATING = FieldBit.rating;
  const BIT_CONTINUE = FieldBit.canContinueAlone;
  const BIT_DOMAINS = FieldBit.mainDomains;
  const BIT_CLIENT = FieldBit.clientId;
  const BIT_AGE = FieldBit.age;
  const BITS_AGE_FROM_BIRTH = FieldBit.birthDate | FieldBit.start;
  const { teams, products, closeReasons, referrers } = layout;
  const FLAGS = layout.flags;
  const REFERRER_STARTED = layout.referrerStarted;
  const WAITS = layout.waits;
  const CLOSED_CASES = layout.closed;
  const DURATIONS = layout.durations;
  const RATINGS = layout.ratings;
  const RATING_SUMS = layout.ratingSums;
  const RATING_TOTAL = layout.ratingTotal;
  const ACTIVE_DURATIONS = layout.activeDurations;
  const PRODUCT_ACTIVE = layout.productActive;
  const DOMAIN_COUNT = layout.domainCounts;
  const MANY_DOMAINS = layout.manyDomains;
  const DOMAINS = layout.domains;
  const AGES = layout.ages;
  const UNIQUE = layout.uniqueClients;
  const DAYS = layout.size;
  const STATES = CONTINUE_STATES;
  const CLASSES = RATING_CLASSES;
  const COUNTS = DOMAIN_COUNTS;

  for (let i = from; i < to; i++) {
    const fA = flagsA[i] as number;
    const fB = two ? (flagsB[i] as number) : 0;
    if ((fA | fB) === 0) continue;
    // What does not depend on the period.
    const bad = invalid[i] as number;
    const s = start[i] as number;
    const c = closedOn[i] as number;
    const ctCode = caseTypeCodes[i] as number;
    const part = !partitioned
      ? 0
      : (bad & BIT_CASE_TYPE) !== 0
        ? caseTypes + 1
        : ctCode < 0
          ? caseTypes
          : ctCode;
    const teamCode = teamCodes[i] as number;
    const team = teamCode < 0 || (bad & BIT_TEAM) !== 0 ? teams - 1 : teamCode;
    const resolved = resolvedDirectly[i] === 1 && (bad & BIT_RESOLVED) === 0 ? 1 : 0;
    const flagKey = FLAGS + (((part * teams + team) * 2 + resolved) << 6);
    let ageSlot = -1;

    for (let q = 0; q < 2; q++) {
      const f = q === 0 ? fA : fB;
      if (f === 0) continue;
      const b = q === 0 ? 0 : second;
      const p0 = q === 0 ? a0 : b0;
      const p1 = q === 0 ? a1 : b1;
      const dayLength = q === 0 ? dayLengthA : dayLengthB;
      acc[b + flagKey + f] = (acc[b + flagKey + f] as number) + 1;

      if ((f & recidiveBit) !== 0 && (q === 0 ? recidiveA : recidiveB)) {
        const day = (recidiveStart[i] as number) - p0;
        const counted = tallyRecidiveCase(
          q === 0 ? countsA : countsB,
          part * RECIDIVE_COUNTS,
          facts[i] as number,
          (q === 0 ? thresholdA[day] : thresholdB[day]) as number,
          (bad & BIT_DOMAINS) === 0,
          sameDomain
        );
        if (counted) addRecidiveRow(input, q, i);
      }
      if ((f & STARTED) !== 0) {
        const rc = referrerCodes[i] as number;
        const at =
          b +
          REFERRER_STARTED +
          part * referrers +
          (rc < 0 || (bad & BIT_REFERRER) !== 0 ? referrers - 1 : rc);
        acc[at] = (acc[at] as number) + 1;
        if (dayLength > 0) acc[b + DAYS + s - p0] = (acc[b + DAYS + s - p0] as number) + 1;
      }
      if ((f & INTAKE) !== 0) {
        const r = registeredOn[i] as number;
        if (r >= FLOOR && (bad & BIT_REGISTERED_ON) === 0) {
          const at = b + WAITS + (part * teams + team) * 2;
          acc[at] = (acc[at] as number) + (intakeOn[i] as number) - r;
          acc[at + 1] = (acc[at + 1] as number) + 1;
        }
      }
      if ((f & CLOSED) !== 0) {
        const crCode = closeReasonCodes[i] as number;
        const cr = crCode < 0 || (bad & BIT_CLOSE_REASON) !== 0 ? closeReasons - 1 : crCode;
        const answer = canContinueAlone[i] as number;
        const state = answer >= 0 && (bad & BIT_CONTINUE) === 0 ? 1 + answer : 0;
        const at = b + CLOSED_CASES + (part * closeReasons + cr) * STATES + state;
        acc[at] = (acc[at] as number) + 1;
        if (s >= FLOOR && (bad & BITS_START) === 0) {
          const pc = productCodes[i] as number;
          const product = pc < 0 || (bad & BIT_PRODUCT) !== 0 ? products - 1 : pc;
          const d = b + DURATIONS + (part * products + product) * 2;
          acc[d] = (acc[d] as number) + c - s;
          acc[d + 1] = (acc[d + 1] as number) + 1;
        }
        const v = rating[i] as number;
        const rated = v === v && (bad & BIT_RATING) === 0;
        const rounded = Math.round(v);
        const ratingClass = !rated ? 0 : rounded >= 1 && rounded <= 10 ? rounded : 11;
        acc[b + RATINGS + part * CLASSES + ratingClass] =
          (acc[b + RATINGS + part * CLASSES + ratingClass] as number) + 1;
        if (rated) {
          acc[b + RATING_SUMS + part] = (acc[b + RATING_SUMS + part] as number) + v;
          acc[b + RATING_TOTAL] = (acc[b + RATING_TOTAL] as number) + v;
        }
        if (dayLength > 0) {
          const at = b + DAYS + dayLength + c - p0;
          acc[at] = (acc[at] as number) + 1;
        }
      }
      if ((f & ACTIVE) !== 0) {
        acc[b + ACTIVE_DURATIONS + part] =
          (acc[b + ACTIVE_DURATIONS + part] as number) + (c <= p1 ? c : p1) - s;
        const pc = productCodes[i] as number;
        const product =
          b + PRODUCT_ACTIVE + (pc < 0 || (bad & BIT_PRODUCT) !== 0 ? products - 1 : pc);
        acc[product] = (acc[product] as number) + 1;
        const d0 = domainStart[i] as number;
        const d1 = domainStart[i + 1] as number;
        const valid = (bad & BIT_DOMAINS) === 0 ? 1 : 0;
        const count = d1 - d0;
        const at =
          b + DOMAIN_COUNT + (part * 2 + valid) * COUNTS + (count < COUNTS ? count : COUNTS - 1);
        acc[at] = (acc[at] as number) + 1;
        if (valid === 1) {
          if (count >= COUNTS - 1)
            acc[b + MANY_DOMAINS + part] = (acc[b + MANY_DOMAINS + part] as number) + count;
          for (let x = d0; x < d1; x++) {
            const code = b + DOMAINS + (domainCodes[x] as number);
            acc[code] = (acc[code] as number) + 1;
          }
        }
        if (ageSlot < 0) {
          // The age at the start (SPEC §4 byAgeBand): from birthDate, else the age column.
          const birth = birthDate[i] as number;
          let years = NaN;
          if (birth >= FLOOR && s >= FLOOR && (bad & BITS_AGE_FROM_BIRTH) === 0) {
            const kb = birth - FIRST_PACKED_DAY;
            const ks = s - FIRST_PACKED_DAY;
            if (kb >= 0 && kb < PACKED_DAYS && ks >= 0 && ks < PACKED_DAYS) {
              // ageInYears on yyyymmdd numbers: whole years = ⌊(on − birth) / 10000⌋.
              const on = packed[ks] as number;
              const born = packed[kb] as number;
              years = on >= born ? ((on - born) / 10000) | 0 : -1;
            } else years = ageInYears(birth, s);
          } else if ((bad & BIT_AGE) === 0) years = Math.floor(age[i] as number);
          ageSlot = years >= 0 && years < 200 ? years + 1 : 0;
        }
        acc[b + AGES + ageSlot] = (acc[b + AGES + ageSlot] as number) + 1;
        const client = clientKey[i] as number;
        if (client >= 0 && (bad & BIT_CLIENT) === 0) {
          const slot = client >> 2;
          const mark = 1 << (((client & 3) << 1) + q);
          const marks = seen[slot] as number;
          if ((marks & mark) === 0) {
            seen[slot] = marks | mark;
            acc[b + UNIQUE] = (acc[b + UNIQUE] as number) + 1;
          }
        }
        if (dayLength > 0) {
          const from = b + DAYS + 2 * dayLength + (s <= p0 ? 0 : s - p0);
          acc[from] = (acc[from] as number) + 1;
          if (c <= p1) {
            const until = b + DAYS + 3 * dayLength + c - p0;
            acc[until] = (acc[until] as number) + 1;
          }
        }
      }
    }
  }
}

/** Adds row i to period q's recidive rows (rare: a function of its own). */
function addRecidiveRow(rows: LoopInput, q: number, i: number): void {
  if (q === 0) {
    if (rows.countA === rows.rowsA.length) rows.rowsA = grown(rows.rowsA);
    rows.rowsA[rows.countA++] = i;
  } else {
    if (rows.countB === rows.rowsB.length) rows.rowsB = grown(rows.rowsB);
    rows.rowsB[rows.countB++] = i;
  }
}

/** A copy of `rows` with twice the room. */
function grown(rows: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(rows.length * 2);
  bigger.set(rows);
  return bigger;
}
