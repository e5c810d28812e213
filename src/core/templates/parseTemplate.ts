/**
 * @module
 */
import { FILTERABLE_FIELDS } from "../filters/categoryMatch";
import { KPI_REGISTRY } from "../kpis/kpiRegistry";
import {
  ACTIVITY_DIMENSION_FIELDS,
  ZRM_DIMENSION_FIELDS,
  CHART_KINDS,
  DIMENSION_FIELDS,
  type ColumnsSpec,
  type DimensionSpec,
  type MeasureSpec,
  type RowOrder,
  type RowsSpec,
  type Template,
  type TemplateTableSpec,
} from "./templateSpec";
import type { CaseFilter } from "../types";

/** Thrown when a template (a user's JSON file) is not a valid template; the message names the bad key. */
export class TemplateError extends Error {
  override readonly name = "TemplateError";

  /**
   * @param path - Where in the template ("tabellen[2].columns.of"), or "" for the whole.
   * @param message - Dutch message.
   */
  constructor(
    readonly path: string,
    message: string
  ) {
    super(path === "" ? message : `${path}: ${message}`);
  }
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const list = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(", ");

/** Keys of an object that the shape does not know: a typo should not pass silently. */
function checkKeys(value: Record<string, Json>, path: string, known: readonly string[]): void {
  for (const key of Object.keys(value))
    if (!known.includes(key))
      throw new TemplateError(
        path === "" ? key : `${path}.${key}`,
        `onbekende sleutel; bedoeld is een van ${list(known)}`
      );
}

function text(value: Json, path: string): string {
  if (typeof value !== "string" || value.trim() === "")
    throw new TemplateError(path, "hier hoort een tekst (niet leeg)");
  return value;
}

function wholeNumber(value: Json, path: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new TemplateError(path, `hier hoort een geheel getal van ${min} tot en met ${max}`);
  return value;
}

const KPI_IDS = KPI_REGISTRY.map((kpi) => kpi.id as string);
const ACTIVITY_KPI_IDS = KPI_REGISTRY.filter((kpi) => kpi.rule.over === "activities").map(
  (kpi) => kpi.id as string
);
const ZRM_KPI_IDS = KPI_REGISTRY.filter((kpi) => kpi.rule.over === "zrmPairs").map(
  (kpi) => kpi.id as string
);

/**
 * Checks a JSON value (a user's template file, read by the shell) against the template shape
 * (`Template`) and returns it typed. Every error names the key and says what belongs there, in
 * Dutch: an unknown key, a KPI id that does not exist, a dimension field, a kind of columns.
 *
 * @param value - The parsed JSON.
 * @param fallbackId - The template's id when the file gives none (the file's name).
 * @returns The template.
 * @throws {TemplateError} naming the first bad key.
 * @example
 * parseTemplate({ title: "Rapport", tables: [{ id: "t1", title: "Aanmeldingen",
 *   measures: ["registrations"], columns: { kind: "comparison" } }] }, "eigen").tables.length; //=> 1
 */
export function parseTemplate(value: Json, fallbackId: string): Template {
  if (!isObject(value))
    throw new TemplateError("", "een sjabloon is een JSON-object met title en tables");
  checkKeys(value, "", ["id", "title", "tables"]);
  const id = value.id === undefined ? fallbackId : text(value.id, "id");
  const title = text(value.title, "title");
  if (!Array.isArray(value.tables) || value.tables.length === 0)
    throw new TemplateError("tables", "hier hoort een lijst met ten minste één tabel");
  const tables = value.tables.map((table, k) => parseTable(table, `tables[${k}]`));
  const seen = new Set<string>();
  tables.forEach((table, k) => {
    if (seen.has(table.id))
      throw new TemplateError(`tables[${k}].id`, `het id "${table.id}" komt al eerder voor`);
    seen.add(table.id);
  });
  return { id, title, tables };
}

function parseTable(value: Json, path: string): TemplateTableSpec {
  if (!isObject(value)) throw new TemplateError(path, "hier hoort een tabel (een JSON-object)");
  checkKeys(value, path, [
    "id",
    "title",
    "measures",
    "rows",
    "columns",
    "share",
    "filter",
    "note",
    "chart",
    "transpose",
  ]);
  const id = text(value.id, `${path}.id`);
  const title = text(value.title, `${path}.title`);
  if (!Array.isArray(value.measures) || value.measures.length === 0)
    throw new TemplateError(`${path}.measures`, "hier hoort een lijst met ten minste één KPI");
  const measures = value.measures.map((measure, k) =>
    parseMeasure(measure, `${path}.measures[${k}]`)
  );
  const rows = value.rows === undefined ? undefined : parseRows(value.rows, `${path}.rows`);
  const columns = parseColumns(value.columns, `${path}.columns`);
  if (rows !== undefined && measures.length !== 1 && columns.kind !== "measures")
    throw new TemplateError(
      `${path}.measures`,
      'een tabel met rows heeft precies één KPI, of kolommen { "kind": "measures" }'
    );
  if (columns.kind === "crosstab" && rows !== undefined) {
    for (const [dimension, at] of [
      [rows.dimension, `${path}.rows.dimension`],
      [columns.dimension, `${path}.columns.dimension`],
    ] as const)
      if (
        "field" in dimension &&
        (dimension.field === "mainDomains" || dimension.field === "partners")
      )
        throw new TemplateError(
          at,
          "een kruistabel kan niet over een kenmerk met meer waarden per casus"
        );
  }
  checkUnits(measures, rows, columns, path);
  const share = value.share === undefined ? undefined : value.share;
  if (share !== undefined && typeof share !== "boolean")
    throw new TemplateError(`${path}.share`, "hier hoort true of false");
  if (share === true) {
    const last = measures[measures.length - 1];
    const id = typeof last === "string" ? last : last?.kpi;
    const kpi = KPI_REGISTRY.find((k) => k.id === id);
    const kind = kpi?.rule.aggregate.kind;
    if (
      kind !== "count" &&
      kind !== "distinctClients" &&
      kind !== "distinct" &&
      kind !== "sumOrNull"
    )
      throw new TemplateError(`${path}.share`, "een aandeel kan alleen bij een aantal");
  }
  const filter =
    value.filter === undefined ? undefined : parseFilter(value.filter, `${path}.filter`);
  if (value.transpose !== undefined && typeof value.transpose !== "boolean")
    throw new TemplateError(`${path}.transpose`, "hier hoort true of false");
  if (
    value.transpose === true &&
    (columns.kind === "comparison" ||
      (columns.kind === "series" && columns.delta === true) ||
      share === true)
  )
    throw new TemplateError(
      `${path}.transpose`,
      "kantelen kan alleen bij een tabel met alleen waarden (geen Verschil of Aandeel)"
    );
  const note = value.note === undefined ? undefined : text(value.note, `${path}.note`);
  const chart = value.chart;
  if (chart !== undefined && !(CHART_KINDS as readonly Json[]).includes(chart))
    throw new TemplateError(`${path}.chart`, `hier hoort een van ${list(CHART_KINDS)}`);
  return {
    id,
    title,
    measures,
    columns,
    ...(rows === undefined ? {} : { rows }),
    ...(share === true ? { share } : {}),
    ...(filter === undefined ? {} : { filter }),
    ...(note === undefined ? {} : { note }),
    ...(chart === undefined ? {} : { chart: chart as TemplateTableSpec["chart"] & string }),
    ...(value.transpose === true ? { transpose: true } : {}),
  };
}

/**
 * What a measure counts: cases (or rows of a case other than the ZRM pairs), the ZRM's (case,
 * main domain) pairs, meetings of activities, or complaints.
 */
function unitOf(measure: MeasureSpec): "cases" | "zrmPairs" | "activities" | "complaints" {
  const id = typeof measure === "string" ? measure : measure.kpi;
  const over = KPI_REGISTRY.find((kpi) => kpi.id === id)?.rule.over;
  return over === "activities" || over === "complaints" || over === "zrmPairs" ? over : "cases";
}

/** The table a dimension breaks down: the cases, the meetings of the activities, the ZRM pairs. */
function homeOf(dimension: DimensionSpec): "cases" | "activities" | "zrm" {
  if (!("field" in dimension)) return "cases";
  if (ACTIVITY_DIMENSION_FIELDS.includes(dimension.field)) return "activities";
  return ZRM_DIMENSION_FIELDS.includes(dimension.field) ? "zrm" : "cases";
}

const HOME_NAMES = { cases: "de casussen", activities: "de activiteiten", zrm: "de ZRM-scores" };

/**
 * A dimension breaks down what the measures count: the case fields and columns break down cases
 * (and rows of a case: a ZRM pair through its case), the activity fields the meetings, the ZRM
 * domain the ZRM pairs; complaints belong to no case and have no field to break them down by.
 * The ZRM domain is no crosstab's dimension: a crosstab crosses two breakdowns of one kind of unit.
 */
function checkUnits(
  measures: readonly MeasureSpec[],
  rows: RowsSpec | undefined,
  columns: ColumnsSpec,
  path: string
): void {
  const dimensions: [DimensionSpec, string][] = [];
  if (rows !== undefined) dimensions.push([rows.dimension, `${path}.rows.dimension`]);
  if (columns.kind === "crosstab")
    dimensions.push([columns.dimension, `${path}.columns.dimension`]);
  for (const [dimension, at] of dimensions) {
    const home = homeOf(dimension);
    const key =
      "field" in dimension ? `het kenmerk "${dimension.field}"` : "een kolom van de export";
    if (home === "zrm" && columns.kind === "crosstab")
      throw new TemplateError(
        at,
        `een kruistabel kan niet over ${key}; zet de ZRM-domeinen in de rijen (rows) met kolommen per periode of per maat`
      );
    measures.forEach((measure, k) => {
      const unit = unitOf(measure);
      const id = typeof measure === "string" ? measure : measure.kpi;
      if (unit === "complaints")
        throw new TemplateError(
          `${path}.measures[${k}]`,
          `de KPI "${id}" telt klachten; die horen bij geen casus en zijn niet uit te splitsen`
        );
      if (unit === "activities" && home !== "activities")
        throw new TemplateError(
          at,
          `de KPI "${id}" telt bijeenkomsten van collectieve activiteiten; ${key} hoort bij ${HOME_NAMES[home]}. ` +
            `Bijeenkomsten zijn uit te splitsen naar ${list(ACTIVITY_DIMENSION_FIELDS)}`
        );
      if (unit !== "activities" && home === "activities")
        throw new TemplateError(
          at,
          `${key} hoort bij de activiteiten; de KPI "${id}" telt ${unit === "cases" ? "casussen" : "hoofddomeinen met ZRM-scores"}. ` +
            `Splits casussen uit naar een kenmerk van de casussen, of kies een KPI over de activiteiten ` +
            `(${list(ACTIVITY_KPI_IDS)})`
        );
      if (unit === "cases" && home === "zrm")
        throw new TemplateError(
          at,
          `${key} hoort bij de ZRM-scores (het domein van elke score); de KPI "${id}" telt casussen. ` +
            `Splits casussen uit naar hun hoofddomeinen ("mainDomains"), of kies een KPI over de ZRM-scores ` +
            `(${list(ZRM_KPI_IDS)})`
        );
    });
  }
}

function parseMeasure(value: Json, path: string): MeasureSpec {
  const known = (kpi: string, at: string): string => {
    if (!KPI_IDS.includes(kpi))
      throw new TemplateError(at, `onbekende KPI "${kpi}"; bekend zijn ${list(KPI_IDS)}`);
    return kpi;
  };
  if (typeof value === "string") return known(text(value, path), path);
  if (!isObject(value))
    throw new TemplateError(path, 'hier hoort een KPI-id of { "kpi": …, "label": …, "filter": … }');
  checkKeys(value, path, ["kpi", "label", "filter"]);
  const label = value.label === undefined ? undefined : text(value.label, `${path}.label`);
  const filter =
    value.filter === undefined ? undefined : parseFilter(value.filter, `${path}.filter`);
  return {
    kpi: known(text(value.kpi, `${path}.kpi`), `${path}.kpi`),
    ...(label === undefined ? {} : { label }),
    ...(filter === undefined ? {} : { filter }),
  };
}

function parseDimension(value: Json, path: string): DimensionSpec {
  if (!isObject(value))
    throw new TemplateError(path, 'hier hoort { "field": … } of { "column": "kolomkop" }');
  if ("column" in value) {
    checkKeys(value, path, ["column"]);
    return { column: text(value.column, `${path}.column`) };
  }
  checkKeys(value, path, ["field", "edges"]);
  const field = text(value.field, `${path}.field`);
  if (!(DIMENSION_FIELDS as readonly string[]).includes(field))
    throw new TemplateError(
      `${path}.field`,
      `onbekend kenmerk "${field}"; bekend zijn ${list(DIMENSION_FIELDS)}`
    );
  if (field === "ageBand") {
    if (value.edges === undefined) return { field };
    if (!Array.isArray(value.edges) || value.edges.length === 0)
      throw new TemplateError(
        `${path}.edges`,
        "hier hoort een lijst ondergrenzen, bijvoorbeeld [0, 13, 18, 27, 56]"
      );
    const edges = value.edges.map((edge, k) => wholeNumber(edge, `${path}.edges[${k}]`, 0, 199));
    edges.forEach((edge, k) => {
      if (k > 0 && edge <= (edges[k - 1] as number))
        throw new TemplateError(`${path}.edges[${k}]`, "de ondergrenzen moeten oplopen");
    });
    return { field, edges };
  }
  if (value.edges !== undefined)
    throw new TemplateError(`${path}.edges`, 'edges hoort alleen bij "ageBand"');
  return { field: field as Exclude<DimensionSpec, { column: string }>["field"] } as DimensionSpec;
}

function parseRows(value: Json, path: string): RowsSpec {
  if (!isObject(value)) throw new TemplateError(path, 'hier hoort { "dimension": … }');
  checkKeys(value, path, ["dimension", "order", "header", "total", "labels"]);
  const dimension = parseDimension(value.dimension, `${path}.dimension`);
  const order = value.order === undefined ? undefined : parseOrder(value.order, `${path}.order`);
  const header = value.header === undefined ? undefined : text(value.header, `${path}.header`);
  if (value.total !== undefined && typeof value.total !== "boolean")
    throw new TemplateError(`${path}.total`, "hier hoort true of false");
  const labels =
    value.labels === undefined ? undefined : parseLabels(value.labels, `${path}.labels`);
  return {
    dimension,
    ...(labels === undefined ? {} : { labels }),
    ...(order === undefined ? {} : { order }),
    ...(header === undefined ? {} : { header }),
    ...(value.total === false ? { total: false } : {}),
  };
}

function parseOrder(value: Json, path: string): RowOrder {
  if (value === "value" || value === "alphabetical" || value === "natural") return value;
  if (isObject(value) && "top" in value) {
    checkKeys(value, path, ["top", "other"]);
    const top = wholeNumber(value.top, `${path}.top`, 1, 100);
    if (value.other !== undefined && typeof value.other !== "boolean")
      throw new TemplateError(`${path}.other`, "hier hoort true of false");
    return value.other === false ? { top, other: false } : { top };
  }
  if (isObject(value) && "fixed" in value) {
    checkKeys(value, path, ["fixed"]);
    if (!Array.isArray(value.fixed))
      throw new TemplateError(`${path}.fixed`, "hier hoort een lijst met rijen");
    return { fixed: value.fixed.map((key, k) => text(key, `${path}.fixed[${k}]`)) };
  }
  throw new TemplateError(
    path,
    'hier hoort "value", "alphabetical", "natural", { "top": N } of { "fixed": [ … ] }'
  );
}

function parseColumns(value: Json, path: string): ColumnsSpec {
  if (!isObject(value))
    throw new TemplateError(
      path,
      'hier hoort { "kind": "comparison" | "series" | "crosstab" | "measures" }'
    );
  switch (value.kind) {
    case "comparison":
      checkKeys(value, path, ["kind"]);
      return { kind: "comparison" };
    case "series": {
      checkKeys(value, path, ["kind", "of", "count", "delta"]);
      const { of, count } = parseSeries(value, path);
      if (value.delta !== undefined && typeof value.delta !== "boolean")
        throw new TemplateError(`${path}.delta`, "hier hoort true of false");
      return {
        kind: "series",
        of,
        ...(count === undefined ? {} : { count }),
        ...(value.delta === true ? { delta: true } : {}),
      };
    }
    case "measures": {
      checkKeys(value, path, ["kind", "of", "count", "first"]);
      if (value.of === undefined) {
        if (value.count !== undefined)
          throw new TemplateError(`${path}.count`, 'count hoort alleen bij "of": "years"');
        if (value.first !== undefined)
          throw new TemplateError(`${path}.first`, 'first hoort alleen bij "of"');
        return { kind: "measures" };
      }
      const { of, count } = parseSeries(value, path);
      const first = value.first;
      if (first !== undefined && first !== "period" && first !== "measure")
        throw new TemplateError(`${path}.first`, 'hier hoort "period" of "measure"');
      return {
        kind: "measures",
        of,
        ...(count === undefined ? {} : { count }),
        ...(first === "measure" ? { first } : {}),
      };
    }
    case "crosstab": {
      checkKeys(value, path, ["kind", "dimension", "of", "count", "labels", "total"]);
      const dimension = parseDimension(value.dimension, `${path}.dimension`);
      const labels =
        value.labels === undefined ? undefined : parseLabels(value.labels, `${path}.labels`);
      if (value.total !== undefined && typeof value.total !== "boolean")
        throw new TemplateError(`${path}.total`, "hier hoort true of false");
      const extra = {
        ...(labels === undefined ? {} : { labels }),
        ...(value.total === false ? { total: false } : {}),
      };
      if (value.of === undefined) {
        if (value.count !== undefined)
          throw new TemplateError(`${path}.count`, 'count hoort alleen bij "of": "years"');
        return { kind: "crosstab", dimension, ...extra };
      }
      const { of, count } = parseSeries(value, path);
      return {
        kind: "crosstab",
        dimension,
        of,
        ...(count === undefined ? {} : { count }),
        ...extra,
      };
    }
    default:
      throw new TemplateError(
        `${path}.kind`,
        'hier hoort "comparison", "series", "crosstab" of "measures"'
      );
  }
}

/** Labels by key ({ "IT": "Individuele trajecten" }). */
function parseLabels(value: Json, path: string): Record<string, string> {
  if (!isObject(value)) throw new TemplateError(path, 'hier hoort { "sleutel": "label", … }');
  const labels: Record<string, string> = {};
  for (const [key, label] of Object.entries(value)) labels[key] = text(label, `${path}.${key}`);
  return labels;
}

/** The `of` (and for years `count`) of a kind of columns that takes a series of periods. */
function parseSeries(
  value: Record<string, Json>,
  path: string
): { of: "quarters" | "months" | "years"; count: number | undefined } {
  const of = value.of;
  if (of !== "quarters" && of !== "months" && of !== "years")
    throw new TemplateError(`${path}.of`, 'hier hoort "quarters", "months" of "years"');
  if (value.count !== undefined && of !== "years")
    throw new TemplateError(`${path}.count`, 'count hoort alleen bij "years"');
  const count =
    value.count === undefined ? undefined : wholeNumber(value.count, `${path}.count`, 1, 10);
  return { of, count };
}

function parseFilter(value: Json, path: string): CaseFilter[] {
  if (!Array.isArray(value))
    throw new TemplateError(
      path,
      'hier hoort een lijst als [{ "field": "caseType", "values": ["IT"] }]'
    );
  const fields = FILTERABLE_FIELDS;
  return value.map((entry, k) => {
    const at = `${path}[${k}]`;
    if (!isObject(entry)) throw new TemplateError(at, 'hier hoort { "field": …, "values": [ … ] }');
    checkKeys(entry, at, ["field", "values"]);
    const field = text(entry.field, `${at}.field`);
    if (!fields.includes(field))
      throw new TemplateError(
        `${at}.field`,
        `op "${field}" kan niet gefilterd worden; wel op ${list(fields)}`
      );
    if (!Array.isArray(entry.values) || entry.values.length === 0)
      throw new TemplateError(`${at}.values`, "hier hoort een lijst met ten minste één waarde");
    const values = entry.values.map((v, j) => {
      if (typeof v !== "string")
        throw new TemplateError(`${at}.values[${j}]`, "hier hoort een tekst");
      return v;
    });
    return { field: field as CaseFilter["field"], values };
  });
}
