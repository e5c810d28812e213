/**
 * @module
 */
import { caseFilter } from "../engine/caseFilter";
import type { Dimension } from "../engine/dimension";
import type { Engine } from "../engine/Engine";
import { evaluateMeasure, type PeriodResults } from "../engine/evaluateMeasure";
import type { TableRow } from "../engine/tableRows";
import { OTHER_KEY, OTHER_LABEL, TOTAL_KEY } from "../kpis/arrangeGroupRows";
import { isKpiAvailable, kpiRequiredInputs } from "../kpis/computeKpi";
import type { KpiResult } from "../kpis/kpiResult";
import { getKpi, type KpiDefinition, type KpiId } from "../kpis/kpiRegistry";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import { buildReportRow, roundForDisplay } from "../report/buildReportRow";
import { missingFieldNames } from "../report/reportBuildContext";
import type { CaseFilter, Period, RecidiveOptions } from "../types";
import { crossDimension } from "./crossDimension";
import type {
  CellSource,
  RenderedColumn,
  RenderedRow,
  RenderedTable,
  TemplateTableOutcome,
} from "./renderedTable";
import { seriesPeriods } from "./seriesPeriods";
import { resolveDimension, type ResolvedDimension } from "./templateDimension";
import type { DimensionSpec, MeasureSpec, RowOrder, TemplateTableSpec } from "./templateSpec";

/** What every table of a template is evaluated for. */
export interface TemplateContext {
  readonly engine: Engine;
  readonly period: Period;
  /** The comparison period of `comparison` columns. */
  readonly previous: Period;
  readonly recidive: RecidiveOptions;
}

const TOTAL_LABEL = "Totaal";
const SHARE_HEADER = "Aandeel";

/** A measure of a table: its definition and the label it has in this table. */
interface Measure {
  readonly kpi: KpiDefinition;
  readonly label: string;
  /** The measure's own filter, on top of the table's (none: `[]`). */
  readonly filter: readonly CaseFilter[];
}

/**
 * A row before its cells are laid out: one result per value column (a period, a column group or
 * a measure), each with the KPI it is a value of.
 */
interface RawRow {
  readonly key: string;
  readonly label: string;
  readonly order: number;
  readonly unknown: boolean;
  readonly always: boolean;
  readonly results: readonly KpiResult[];
  readonly kpis: readonly KpiDefinition[];
  /** What each result is of (for publication mode's audit). */
  readonly sources: readonly (CellSource | null)[];
  readonly isTotal: boolean;
}

/** The value columns of a table: their headers, and the rows with one result per column. */
interface Grid {
  readonly headers: readonly string[];
  /** Two-level headers of the value columns, when they are periods × measures. */
  readonly groups?: readonly { readonly label: string; readonly header: string }[];
  /** The rows of the groups (or of the measures, without a rows dimension). */
  readonly body: RawRow[];
  /** The total row (the measure over the whole), shown or not. */
  readonly total: RawRow | null;
  /**
   * The value column rows are ranked by (order "value", the rest of a fixed list, a top N):
   * the first measure in the latest period, the group's main value (SPEC §4). Absent: the last
   * column (one measure, or a crosstab's Totaal).
   */
  readonly rankColumn?: number;
}

const none: KpiResult = { value: null, n: 0 };

/**
 * Evaluates one table of a template (SPEC §9): its measures for the periods of its columns, per
 * group of its rows' dimension, laid out as the spec says. A total is the measure over the
 * whole (filtered) data, never a sum of cells; where that differs from the sum (distinct
 * clients, means, shares, a multi-valued dimension) the table's notes say so. A table whose
 * export column is missing is left out, with the reason naming the column.
 *
 * @param context - The engine, the period, the comparison period and the recidive options.
 * @param spec - The table (checked by `parseTemplate`).
 * @returns The table, or why it was left out.
 * @example
 * renderTemplateTable(context, {
 *   id: "perTeam", title: "Casussen per team", measures: ["started"],
 *   rows: { dimension: { field: "team" } }, columns: { kind: "series", of: "quarters" },
 * }); //=> { kind: "table", table: { columns: [Q1 2024, Q2 2024, Q3 2024], rows: [Noord, Zuid, Totaal] } }
 */
export function renderTemplateTable(
  context: TemplateContext,
  spec: TemplateTableSpec
): TemplateTableOutcome {
  const { engine } = context;
  const omit = (reason: string): TemplateTableOutcome => ({
    kind: "omitted",
    id: spec.id,
    title: spec.title,
    reason,
  });
  const measures = spec.measures.map(measureOf);
  for (const { kpi } of measures) {
    const missing = missingInputs(engine, kpi, context.recidive);
    if (missing !== null) return omit(missing);
  }
  const filterMissing = missingFilterField(engine, [
    ...(spec.filter ?? []),
    ...measures.flatMap(({ filter }) => filter),
  ]);
  if (filterMissing !== null)
    return omit(`de kolom ${filterMissing} (filter) ontbreekt in de export`);
  const filtered = (measure: Measure): boolean =>
    spec.filter !== undefined || measure.filter.length > 0;
  if (measures.some((measure) => filtered(measure) && !measure.kpi.filterable))
    return omit("deze maat kan niet gefilterd worden");
  const rows = spec.rows === undefined ? undefined : resolveDimension(engine, spec.rows.dimension);
  if (rows?.ok === false) return omit(missingReason(rows));
  const across =
    spec.columns.kind === "crosstab" ? resolveDimension(engine, spec.columns.dimension) : undefined;
  if (across?.ok === false) return omit(missingReason(across));

  // A measure's own filter narrows the table's.
  const evaluate = (measure: Measure, periods: readonly Period[], dimension?: Dimension) =>
    evaluateMeasure(
      engine,
      measure.kpi.rule,
      periods,
      dimension,
      caseFilter(engine, [...(spec.filter ?? []), ...measure.filter]),
      context.recidive
    );
  const groups = rows?.ok === true ? rows.table : undefined;
  // What each cell shows, for publication mode: the filters and the groups of its row and column.
  const rowsField = spec.rows === undefined ? undefined : dimensionField(spec.rows.dimension);
  const acrossField =
    spec.columns.kind === "crosstab" ? dimensionField(spec.columns.dimension) : undefined;
  const source = (
    measure: Measure,
    period: Period | undefined,
    result: KpiResult | undefined,
    row?: string,
    column?: string
  ): CellSource | null => {
    if (period === undefined) return null;
    const filter = filterRecord([...(spec.filter ?? []), ...measure.filter]);
    if (row !== undefined && rowsField !== undefined) filter[rowsField] = [row];
    if (column !== undefined && acrossField !== undefined) filter[acrossField] = [column];
    return {
      kpi: measure.kpi.id,
      filter,
      start: period.start,
      end: period.end,
      n: result?.n ?? 0,
    };
  };
  let grid: Grid;
  if (across?.ok === true && spec.columns.kind === "crosstab") {
    // The column groups, each for one period or (with `of`) for each period of a series:
    // result (c, p) at index c · periods + p, the Totaal column last (c = width).
    const columnRows = across.table.rows;
    const width = columnRows.length;
    const { of } = spec.columns;
    const periods =
      of === undefined ? [context.period] : seriesPeriods(of, context.period, spec.columns.count);
    const flat = <T>(at: (c: number, p: number) => T): T[] =>
      Array.from({ length: (width + 1) * periods.length }, (_, i) =>
        at(Math.floor(i / periods.length), i % periods.length)
      );
    const columnKey = (c: number): string | undefined =>
      c === width ? undefined : columnRows[c]?.key;
    const byColumn = (
      measure: Measure,
      row?: string
    ): Pick<RawRow, "results" | "kpis" | "sources"> => {
      const results = evaluate(measure, periods, across.table.dimension);
      const at = (c: number, p: number): KpiResult =>
        (c === width ? results[p]?.total : results[p]?.groups[c]) ?? none;
      return {
        results: flat(at),
        kpis: flat(() => measure.kpi),
        sources: flat((c, p) => source(measure, periods[p], at(c, p), row, columnKey(c))),
      };
    };
    if (groups === undefined) {
      grid = {
        headers: [],
        body: measures.map((measure) => fixedRow(measure.kpi.id, measure.label, byColumn(measure))),
        total: null,
      };
    } else {
      const measure = measures[0] as Measure;
      const { kpi } = measure;
      const cells = evaluate(
        measure,
        periods,
        crossDimension(groups.dimension, across.table.dimension)
      );
      const byRow = evaluate(measure, periods, groups.dimension);
      grid = {
        headers: [],
        body: groups.rows.map((row, r) => {
          const at = (c: number, p: number): KpiResult =>
            (c === width ? byRow[p]?.groups[r] : cells[p]?.groups[r * width + c]) ?? none;
          return groupRow(row, {
            results: flat(at),
            kpis: flat(() => kpi),
            sources: flat((c, p) => source(measure, periods[p], at(c, p), row.key, columnKey(c))),
          });
        }),
        total: totalRow(byColumn(measure)),
      };
    }
    // Column groups with no value in any period (a category no case has) are left out.
    const all = grid.total === null ? grid.body : [...grid.body, grid.total];
    const keep = columnRows.map(
      (row, c) =>
        row.always === true ||
        all.some((r) => periods.some((_, p) => (r.results[c * periods.length + p]?.n ?? 0) > 0))
    );
    const showTotal = spec.columns.total !== false;
    const kept = <T>(list: readonly T[]): T[] =>
      list.filter((_, i) => {
        const c = Math.floor(i / periods.length);
        return c >= width ? showTotal : keep[c] === true;
      });
    const keptRow = (r: RawRow): RawRow => ({
      ...r,
      results: kept(r.results),
      kpis: kept(r.kpis),
      sources: kept(r.sources),
    });
    const own = spec.columns.labels ?? {};
    const labels = [...columnRows.map((row) => own[row.key] ?? row.label), TOTAL_LABEL];
    const columns = kept(
      labels.flatMap((label) => periods.map((period) => ({ label, header: period.label })))
    );
    grid = {
      headers: columns.map(({ label, header }) =>
        of === undefined ? label : `${label}: ${header}`
      ),
      ...(of === undefined ? {} : { groups: columns }),
      body: grid.body.map(keptRow),
      total: grid.total === null ? null : keptRow(grid.total),
    };
  } else if (spec.columns.kind === "measures") {
    // A column per measure, or per period and measure ("Q1 2024: Gestart") with a series.
    const { of } = spec.columns;
    const periods =
      of === undefined ? [context.period] : seriesPeriods(of, context.period, spec.columns.count);
    // Period-major ("Q1 2024" above its measures), or measure-major with `first: "measure"`.
    const measureFirst = spec.columns.first === "measure";
    const columns = measureFirst
      ? measures.flatMap((measure, m) => periods.map((period, p) => ({ period, p, m, measure })))
      : periods.flatMap((period, p) => measures.map((measure, m) => ({ period, p, m, measure })));
    const results = measures.map((measure) => evaluate(measure, periods, groups?.dimension));
    const kpis = columns.map(({ measure }) => measure.kpi);
    const at = (g: number | null): Pick<RawRow, "results" | "kpis" | "sources"> => {
      const cells = columns.map(({ p, m }) => {
        const result = results[m]?.[p];
        return (g === null ? result?.total : result?.groups[g]) ?? none;
      });
      const row = g === null ? undefined : groups?.rows[g]?.key;
      return {
        results: cells,
        kpis,
        sources: columns.map(({ period, measure }, c) => source(measure, period, cells[c], row)),
      };
    };
    grid = {
      headers: columns.map(({ period, measure }) =>
        of === undefined
          ? measure.label
          : measureFirst
            ? `${measure.label}: ${period.label}`
            : `${period.label}: ${measure.label}`
      ),
      ...(of === undefined
        ? {}
        : {
            groups: columns.map(({ period, measure }) =>
              measureFirst
                ? { label: measure.label, header: period.label }
                : { label: period.label, header: measure.label }
            ),
          }),
      body:
        groups === undefined
          ? [fixedRow(TOTAL_KEY, TOTAL_LABEL, at(null))]
          : groups.rows.map((row, g) => groupRow(row, at(g))),
      total: groups === undefined ? null : totalRow(at(null)),
      rankColumn: columns.findIndex(({ p, m }) => m === 0 && p === periods.length - 1),
    };
  } else {
    const periods =
      spec.columns.kind === "series"
        ? seriesPeriods(spec.columns.of, context.period, spec.columns.count)
        : [context.previous, context.period];
    const headers = periods.map((p) => p.label);
    if (groups === undefined) {
      grid = {
        headers,
        body: measures.map((measure) =>
          fixedRow(
            measure.kpi.id,
            measure.label,
            same(
              measure,
              periods,
              evaluate(measure, periods).map((r) => r.total),
              source
            )
          )
        ),
        total: null,
      };
    } else {
      const measure = measures[0] as Measure;
      const results: PeriodResults[] = evaluate(measure, periods, groups.dimension);
      grid = {
        headers,
        body: groups.rows.map((row, g) =>
          groupRow(
            row,
            same(
              measure,
              periods,
              results.map((r) => r.groups[g] ?? none),
              source,
              row.key
            )
          )
        ),
        total: totalRow(
          same(
            measure,
            periods,
            results.map((r) => r.total),
            source
          )
        ),
      };
    }
  }

  const notes: string[] = spec.note === undefined ? [] : [spec.note];
  const showTotal = grid.total !== null && spec.rows?.total !== false;
  let body = grid.body;
  if (rows?.ok === true) {
    const order = spec.rows?.order ?? (rows.fixedOrder ? "natural" : "value");
    body = arrangeRows(body, order, grid.rankColumn);
    if (body.some((r) => r.key === OTHER_KEY)) notes.push(otherNote(body));
    if (showTotal) notes.push(...totalNotes(measures, rows.table.dimension.kind === "multi"));
    const labels = spec.rows?.labels;
    if (labels !== undefined) body = body.map((r) => ({ ...r, label: labels[r.key] ?? r.label }));
  }
  const shown = showTotal && grid.total !== null ? [...body, grid.total] : body;
  const flat = layOut(spec, grid.headers, shown, grid.total, measures);
  const { groups: columnGroups } = grid;
  const laidOut =
    columnGroups === undefined
      ? flat
      : {
          ...flat,
          columns: flat.columns.map((column, c) => {
            const group = columnGroups[c];
            return group === undefined ? column : { ...column, group };
          }),
        };
  const table = spec.transpose === true ? transposed(laidOut) : laidOut;
  return {
    kind: "table",
    table: {
      ...table,
      // Turned a quarter, the label column lists what were the columns: no header of its own.
      rowHeader:
        rows?.ok === true && spec.transpose !== true ? (spec.rows?.header ?? rows.name) : "",
      notes: [...new Set(notes)],
      ...(spec.chart ? { chart: spec.chart } : {}),
      ...((spec.columns.kind === "series" || spec.columns.kind === "comparison") &&
      spec.transpose !== true
        ? { periodColumns: true }
        : {}),
    },
  };
}

function measureOf(spec: MeasureSpec): Measure {
  if (typeof spec === "string") {
    const kpi = getKpi(spec as KpiId);
    return { kpi, label: kpi.label, filter: [] };
  }
  const kpi = getKpi(spec.kpi as KpiId);
  return { kpi, label: spec.label ?? kpi.label, filter: spec.filter ?? [] };
}

/** One measure for every result, result p in period p. */
function same(
  measure: Measure,
  periods: readonly Period[],
  results: readonly KpiResult[],
  source: (
    measure: Measure,
    period: Period | undefined,
    result: KpiResult | undefined,
    row?: string
  ) => CellSource | null,
  row?: string
): Pick<RawRow, "results" | "kpis" | "sources"> {
  return {
    results,
    kpis: results.map(() => measure.kpi),
    sources: results.map((result, p) => source(measure, periods[p], result, row)),
  };
}

/** The name a dimension has in a cell's filter: its field ("team", "rating"), or its column. */
function dimensionField(spec: DimensionSpec): string {
  if ("column" in spec) return `column:${spec.column}`;
  if (spec.field === "ageBand") return `ageBand:${(spec.edges ?? []).join(",")}`;
  return spec.field;
}

/** Case filters as field → values; two filters on one field keep the values both allow. */
function filterRecord(filters: readonly CaseFilter[]): Record<string, readonly string[]> {
  const record: Record<string, readonly string[]> = {};
  for (const { field, values } of filters) {
    const before = record[field];
    record[field] = before === undefined ? [...values] : before.filter((v) => values.includes(v));
  }
  return record;
}

function fixedRow(
  key: string,
  label: string,
  values: Pick<RawRow, "results" | "kpis" | "sources">
): RawRow {
  return { key, label, order: 0, unknown: false, always: true, isTotal: false, ...values };
}

function groupRow(row: TableRow, values: Pick<RawRow, "results" | "kpis" | "sources">): RawRow {
  return {
    key: row.key,
    label: row.label,
    order: row.order,
    unknown: row.unknown === true,
    always: row.always === true,
    isTotal: false,
    ...values,
  };
}

function totalRow(values: Pick<RawRow, "results" | "kpis" | "sources">): RawRow {
  return { ...fixedRow(TOTAL_KEY, TOTAL_LABEL, values), isTotal: true };
}

/**
 * The rows of the groups in the order asked: groups with no value in any column left out
 * (unless always shown), "Onbekend" after the groups; a top N pools the rest into "Overig"
 * (or leaves it out).
 */
function arrangeRows(raw: readonly RawRow[], order: RowOrder, rankColumn?: number): RawRow[] {
  const groups = raw.filter((r) => r.always || r.results.some((x) => x.n > 0));
  const last = (r: RawRow): number =>
    r.results[rankColumn ?? r.results.length - 1]?.value ?? -Infinity;
  const byValue = (a: RawRow, b: RawRow): number =>
    last(b) - last(a) || a.label.localeCompare(b.label, "nl");
  const known = groups.filter((r) => !r.unknown);
  const unknown = groups.filter((r) => r.unknown);
  if (order === "natural") return [...[...known].sort((a, b) => a.order - b.order), ...unknown];
  if (order === "alphabetical")
    return [...[...known].sort((a, b) => a.label.localeCompare(b.label, "nl")), ...unknown];
  if (order === "value") return [...[...known].sort(byValue), ...unknown];
  if ("fixed" in order) {
    const position = new Map(order.fixed.map((key, k) => [key.toLowerCase(), k]));
    const rank = (r: RawRow): number =>
      position.get(r.key.toLowerCase()) ?? position.get(r.label.toLowerCase()) ?? Infinity;
    return [...[...known].sort((a, b) => rank(a) - rank(b) || byValue(a, b)), ...unknown];
  }
  const ranked = [...known].sort(byValue);
  const rest = [...ranked.slice(order.top), ...unknown];
  const top = ranked.slice(0, order.top);
  return rest.length > 0 && order.other !== false ? [...top, pool(rest)] : top;
}

/**
 * One "Overig" row over several groups: counts and sums add up, a mean or share is the mean
 * over their values; distinct clients do not add up (a client can be in two groups): none.
 */
function pool(rows: readonly RawRow[]): RawRow {
  const first = rows[0] as RawRow;
  const results = first.results.map((_, c): KpiResult => {
    const { kind } = (first.kpis[c] as KpiDefinition).rule.aggregate;
    let n = 0;
    let sum = 0;
    for (const row of rows) {
      const result = row.results[c] ?? none;
      n += result.n;
      if (result.value !== null)
        sum += kind === "mean" || kind === "share" ? result.value * result.n : result.value;
    }
    if (kind === "distinctClients" || kind === "distinct") return { value: null, n };
    if (kind === "mean" || kind === "share") return { value: n === 0 ? null : sum / n, n };
    if (kind === "sumOrNull") return { value: n === 0 ? null : sum, n };
    return { value: sum, n };
  });
  const sources = first.sources.map((_, c) =>
    pooledSource(rows.map((row) => row.sources[c] ?? null))
  );
  return {
    ...first,
    key: OTHER_KEY,
    label: OTHER_LABEL,
    order: Infinity,
    unknown: false,
    results,
    sources,
  };
}

/** The quantity of pooled cells: the filter on the field they differ in allows all their values. */
function pooledSource(sources: readonly (CellSource | null)[]): CellSource | null {
  const first = sources[0];
  if (first === null || first === undefined || sources.some((s) => s === null)) return null;
  const filter: Record<string, readonly string[]> = {};
  for (const field of Object.keys(first.filter))
    filter[field] = [...new Set(sources.flatMap((s) => s?.filter[field] ?? []))];
  return { ...first, filter, n: sources.reduce((n, s) => n + (s?.n ?? 0), 0) };
}

/** What a table's total row is, when it is not the sum of the rows above it. */
function totalNotes(measures: readonly Measure[], multiValued: boolean): string[] {
  const notes: string[] = [];
  if (multiValued)
    notes.push(
      "Een casus kan in meer rijen staan: het totaal telt elke casus één keer en is niet de som van de rijen."
    );
  const kinds = new Set(measures.map(({ kpi }) => kpi.rule.aggregate.kind));
  if (kinds.has("distinctClients"))
    notes.push(
      "Het totaal telt elke cliënt één keer, ook wie in meer rijen staat: het is niet de som van de rijen."
    );
  if (kinds.has("distinct"))
    notes.push(
      "Het totaal telt elk collectief traject één keer, ook als zijn bijeenkomsten in meer rijen staan."
    );
  if (kinds.has("mean") || kinds.has("share"))
    notes.push(
      "Het totaal is berekend over alle casussen samen, niet als gemiddelde van de rijen."
    );
  return notes;
}

function otherNote(rows: readonly RawRow[]): string {
  const has = (kind: string): boolean =>
    rows.some((r) => r.kpis.some((kpi) => kpi.rule.aggregate.kind === kind));
  if (has("distinctClients"))
    return "Overig: de overige groepen samen; unieke cliënten tellen daar niet op (–).";
  if (has("distinct"))
    return "Overig: de overige groepen samen; collectieve trajecten tellen daar niet op (–).";
  return "Overig: de overige groepen samen.";
}

/** The cells of each row from its results, by the kind of columns; then the share column. */
function layOut(
  spec: TemplateTableSpec,
  headers: readonly string[],
  raw: readonly RawRow[],
  total: RawRow | null,
  measures: readonly Measure[]
): Pick<RenderedTable, "id" | "title" | "columns" | "rows"> {
  const { columns: kind } = spec;
  let columns: RenderedColumn[];
  let cells: (row: RawRow) => (number | null)[];
  // What each value column shows; null for derived columns (Verschil, Verschil %).
  let sources: (row: RawRow) => (CellSource | null)[] = (row) => [...row.sources];
  const value = (row: RawRow, c: number): number | null =>
    roundForDisplay(row.results[c]?.value ?? null, (row.kpis[c] as KpiDefinition).format);
  if (kind.kind === "comparison") {
    columns = [
      { header: headers[0] ?? "", kind: "value" },
      { header: headers[1] ?? "", kind: "value" },
      { header: "Verschil", kind: "delta" },
      { header: "Verschil %", kind: "deltaPct" },
    ];
    cells = (row) => {
      const kpi = row.kpis[0] as KpiDefinition;
      const built = buildReportRow({
        label: row.label,
        key: row.key,
        previous: row.results[0]?.value ?? null,
        current: row.results[1]?.value ?? null,
        format: kpi.format,
        polarity: kpi.polarity,
        deltaKind: kpi.deltaKind,
      });
      return [built.previous, built.current, built.delta, built.deltaPct];
    };
    sources = (row) => [row.sources[0] ?? null, row.sources[1] ?? null, null, null];
  } else if (kind.kind === "series" && kind.delta === true) {
    columns = headers.flatMap((header, k): RenderedColumn[] =>
      k === 0
        ? [{ header, kind: "value" }]
        : [
            { header, kind: "value" },
            { header: "Verschil", kind: "delta" },
          ]
    );
    cells = (row) =>
      row.results.flatMap((_, k) => {
        const current = value(row, k);
        if (k === 0) return [current];
        const before = value(row, k - 1);
        const format = (row.kpis[k] as KpiDefinition).format;
        return [
          current,
          current === null || before === null ? null : roundForDisplay(current - before, format),
        ];
      });
    sources = (row) => row.sources.flatMap((source, k) => (k === 0 ? [source] : [source, null]));
  } else if (kind.kind === "measures") {
    const kpis = raw[0]?.kpis ?? [];
    columns = headers.map((header, c) => ({
      header,
      kind: "value",
      format: (kpis[c] ?? (measures[0] as Measure).kpi).format,
    }));
    cells = (row) => row.results.map((_, c) => value(row, c));
  } else {
    columns = headers.map((header) => ({ header, kind: "value" }));
    cells = (row) => row.results.map((_, c) => value(row, c));
  }
  let rows: RenderedRow[] = raw.map((row) => ({
    label: row.label,
    key: row.key,
    values: cells(row),
    sources: sources(row),
    // A row without value columns (no column group has a case) keeps the table's format.
    format: (row.kpis[0] ?? (measures[0] as Measure).kpi).format,
    isTotal: row.isTotal,
  }));
  if (spec.share === true) {
    // Each row's share of the whole (the total row's value) in the last value column.
    const last = (row: RawRow | null): number | null =>
      row?.results[row.results.length - 1]?.value ?? null;
    const whole = last(total);
    columns = [...columns, { header: SHARE_HEADER, kind: "share" }];
    rows = rows.map((row, k) => {
      const part = last(raw[k] ?? null);
      const share =
        whole === null || whole === 0 || part === null
          ? null
          : roundForDisplay(part / whole, "percent");
      return { ...row, values: [...row.values, share], sources: [...(row.sources ?? []), null] };
    });
  }
  return { id: spec.id, title: spec.title, columns, rows };
}

/**
 * A table of values turned a quarter: each row becomes a column (in the row's format) and each
 * column a row; a Totaal column becomes the Totaal row.
 */
function transposed(
  table: Pick<RenderedTable, "id" | "title" | "columns" | "rows">
): Pick<RenderedTable, "id" | "title" | "columns" | "rows"> {
  const first = table.rows[0]?.format ?? "count";
  return {
    ...table,
    columns: table.rows.map((row) => ({ header: row.label, kind: "value", format: row.format })),
    rows: table.columns.map((column, c) => ({
      label: column.header,
      key: column.header,
      values: table.rows.map((row) => row.values[c] ?? null),
      sources: table.rows.map((row) => row.sources?.[c] ?? null),
      format: column.format ?? first,
      isTotal: column.header === TOTAL_LABEL,
    })),
  };
}

/** Why a KPI cannot be computed on this export: the missing columns or table, or null. */
function missingInputs(
  engine: Engine,
  kpi: KpiDefinition,
  recidive: RecidiveOptions
): string | null {
  const { dataset } = engine;
  if (isKpiAvailable(kpi, dataset, recidive)) return null;
  if (kpi.requires !== undefined && dataset[kpi.requires] === undefined)
    return `de tabel ${TABLE_NAMES[kpi.requires]} ontbreekt`;
  const names = missingFieldNames(dataset, kpiRequiredInputs(kpi, recidive));
  return names.length === 1
    ? `de kolom ${names[0] ?? ""} ontbreekt in de export`
    : `de kolommen ${names.join(", ")} ontbreken in de export`;
}

/** Why a table whose dimension cannot be resolved is left out: the column or table it lacks. */
function missingReason(dimension: ResolvedDimension & { ok: false }): string {
  return dimension.table === true
    ? `de tabel ${dimension.missing} ontbreekt`
    : `de kolom ${dimension.missing} ontbreekt in de export`;
}

const TABLE_NAMES = {
  zrm: "ZRM-scores",
  activities: "activiteiten",
  complaints: "klachten",
} as const;

/** The Dutch label of a filter's field the export does not have, or null. */
function missingFilterField(
  engine: Engine,
  filters: readonly CaseFilter[] | undefined
): string | null {
  const mapped = engine.dataset.cases.mappedFields;
  const field = filters?.find((f) => !mapped.has(f.field))?.field;
  if (field === undefined) return null;
  return CASE_FIELDS.find((f) => f.field === field)?.label ?? field;
}
