// Runners of the functions over the optional tables' grouped KPIs: ZRMGROEI (zrmGrowth, over the
// ZRM table) and COLLECTIEF (activities, over the activities table). Both ask the engine's
// group registry (computeGroup); the function layer only picks rows and cells.
import {
  computeGroup,
  getGroup,
  matchDomain,
  missingFieldNames,
  normalizeKey,
  NOT_APPLICABLE_TEXT,
} from "../core";
import type { GroupComparisonRow, GroupDefinition, GroupMeasure } from "../core";
import { FunctionInputError } from "./functionError";
import { loadFunctionData, type FunctionTables } from "./loadFunctionData";
import { resolveMeasure } from "./measureNames";
import { readPeriod } from "./readArguments";
import { readFilters } from "./readFilters";
import type { SpilledTable } from "./runTableFunctions";
import { isEmptyCell, normalizeCell } from "./tableSnapshot";

/** Text for a missing value in a spilled table (SPEC §6). */
const MISSING = "–";

/** The arguments of a ZRMGROEI call. */
export interface ZrmGrowthCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly domain?: unknown;
  readonly filters?: unknown;
}

/**
 * WELZIJN.ZRMGROEI: the mean ZRM growth (end score − begin score) per main domain over the cases
 * closed in the period, on their main domains only (group zrmGrowth of SPEC §4). With a domain,
 * that domain's growth as one cell; without, a two-column table (domain, growth) ordered by
 * growth, largest first.
 *
 * @param call - The arguments.
 * @returns The spilled table (one cell for one domain).
 * @throws {@link FunctionInputError} (#VALUE!) for an unknown domain or a missing column,
 *   (#N/A) when no closed case has scores on the domain (or on any domain).
 * @example
 * runZrmGrowthFunction({ tables: { cases, zrm }, period: '2024', domain: 'Financiën' }) // [[1.5]]
 */
export function runZrmGrowthFunction(call: ZrmGrowthCall): SpilledTable {
  const period = readPeriod(call.period);
  const { dataset, engine, cases } = loadFunctionData(call.tables);
  const filters = readFilters(call.filters, cases.mapping);
  const group = getGroup("zrmGrowth");
  const comparison = computeGroup(engine, group.id, period, filters.length > 0 ? { filters } : {});
  const missing = missingFieldNames(dataset, group.inputs);
  if (missing.length > 0) throw unavailable(group, missing);
  const rows = comparison.rows.filter(
    (row) => row.kind === "group" && (row.currentN.growth ?? 0) > 0
  );
  const domainCell = scalarCell(call.domain);
  if (domainCell === null) {
    if (rows.length === 0) throw noValue(`ZRM-groei in ${period.label}`);
    return rows.map((row) => [row.label, row.current.growth ?? MISSING]);
  }
  const domain = matchDomain(domainCell).name;
  const row = rows.find((r) => normalizeKey(r.label) === normalizeKey(domain));
  if (row !== undefined) return [[row.current.growth ?? MISSING]];
  const known =
    matchDomain(domainCell).known ||
    comparison.rows.some((r) => normalizeKey(r.label) === normalizeKey(domain));
  if (!known) {
    throw new FunctionInputError(
      `Onbekend domein "${domainCell.trim()}". Geef een ZRM-domein, bijvoorbeeld "Financiën" of "Huisvesting".`
    );
  }
  throw noValue(`ZRM-groei op ${domain} in ${period.label}`);
}

/** The arguments of a COLLECTIEF call. */
export interface ActivitiesCall {
  readonly tables: FunctionTables;
  readonly period: unknown;
  readonly category?: unknown;
  readonly measure?: unknown;
}

/**
 * WELZIJN.COLLECTIEF: the collective activities per category in the period (group activities
 * of SPEC §4): trajecten (distinct activities with a meeting), bijeenkomsten (meetings) and
 * deelnemers (participants summed; "n.v.t." when no meeting has a number). With a category,
 * one cell: that category's value of the measure (default trajecten), "Totaal" for all. Without,
 * a table with a header row: Categorie and the measure (or all three), one row per category
 * (largest number of trajecten first) and a Totaal row.
 *
 * @param call - The arguments.
 * @returns The spilled table (one cell for one category).
 * @throws {@link FunctionInputError} for an unknown category or measure, a missing column;
 *   (#N/A) when there are no meetings in the period.
 * @example
 * runActivitiesFunction({ tables: { activities }, period: 't/m Q3 2024', category: 'Sport', measure: 'bijeenkomsten' }) // [[3]]
 */
export function runActivitiesFunction(call: ActivitiesCall): SpilledTable {
  const period = readPeriod(call.period);
  const { dataset, engine } = loadFunctionData({ activities: call.tables.activities });
  const group = getGroup("activities");
  const measureGiven = scalarCell(call.measure) !== null;
  const measure = resolveMeasure(group, call.measure);
  const comparison = computeGroup(engine, group.id, period);
  const categoryCell = scalarCell(call.category);
  const groups = comparison.rows.filter(
    (row) => row.kind === "group" && (row.currentN.bijeenkomsten ?? 0) > 0
  );
  const total = comparison.rows.find((row) => row.kind === "total");
  if (categoryCell !== null) {
    const key = normalizeKey(categoryCell);
    if (key === normalizeKey(total?.label ?? "Totaal") && total !== undefined)
      return [[cellOf(total, measure)]];
    const row = groups.find((r) => normalizeKey(r.label) === key);
    if (row !== undefined) return [[cellOf(row, measure)]];
    const labels = dataset.activities?.category.labels ?? [];
    if (labels.some((label) => normalizeKey(label) === key)) return [[zeroOf(measure)]];
    throw new FunctionInputError(
      `Onbekende categorie "${categoryCell.trim()}": die komt in de activiteitentabel niet voor. ` +
        `Kies uit: ${labels.join(", ")}, of "Totaal".`
    );
  }
  if (groups.length === 0) throw noValue(`bijeenkomsten in ${period.label}`);
  const measures = measureGiven ? [measure] : group.measures;
  const body = [...groups, ...(total === undefined ? [] : [total])].map((row) => [
    row.label,
    ...measures.map((m) => cellOf(row, m)),
  ]);
  return [[group.keyLabel, ...measures.map((m) => m.label)], ...body];
}

/** One cell of a group row: its value, "n.v.t." for participants nobody counted, "–" otherwise. */
function cellOf(row: GroupComparisonRow, measure: GroupMeasure): string | number {
  const value = row.current[measure.id];
  if (value !== null && value !== undefined) return value;
  return measure.kind === "sumOrNull" ? NOT_APPLICABLE_TEXT : MISSING;
}

/** The value of a category without meetings in the period: 0, or "n.v.t." for participants. */
function zeroOf(measure: GroupMeasure): string | number {
  return measure.kind === "sumOrNull" ? NOT_APPLICABLE_TEXT : 0;
}

function unavailable(group: GroupDefinition, missing: readonly string[]): FunctionInputError {
  return new FunctionInputError(
    `${group.label} kan niet berekend worden: de casustabel mist ` +
      `${missing.length > 1 ? "de kolommen" : "de kolom"} ${missing.join(", ")}.`
  );
}

function noValue(what: string): FunctionInputError {
  return new FunctionInputError(
    `Geen ${what}: er zijn geen gegevens die meetellen (n = 0).`,
    "#N/A"
  );
}

/** A scalar text argument, or null when empty. */
function scalarCell(value: unknown): string | null {
  const cell = Array.isArray(value) ? (value as unknown[]).flat(2)[0] : value;
  if (isEmptyCell(cell ?? null)) return null;
  return String(normalizeCell(cell));
}
