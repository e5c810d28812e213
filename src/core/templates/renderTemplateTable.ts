/**
 * @module
 */
import { caseFilter } from "../engine/caseFilter";
import type { Engine } from "../engine/Engine";
import { evaluateMeasure } from "../engine/evaluateMeasure";
import type { TableRow } from "../engine/tableRows";
import { OTHER_KEY, OTHER_LABEL, TOTAL_KEY } from "../kpis/arrangeGroupRows";
import { isKpiAvailable, kpiRequiredInputs } from "../kpis/computeKpi";
import type { KpiResult } from "../kpis/kpiResult";
import { getKpi, type KpiDefinition, type KpiId } from "../kpis/kpiRegistry";
import { CASE_FIELDS } from "../mapping/fieldDefinitions";
import { buildReportRow, roundForDisplay } from "../report/buildReportRow";
import { FieldBit, type CaseFilter, type Period, type RecidiveOptions } from "../types";
import { crossDimension } from "./crossDimension";
import type {
  RenderedColumn,
  RenderedRow,
  RenderedTable,
  TemplateTableOutcome,
} from "./renderedTable";
import { seriesPeriods } from "./seriesPeriods";
import { resolveDimension } from "./templateDimension";
import type { ColumnsSpec, RowOrder, TemplateTableSpec } from "./templateSpec";

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

/** A row before its cells are laid out: one result per value column's period (or group). */
interface RawRow {
  readonly key: string;
  readonly label: string;
  readonly order: number;
  readonly unknown: boolean;
  readonly always: boolean;
  readonly results: readonly KpiResult[];
  readonly kpi: KpiDefinition;
  readonly isTotal: boolean;
}

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
  const kpis = spec.measures.map((id) => getKpi(id as KpiId));
  for (const kpi of kpis) {
    const missing = missingInputs(engine, kpi, context.recidive);
    if (missing !== null) return omit(missing);
  }
  const filterMissing = missingFilterField(engine, spec.filter);
  if (filterMissing !== null)
    return omit(`de kolom ${filterMissing} (filter) ontbreekt in de export`);
  if (spec.filter !== undefined && kpis.some((kpi) => !kpi.filterable))
    return omit("deze maat kan niet gefilterd worden");
  const filter = caseFilter(engine, spec.filter);
  const rows = spec.rows === undefined ? undefined : resolveDimension(engine, spec.rows.dimension);
  if (rows?.ok === false) return omit(`de kolom ${rows.missing} ontbreekt in de export`);
  const across =
    spec.columns.kind === "crosstab" ? resolveDimension(engine, spec.columns.dimension) : undefined;
  if (across?.ok === false) return omit(`de kolom ${across.missing} ontbreekt in de export`);

  const notes: string[] = [];
  let headers: string[];
  let raw: RawRow[];
  if (across !== undefined && across.ok) {
    const columnRows = across.table.rows;
    const measureRows = (kpi: KpiDefinition): RawRow => {
      const [result] = evaluateMeasure(
        engine,
        kpi.rule,
        [context.period],
        across.table.dimension,
        filter,
        context.recidive
      );
      return rawRow(kpi.id, kpi.label, kpi, [...(result?.groups ?? []), result?.total ?? none], 0);
    };
    if (rows === undefined) {
      raw = kpis.map(measureRows);
    } else {
      const kpi = kpis[0] as KpiDefinition;
      const { dimension } = rows.table;
      const cross = crossDimension(dimension, across.table.dimension);
      const width = columnRows.length;
      const [cells] = evaluateMeasure(
        engine,
        kpi.rule,
        [context.period],
        cross,
        filter,
        context.recidive
      );
      const [byRow] = evaluateMeasure(
        engine,
        kpi.rule,
        [context.period],
        dimension,
        filter,
        context.recidive
      );
      raw = rows.table.rows.map((row, r) => ({
        ...groupRow(row, kpi),
        results: [
          ...columnRows.map((_, c) => cells?.groups[r * width + c] ?? none),
          byRow?.groups[r] ?? none,
        ],
      }));
      if (spec.rows?.total !== false) raw.push({ ...measureRows(kpi), ...totalRow(kpi) });
      notes.push(...totalNotes(kpi, rows.table.dimension.kind === "multi"));
    }
    // Column groups with no value anywhere (a category no case of the period has) are left out.
    const keep = columnRows.map(
      (row, c) => row.always === true || raw.some((r) => (r.results[c]?.n ?? 0) > 0)
    );
    headers = [...columnRows.filter((_, c) => keep[c]).map((row) => row.label), TOTAL_LABEL];
    raw = raw.map((r) => ({
      ...r,
      results: [...r.results.filter((_, c) => c >= keep.length || keep[c])],
    }));
  } else {
    const periods = columnPeriods(spec.columns, context);
    headers = periods.map((p) => p.label);
    if (rows === undefined) {
      raw = kpis.map((kpi) => {
        const results = evaluateMeasure(
          engine,
          kpi.rule,
          periods,
          undefined,
          filter,
          context.recidive
        );
        return rawRow(
          kpi.id,
          kpi.label,
          kpi,
          results.map((r) => r.total),
          0
        );
      });
    } else {
      const kpi = kpis[0] as KpiDefinition;
      const results = evaluateMeasure(
        engine,
        kpi.rule,
        periods,
        rows.table.dimension,
        filter,
        context.recidive
      );
      raw = rows.table.rows.map((row, g) => ({
        ...groupRow(row, kpi),
        results: results.map((r) => r.groups[g] ?? none),
      }));
      if (spec.rows?.total !== false)
        raw.push({
          ...rawRow(
            TOTAL_KEY,
            TOTAL_LABEL,
            kpi,
            results.map((r) => r.total),
            0
          ),
          ...totalRow(kpi),
        });
      notes.push(...totalNotes(kpi, rows.table.dimension.kind === "multi"));
    }
  }
  if (rows !== undefined) {
    const order = spec.rows?.order ?? (rows.fixedOrder ? "natural" : "value");
    raw = arrangeRows(raw, order);
    if (typeof order === "object" && "top" in order && raw.some((r) => r.key === OTHER_KEY))
      notes.push(otherNote(raw[0]?.kpi));
  }
  const table = layOut(
    spec,
    headers,
    raw,
    rows?.ok === true ? (spec.rows?.header ?? rows.name) : ""
  );
  if (spec.note !== undefined) notes.unshift(spec.note);
  return {
    kind: "table",
    table: { ...table, notes: [...new Set(notes)], ...(spec.chart ? { chart: spec.chart } : {}) },
  };
}

const none: KpiResult = { value: null, n: 0 };

function rawRow(
  key: string,
  label: string,
  kpi: KpiDefinition,
  results: readonly KpiResult[],
  order: number
): RawRow {
  return { key, label, order, unknown: false, always: true, results, kpi, isTotal: false };
}

function groupRow(row: TableRow, kpi: KpiDefinition): Omit<RawRow, "results"> {
  return {
    key: row.key,
    label: row.label,
    order: row.order,
    unknown: row.unknown === true,
    always: row.always === true,
    kpi,
    isTotal: false,
  };
}

function totalRow(kpi: KpiDefinition): Pick<RawRow, "key" | "label" | "isTotal" | "kpi"> {
  return { key: TOTAL_KEY, label: TOTAL_LABEL, isTotal: true, kpi };
}

/** The periods of the value columns of a comparison or a series. */
function columnPeriods(columns: ColumnsSpec, context: TemplateContext): Period[] {
  if (columns.kind === "series") return seriesPeriods(columns.of, context.period, columns.count);
  return [context.previous, context.period];
}

/**
 * The rows in the order asked: groups with no value in any column left out (unless always
 * shown), "Onbekend" after the groups, the total last; a top N pools the rest into "Overig".
 */
function arrangeRows(raw: readonly RawRow[], order: RowOrder): RawRow[] {
  const total = raw.filter((r) => r.isTotal);
  const groups = raw.filter((r) => !r.isTotal && (r.always || r.results.some((x) => x.n > 0)));
  const last = (r: RawRow): number => r.results[r.results.length - 1]?.value ?? -Infinity;
  const byValue = (a: RawRow, b: RawRow): number =>
    last(b) - last(a) || a.label.localeCompare(b.label, "nl");
  const known = groups.filter((r) => !r.unknown);
  const unknown = groups.filter((r) => r.unknown);
  let sorted: RawRow[];
  if (order === "natural") sorted = [...known].sort((a, b) => a.order - b.order);
  else if (order === "alphabetical")
    sorted = [...known].sort((a, b) => a.label.localeCompare(b.label, "nl"));
  else if (order === "value") sorted = [...known].sort(byValue);
  else if ("fixed" in order) {
    const position = new Map(order.fixed.map((key, k) => [key.toLowerCase(), k]));
    const rank = (r: RawRow): number => position.get(r.key.toLowerCase()) ?? Infinity;
    sorted = [...known].sort((a, b) => rank(a) - rank(b) || byValue(a, b));
  } else {
    const ranked = [...known].sort(byValue);
    const rest = [...ranked.slice(order.top), ...unknown];
    sorted = ranked.slice(0, order.top);
    if (rest.length > 0) return [...sorted, pool(rest), ...total];
    return [...sorted, ...total];
  }
  return [...sorted, ...unknown, ...total];
}

/**
 * One "Overig" row over several groups: counts and sums add up, a mean or share is the mean
 * over their values; distinct clients do not add up (a client can be in two groups): none.
 */
function pool(rows: readonly RawRow[]): RawRow {
  const first = rows[0] as RawRow;
  const { kind } = first.kpi.rule.aggregate;
  const results = first.results.map((_, c): KpiResult => {
    let n = 0;
    let sum = 0;
    for (const row of rows) {
      const result = row.results[c] ?? none;
      n += result.n;
      if (result.value !== null)
        sum += kind === "mean" || kind === "share" ? result.value * result.n : result.value;
    }
    if (kind === "distinctClients") return { value: null, n };
    if (kind === "mean" || kind === "share") return { value: n === 0 ? null : sum / n, n };
    return { value: sum, n };
  });
  return { ...first, key: OTHER_KEY, label: OTHER_LABEL, order: Infinity, unknown: false, results };
}

/** What a table's total row is, when it is not the sum of the rows above it. */
function totalNotes(kpi: KpiDefinition, multiValued: boolean): string[] {
  const notes: string[] = [];
  if (multiValued)
    notes.push(
      "Een casus kan in meer rijen staan: het totaal telt elke casus één keer en is niet de som van de rijen."
    );
  const { kind } = kpi.rule.aggregate;
  if (kind === "distinctClients")
    notes.push(
      "Het totaal telt elke cliënt één keer, ook wie in meer rijen staat: het is niet de som van de rijen."
    );
  if (kind === "mean" || kind === "share")
    notes.push(
      "Het totaal is berekend over alle casussen samen, niet als gemiddelde van de rijen."
    );
  return notes;
}

function otherNote(kpi: KpiDefinition | undefined): string {
  return kpi?.rule.aggregate.kind === "distinctClients"
    ? "Overig: de overige groepen samen; unieke cliënten tellen daar niet op (–)."
    : "Overig: de overige groepen samen.";
}

/** The cells of each row from its results, by the kind of columns; then the share column. */
function layOut(
  spec: TemplateTableSpec,
  headers: readonly string[],
  raw: readonly RawRow[],
  rowHeader: string
): Omit<RenderedTable, "notes"> {
  const { columns: kind } = spec;
  let columns: RenderedColumn[];
  let cells: (row: RawRow) => (number | null)[];
  if (kind.kind === "comparison") {
    columns = [
      { header: headers[0] ?? "", kind: "value" },
      { header: headers[1] ?? "", kind: "value" },
      { header: "Verschil", kind: "delta" },
      { header: "Verschil %", kind: "deltaPct" },
    ];
    cells = (row) => {
      const built = buildReportRow({
        label: row.label,
        key: row.key,
        previous: row.results[0]?.value ?? null,
        current: row.results[1]?.value ?? null,
        format: row.kpi.format,
        polarity: row.kpi.polarity,
        deltaKind: row.kpi.deltaKind,
      });
      return [built.previous, built.current, built.delta, built.deltaPct];
    };
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
      row.results.flatMap((result, k) => {
        const value = roundForDisplay(result.value, row.kpi.format);
        if (k === 0) return [value];
        const before = roundForDisplay(row.results[k - 1]?.value ?? null, row.kpi.format);
        const delta =
          value === null || before === null
            ? null
            : roundForDisplay(value - before, row.kpi.format);
        return [value, delta];
      });
  } else {
    columns = headers.map((header) => ({ header, kind: "value" }));
    cells = (row) => row.results.map((result) => roundForDisplay(result.value, row.kpi.format));
  }
  let rows: RenderedRow[] = raw.map((row) => ({
    label: row.label,
    key: row.key,
    values: cells(row),
    format: row.kpi.format,
    isTotal: row.isTotal,
  }));
  if (spec.share === true) {
    // The share of each row in the last value column's total (the Totaal row's value there).
    const at = columns.map((c) => c.kind).lastIndexOf("value");
    const totalValue = (): number | null => {
      const totalRaw = raw.find((r) => r.isTotal);
      const value = totalRaw?.results[totalRaw.results.length - 1]?.value ?? null;
      return value === null || value === 0 ? null : value;
    };
    const whole = totalValue();
    columns = [...columns, { header: SHARE_HEADER, kind: "share" }];
    rows = rows.map((row, k) => {
      const value = raw[k]?.results[(raw[k]?.results.length ?? 1) - 1]?.value ?? null;
      const share =
        whole === null || value === null ? null : roundForDisplay(value / whole, "percent");
      return { ...row, values: [...row.values, at < 0 ? null : share] };
    });
  }
  return { id: spec.id, title: spec.title, rowHeader, columns, rows };
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
  const inputs = kpiRequiredInputs(kpi, recidive);
  const mapped = dataset.cases.mappedFields;
  const labels = CASE_FIELDS.filter(
    ({ field }) => (inputs & FieldBit[field]) !== 0 && !mapped.has(field)
  ).map(({ label }) => label);
  if ((inputs & FieldBit.start) !== 0 && !mapped.has("startedOn") && !mapped.has("registeredOn"))
    labels.push("Startdatum");
  const unique = [...new Set(labels)];
  return unique.length === 1
    ? `de kolom ${unique[0] ?? ""} ontbreekt in de export`
    : `de kolommen ${unique.join(", ")} ontbreken in de export`;
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
