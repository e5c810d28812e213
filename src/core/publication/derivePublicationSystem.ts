/**
 * @module
 */
import { isSelfReferral } from "../kpis/isSelfReferral";
import type { AuditConstraint, AuditTerm, AuditVariable } from "./auditTypes";
import type { CellQuantity, CellSum, PublicationCell } from "./publicationCell";
import { filterKey, quantityKey } from "./quantityKey";

/** The linear system a reader of the published report can solve, and which cell is which unknown. */
export interface PublicationSystem {
  readonly variables: readonly AuditVariable[];
  readonly constraints: readonly AuditConstraint[];
  /** Cell id → variable id, for the counts (means and shares are not unknowns of their own). */
  readonly variableOf: ReadonlyMap<string, string>;
  /**
   * The relations a shown mean or share adds (two each: its rounding as an interval), by that
   * cell's id: hiding the cell takes them away.
   */
  readonly ratios: ReadonlyMap<string, readonly AuditConstraint[]>;
}

/** Measures whose stock and flow tie up: behandeld = lopend aan het begin + opgestart = afgesloten + lopend aan het eind. */
const STOCK_FLOW: readonly string[] = ["started", "active", "closed", "openAtEnd"];

/**
 * Measures that count what happens on one day (a case's registration, start or close, a
 * complaint, a meeting), so that a period's count is the sum of the counts of periods that
 * split it. Not stocks (behandeld, lopend) nor distinct counts (cliënten, trajecten) nor
 * "informatie en advies" (two dates, a case counted once).
 */
const PERIOD_ADDITIVE: readonly string[] = [
  "registrations",
  "started",
  "closed",
  "recidive",
  "recidive.any",
  "recidive.same",
  "recidiveAnyDomain",
  "recidiveSeveralEarlier",
  "recidiveSameQuestion",
  "recidiveNewQuestions",
  "complaints",
  "meetings",
  "participants",
];

/**
 * Every linear relation between the published counts of a report that a reader can use, as
 * the audit's variables and constraints (issue "publication mode that no reader can undo"):
 *
 * - **twins**: cells that show the same quantity (same measure, filter and period, same
 *   value) are one unknown;
 * - **sums**: a Totaal and its rows, crosstab margins (`sums`), and a filter on several values
 *   as the sum of its values (IT en LS = IT + LS);
 * - **measures**: a measure that is the sum of others ({@link MEASURE_SUMS}: recidive of any
 *   main domain = with a same question + with only new questions);
 * - **help questions**: aantal hulpvragen is the sum over the main domains of the cases with
 *   that domain (a case counts once per domain), when the rows shown are every domain;
 * - **periods**: a flow over a period is the sum of the flows over periods that split it (a
 *   quarter and its months, the year to date and its quarters), for one measure and filter;
 * - **stock and flow**: behandeld(P) = lopend op de dag vóór P + opgestart(P) = afgesloten(P) +
 *   lopend op de laatste dag van P, with the stocks as unpublished unknowns, so that months
 *   chain (afgesloten(m) = behandeld(m) + opgestart(m+1) − behandeld(m+1)) and "lopend per
 *   einddatum" is the stock at the period's end;
 * - **mean × count**: the shown mean rating m over n ratings bounds Σ k × aantal(k) between
 *   n(m − ½ step) and n(m + ½ step), and % onvoldoende × n the ratings below 6;
 * - **percentage × denominator**: % zelfmelders × the started cases with a known referrer
 *   bounds the self-referral rows of the referrer table; a share of a breakdown
 *   ({@link BREAKDOWN_SHARES}: % kan zelfstandig verder, % zelfmelders, % zonder
 *   doorverwijzing) × its denominator bounds the row of the answer it counts in its
 *   breakdown by that answer, also when the breakdown is shown per month of the share's quarter.
 *
 * A relation is only taken when it holds on the report's own values: a relation the data
 * does not satisfy (a case counted in one table and left out of another for a bad value)
 * would not hold for a reader either.
 *
 * @param cells - every published value of the report, with its primary mark
 * @param sums - the sums the tables show (Totaal rows, margins)
 * @param threshold - the publication threshold
 * @returns the variables and constraints for `protectSuppression`
 *
 * @example
 * derivePublicationSystem(cells, [{ total: "t:3:1", parts: ["t:0:1", "t:1:1", "t:2:1"], origin: "Totaal" }], 5)
 */
export function derivePublicationSystem(
  cells: readonly PublicationCell[],
  sums: readonly CellSum[],
  threshold: number
): PublicationSystem {
  const builder = new SystemBuilder(threshold);
  for (const cell of cells) builder.addCell(cell);
  for (const sum of sums) builder.addSum(sum);
  builder.addFilterSums();
  builder.addMargins();
  builder.addPeriodSums();
  builder.addMeasureSums();
  builder.addHelpQuestionSums();
  builder.addStockFlow();
  builder.addRatingRelations(cells);
  builder.addReferralRelations(cells);
  builder.addBreakdownShareRelations(cells);
  return builder.build();
}

interface Unknown {
  readonly id: string;
  readonly value: number;
  readonly quantity: CellQuantity | undefined;
  /** "persons" when any of its cells counts persons (a twin of a person count is one). */
  kind: "persons" | "count";
  mark: "small" | "hidden" | undefined;
  readonly tables: Set<string>;
  cells: number;
}

class SystemBuilder {
  private readonly unknowns = new Map<string, Unknown>();
  /** Quantity → its one unknown; null when the quantity was seen with two values (then not one quantity). */
  private readonly byQuantity = new Map<string, Unknown | null>();
  private readonly variableOf = new Map<string, string>();
  private readonly constraints = new Map<string, AuditConstraint>();
  private readonly auxiliaries = new Map<string, number>();
  private readonly ratios = new Map<string, AuditConstraint[]>();

  constructor(private readonly threshold: number) {}

  addCell(cell: PublicationCell): void {
    if (cell.kind !== "persons" && cell.kind !== "count") return;
    const key =
      cell.quantity === undefined
        ? `cell:${cell.id}`
        : `${quantityKey(cell.quantity)}#${cell.value}`;
    let unknown = this.unknowns.get(key);
    if (unknown === undefined) {
      unknown = {
        id: key,
        value: cell.value,
        quantity: cell.quantity,
        kind: cell.kind,
        mark: undefined,
        tables: new Set(),
        cells: 0,
      };
      this.unknowns.set(key, unknown);
      if (cell.quantity !== undefined) {
        const plain = quantityKey(cell.quantity);
        // The same quantity with two values is not one quantity after all: neither is used.
        this.byQuantity.set(plain, this.byQuantity.has(plain) ? null : unknown);
      }
    }
    unknown.tables.add(cell.table);
    unknown.cells++;
    if (cell.kind === "persons") unknown.kind = "persons";
    if (cell.kind === "persons" && cell.primary !== undefined)
      unknown.mark = cell.primary === "small" || unknown.mark === "small" ? "small" : "hidden";
    this.variableOf.set(cell.id, key);
  }

  addSum(sum: CellSum): void {
    const total = this.variableOf.get(sum.total);
    const parts = sum.parts.map((p) => this.variableOf.get(p));
    if (total === undefined || parts.some((p) => p === undefined)) return;
    this.equation(
      [
        { variable: total, coefficient: 1 },
        ...parts.map((p) => ({ variable: p as string, coefficient: -1 })),
      ],
      sum.origin
    );
  }

  /** A filter on several values of one field is the sum of the quantities for each value. */
  addFilterSums(): void {
    for (const [key, unknown] of this.byQuantity) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined || !additive(q.measure)) continue;
      for (const [field, values] of Object.entries(q.filter)) {
        if (values.length < 2) continue;
        const parts = values.map((v) =>
          this.byQuantity.get(quantityKey({ ...q, filter: { ...q.filter, [field]: [v] } }))
        );
        if (parts.some((p) => p === undefined || p === null)) continue;
        this.equation(
          [
            { variable: unknown.id, coefficient: 1 },
            ...parts.map((p) => ({ variable: (p as Unknown).id, coefficient: -1 })),
          ],
          `${key}: som over ${field}`
        );
      }
    }
  }

  /**
   * A breakdown adds up to the whole: the cells of one measure, period and filter split by the
   * values of one more field (a table's rows, a crosstab's columns, "Overig" for the rest) sum
   * to the cell without that field (its Totaal), when they do on the values.
   */
  addMargins(): void {
    const breakdowns = new Map<string, { base: Unknown; parts: Unknown[]; field: string }>();
    for (const unknown of this.byQuantity.values()) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined) continue;
      for (const field of Object.keys(q.filter)) {
        const rest = { ...q.filter };
        delete rest[field];
        const base = this.byQuantity.get(quantityKey({ ...q, filter: rest }));
        if (base === undefined || base === null) continue;
        const key = `${field}::${base.id}`;
        const entry = breakdowns.get(key) ?? { base, parts: [], field };
        entry.parts.push(unknown);
        breakdowns.set(key, entry);
      }
    }
    for (const { base, parts, field } of breakdowns.values()) {
      // Disjoint groups only: single values first, then pooled ones ("Overig") that overlap none.
      const taken = new Set<string>();
      const chosen: Unknown[] = [];
      const byWidth = [...parts].sort(
        (a, b) =>
          (a.quantity?.filter[field]?.length ?? 0) - (b.quantity?.filter[field]?.length ?? 0)
      );
      for (const part of byWidth) {
        const values = part.quantity?.filter[field] ?? [];
        if (values.some((v) => taken.has(v))) continue;
        for (const v of values) taken.add(v);
        chosen.push(part);
      }
      if (chosen.length === 0) continue;
      this.equation(
        [
          { variable: base.id, coefficient: 1 },
          ...chosen.map((p) => ({ variable: p.id, coefficient: -1 })),
        ],
        `som over ${field}`
      );
    }
  }

  /**
   * Aantal hulpvragen (the number of main domains over the active cases) is the sum over the
   * main domains of the active cases with that domain: a table of the domains adds up to it
   * when it shows every domain (a top 5 of five or fewer); taken, as every relation, only
   * where it holds on the values.
   */
  addHelpQuestionSums(): void {
    const groups = this.breakdowns("mainDomains", (q) => q.measure === "active");
    for (const [key, unknown] of this.byQuantity) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined || q.measure !== "helpQuestions") continue;
      const rows = groups
        .get(`${filterKey(q.filter)}@${q.start}..${q.end}`)
        ?.filter((row) => row.value !== "");
      if (rows === undefined || rows.length === 0) continue;
      this.equation(
        [
          { variable: unknown.id, coefficient: 1 },
          ...rows.map((row) => ({ variable: row.unknown.id, coefficient: -1 })),
        ],
        `${key}: som over hoofddomeinen`
      );
    }
  }

  /** A measure is the sum of its parts ({@link MEASURE_SUMS}), for one filter and period. */
  addMeasureSums(): void {
    for (const [key, unknown] of this.byQuantity) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined) continue;
      for (const { whole, parts } of MEASURE_SUMS) {
        if (q.measure !== whole) continue;
        const found = parts.map((measure) => this.byQuantity.get(quantityKey({ ...q, measure })));
        if (found.some((p) => p === undefined || p === null)) continue;
        this.equation(
          [
            { variable: unknown.id, coefficient: 1 },
            ...found.map((p) => ({ variable: (p as Unknown).id, coefficient: -1 })),
          ],
          `${key}: som van ${parts.join(" en ")}`
        );
      }
    }
  }

  /**
   * A flow over a period is the sum of the flows over shorter periods that split it, for the
   * same measure and filter: a reader adds up a series of months and compares the sum with the
   * quarter in another table. Per period, the split into the shortest periods shown and the
   * split into the longest (months and quarters: the quarter is its months, the year to date
   * its months and its quarters).
   */
  addPeriodSums(): void {
    const byFlow = new Map<string, Unknown[]>();
    for (const unknown of this.byQuantity.values()) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined || !PERIOD_ADDITIVE.includes(q.measure)) continue;
      const key = `${q.measure}|${filterKey(q.filter)}`;
      byFlow.set(key, [...(byFlow.get(key) ?? []), unknown]);
    }
    for (const [key, flows] of byFlow) {
      for (const whole of flows) {
        for (const shortest of [true, false]) {
          const parts = splitPeriod(whole, flows, shortest);
          if (parts === undefined) continue;
          this.equation(
            [
              { variable: whole.id, coefficient: 1 },
              ...parts.map((p) => ({ variable: p.id, coefficient: -1 })),
            ],
            `${key}: som over perioden`
          );
        }
      }
    }
  }

  /**
   * Behandeld(P) − opgestart(P) is the stock the day before P; behandeld(P) − afgesloten(P)
   * and lopend(P) are the stock on P's last day. A stock is one unknown wherever it occurs, so
   * that consecutive periods (months) chain.
   */
  addStockFlow(): void {
    const candidates = new Map<string, { terms: AuditTerm[]; value: number; origin: string }[]>();
    const find = (q: CellQuantity, measure: string): Unknown | undefined => {
      return this.byQuantity.get(quantityKey({ ...q, measure })) ?? undefined;
    };
    const candidate = (stock: string, terms: AuditTerm[], value: number, origin: string): void => {
      const list = candidates.get(stock) ?? [];
      list.push({ terms, value, origin });
      candidates.set(stock, list);
    };
    for (const unknown of this.byQuantity.values()) {
      const q = unknown?.quantity;
      if (unknown === null || q === undefined || !STOCK_FLOW.includes(q.measure)) continue;
      const filter = filterKey(q.filter);
      const before = `stock|${filter}@${q.start - 1}`;
      const after = `stock|${filter}@${q.end}`;
      if (q.measure === "openAtEnd")
        candidate(
          after,
          [{ variable: unknown.id, coefficient: 1 }],
          unknown.value,
          "lopend per einddatum"
        );
      if (q.measure !== "active") continue;
      // behandeld − opgestart is the stock the day before; behandeld − afgesloten, at the end.
      for (const [measure, stock, origin] of [
        ["started", before, "behandeld − opgestart"],
        ["closed", after, "behandeld − afgesloten"],
      ] as const) {
        const flow = find(q, measure);
        if (flow !== undefined)
          candidate(
            stock,
            [
              { variable: unknown.id, coefficient: 1 },
              { variable: flow.id, coefficient: -1 },
            ],
            unknown.value - flow.value,
            origin
          );
      }
    }
    for (const [stock, list] of candidates) {
      // The value most relations agree on; a relation that disagrees does not hold on this data.
      const votes = new Map<number, number>();
      for (const c of list) votes.set(c.value, (votes.get(c.value) ?? 0) + 1);
      const [value] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [0];
      const agreeing = list.filter((c) => c.value === value);
      if (agreeing.length === 1 && agreeing[0]?.terms.length === 1) continue; // lopend alone: nothing tied
      this.auxiliaries.set(stock, value);
      for (const c of agreeing)
        this.equation(
          [...c.terms, { variable: stock, coefficient: -1 }],
          `voorraad en stroom (${c.origin})`
        );
    }
  }

  /** Σ k × aantal(k) against the mean rating × the number of ratings; % onvoldoende likewise. */
  addRatingRelations(cells: readonly PublicationCell[]): void {
    const groups = this.breakdowns("rating", (q) => q.measure === "closed");
    for (const cell of cells) {
      const q = cell.quantity;
      if (q === undefined || cell.primary !== undefined || cell.rounding === undefined) continue;
      if (q.measure !== "meanRating" && q.measure !== "insufficientRatingPct") continue;
      const rows = groups.get(`${filterKey(q.filter)}@${q.start}..${q.end}`);
      if (rows === undefined) continue;
      const n = rows.reduce((sum, r) => sum + r.unknown.value, 0);
      if (n !== cell.n) continue;
      const weighted = rows.flatMap(({ value, unknown }) => {
        const k = Number(value);
        const weight = q.measure === "meanRating" ? k : k < 6 ? 1 : 0;
        return weight === 0 ? [] : [{ unknown, weight }];
      });
      this.ratio(weighted, rows, cell, `${q.measure} × aantal beoordelingen`);
    }
  }

  /** % zelfmelders × the started cases with a known referrer against the referrer rows. */
  addReferralRelations(cells: readonly PublicationCell[]): void {
    const groups = this.breakdowns("referrer", (q) => q.measure === "started");
    for (const cell of cells) {
      const q = cell.quantity;
      if (q === undefined || cell.primary !== undefined || cell.rounding === undefined) continue;
      if (q.measure !== "selfReferralPct") continue;
      const rows = groups.get(`${filterKey(q.filter)}@${q.start}..${q.end}`);
      if (rows === undefined) continue;
      const known = rows.filter((r) => r.value !== "");
      if (known.reduce((sum, r) => sum + r.unknown.value, 0) !== cell.n) continue;
      const self = known
        .filter((r) => isSelfReferral(r.value))
        .map(({ unknown }) => ({ unknown, weight: 1 }));
      this.ratio(self, known, cell, "percentage zelfmelders × opgestart");
    }
  }

  /**
   * A shown share of {@link BREAKDOWN_SHARES} × its denominator against the rows of a
   * breakdown by its answer, over the share's period or over periods that split it (its months).
   */
  addBreakdownShareRelations(cells: readonly PublicationCell[]): void {
    for (const { share, measure, field, yes, no } of BREAKDOWN_SHARES) {
      for (const cell of cells) {
        const q = cell.quantity;
        if (q?.measure !== share || cell.primary !== undefined || cell.rounding === undefined)
          continue;
        const covering = (
          filter: Readonly<Record<string, readonly string[]>>
        ): Unknown[] | undefined => {
          const key = filterKey(filter);
          const flows = [...this.byQuantity.values()].filter(
            (u): u is Unknown =>
              u?.quantity?.measure === measure && filterKey(u.quantity.filter) === key
          );
          return coverPeriod(q.start, q.end, flows, true);
        };
        const yesRows = covering({ ...q.filter, [field]: [yes] });
        const noRows = no === undefined ? [] : covering({ ...q.filter, [field]: [no] });
        const denominator =
          no === undefined ? covering(q.filter) : noRows && yesRows && [...yesRows, ...noRows];
        if (yesRows === undefined || denominator === undefined) continue;
        if (denominator.reduce((sum, u) => sum + u.value, 0) !== cell.n) continue;
        this.ratio(
          yesRows.map((unknown) => ({ unknown, weight: 1 })),
          denominator.map((unknown) => ({ unknown })),
          cell,
          `${share} × noemer`
        );
      }
    }
  }

  build(): PublicationSystem {
    const required = (mark: "small" | "hidden" | undefined): number =>
      mark === "small" ? Math.max(this.threshold - 2, 1) : this.threshold;
    const variables: AuditVariable[] = [...this.unknowns.values()].map((u) => ({
      id: u.id,
      value: u.value,
      // A hidden count that is not "<5" is at least 5: the reader knows that much of "–*".
      lower: u.mark !== "small" && u.value >= this.threshold ? this.threshold : 0,
      upper: Infinity,
      published: true,
      suppressed: u.mark !== undefined,
      // "<5" says 1..4; a zero is never hidden to protect another cell, so "–*" says "≥ 5".
      ...(u.mark === "small" ? { mark: { lower: 1, upper: this.threshold - 1 } } : {}),
      required: required(u.mark),
      integer: true,
      // Suppress small cells rather than totals, and a number shown once rather than in many tables.
      cost: u.kind === "count" || u.value === 0 ? Infinity : u.value * u.cells,
      groups: [...u.tables],
    }));
    for (const [id, value] of this.auxiliaries)
      variables.push({
        id,
        value,
        lower: 0,
        upper: Infinity,
        published: false,
        suppressed: false,
        required: 0,
        integer: true,
        cost: Infinity,
        groups: [],
      });
    return {
      variables,
      constraints: [...this.constraints.values()],
      variableOf: this.variableOf,
      ratios: this.ratios,
    };
  }

  /** The rows of a breakdown by `field` (one value each), per filter without it and period. */
  private breakdowns(
    field: string,
    measure: (q: CellQuantity) => boolean
  ): Map<string, { value: string; unknown: Unknown }[]> {
    const groups = new Map<string, { value: string; unknown: Unknown }[]>();
    for (const unknown of this.byQuantity.values()) {
      const q = unknown?.quantity;
      const values = q?.filter[field];
      if (unknown === null || q === undefined || values?.length !== 1 || !measure(q)) continue;
      const key = `${filterKey(q.filter, field)}@${q.start}..${q.end}`;
      const list = groups.get(key) ?? [];
      list.push({ value: values[0] as string, unknown });
      groups.set(key, list);
    }
    return groups;
  }

  /**
   * (r − ε) × Σ denominator ≤ Σ weight × numerator ≤ (r + ε) × Σ denominator, for a shown
   * ratio r rounded to ± ε: two inequalities, taken when the values satisfy them.
   */
  private ratio(
    numerator: readonly { unknown: Unknown; weight: number }[],
    denominator: readonly { unknown: Unknown }[],
    cell: PublicationCell,
    origin: string
  ): void {
    const epsilon = cell.rounding ?? 0;
    const terms = (r: number): AuditTerm[] => {
      const coefficients = new Map<string, number>();
      for (const { unknown, weight } of numerator)
        coefficients.set(unknown.id, (coefficients.get(unknown.id) ?? 0) + weight);
      for (const { unknown } of denominator)
        coefficients.set(unknown.id, (coefficients.get(unknown.id) ?? 0) - r);
      return [...coefficients].map(([variable, coefficient]) => ({ variable, coefficient }));
    };
    const value = (t: readonly AuditTerm[]): number =>
      t.reduce(
        (sum, term) => sum + term.coefficient * (this.unknowns.get(term.variable)?.value ?? 0),
        0
      );
    const low = terms(cell.value - epsilon);
    const high = terms(cell.value + epsilon);
    const slack = 1e-9 * Math.max(1, cell.n ?? 1);
    if (value(low) < -slack || value(high) > slack) return;
    const added = [
      this.add({ terms: low, lower: 0, upper: Infinity, origin }),
      this.add({ terms: high, lower: -Infinity, upper: 0, origin }),
    ];
    this.ratios.set(cell.id, [...(this.ratios.get(cell.id) ?? []), ...added]);
  }

  /** An equation Σ terms = 0, when it holds on the values. */
  private equation(terms: readonly AuditTerm[], origin: string): void {
    let sum = 0;
    for (const term of terms) {
      const value = this.unknowns.get(term.variable)?.value ?? this.auxiliaries.get(term.variable);
      if (value === undefined) return;
      sum += term.coefficient * value;
    }
    if (Math.abs(sum) > 1e-9) return;
    this.add({ terms, lower: 0, upper: 0, origin });
  }

  private add(constraint: AuditConstraint): AuditConstraint {
    const key = `${constraint.lower}:${constraint.upper}:${[...constraint.terms]
      .map((t) => `${t.variable}*${t.coefficient}`)
      .sort()
      .join("+")}`;
    const known = this.constraints.get(key);
    if (known !== undefined) return known;
    this.constraints.set(key, constraint);
    return constraint;
  }
}

/**
 * The flows among `flows` whose periods follow each other from `whole`'s first day to its
 * last (at each day the shortest or the longest that starts there), or undefined when they
 * do not cover it.
 */
function splitPeriod(
  whole: Unknown,
  flows: readonly Unknown[],
  shortest: boolean
): Unknown[] | undefined {
  const { start, end } = whole.quantity as CellQuantity;
  return coverPeriod(start, end, flows, shortest, whole);
}

/**
 * The flows among `flows` (but `except`) whose periods follow each other from `start` to `end`
 * (at each day the shortest or the longest that starts there), or undefined when they do not
 * cover it.
 */
function coverPeriod(
  start: number,
  end: number,
  flows: readonly Unknown[],
  shortest: boolean,
  except?: Unknown
): Unknown[] | undefined {
  const parts: Unknown[] = [];
  for (let day = start; day <= end;) {
    let next: Unknown | undefined;
    for (const flow of flows) {
      const q = flow.quantity as CellQuantity;
      if (flow === except || q.start !== day || q.end > end) continue;
      const length = q.end - q.start;
      const best = next === undefined ? undefined : (next.quantity as CellQuantity);
      if (
        best === undefined ||
        (shortest ? length < best.end - best.start : length > best.end - best.start)
      )
        next = flow;
    }
    if (next === undefined) return undefined;
    parts.push(next);
    day = (next.quantity as CellQuantity).end + 1;
  }
  return parts;
}

/**
 * Measures that are the sum of other measures over the same cases and period (SPEC §5): the
 * recidive of any main domain splits into a same question and only new questions; the KPI
 * "recidive" is one of them by the `sameDomain` option (a one-part sum: twins under two
 * names). Each is taken only where it holds on the values, as every relation is.
 */
const MEASURE_SUMS: readonly { readonly whole: string; readonly parts: readonly string[] }[] = [
  { whole: "recidiveAnyDomain", parts: ["recidiveSameQuestion", "recidiveNewQuestions"] },
  { whole: "recidive", parts: ["recidiveSameQuestion"] },
  { whole: "recidive", parts: ["recidiveAnyDomain"] },
];

/**
 * Shares that a template can show beside the count they are a share of, broken down by the
 * answer they count: the share × its denominator is the `yes` row. The denominator is the
 * rows `yes` and `no` (the cases with a known answer), or without `no` the whole count (the
 * Totaal: "zonder doorverwijzing" is the empty Doorverwezen naar of every closed case).
 */
const BREAKDOWN_SHARES: readonly {
  readonly share: string;
  readonly measure: string;
  readonly field: string;
  readonly yes: string;
  readonly no?: string;
}[] = [
  {
    share: "canContinueAlonePct",
    measure: "closed",
    field: "canContinueAlone",
    yes: "ja",
    no: "nee",
  },
  {
    share: "selfReferralPct",
    measure: "started",
    field: "selfReferral",
    yes: "zelfmelder",
    no: "overig",
  },
  { share: "withoutReferralPct", measure: "closed", field: "referredTo", yes: "" },
];

/** Measures that count cases, so that their counts over a split filter add up. */
function additive(measure: string): boolean {
  return (
    STOCK_FLOW.includes(measure) ||
    ["registrations", "helpQuestions", "recidive.any", "recidive.same"].includes(measure)
  );
}
