// The Dutch names a user types for a measure of a grouped KPI (the maat argument of TOP,
// COLLECTIEF): "doorlooptijd" for soort traject, "wachttijd" for team, "bijeenkomsten", …
import { normalizeKey } from "../core";
import type { GroupDefinition, GroupMeasure } from "../core";
import { FunctionInputError } from "./functionError";
import { isEmptyCell, normalizeCell } from "./tableSnapshot";

/**
 * Names per measure id (compared after `normalizeKey`). The first name is the one messages and
 * the documentation list; the measure's own id and Dutch label count too.
 */
const MEASURE_NAMES: Readonly<Record<string, readonly string[]>> = {
  active: ["behandeld", "in behandeling"],
  started: ["opgestart", "gestart"],
  closed: ["afgesloten"],
  meanDurationClosed: ["doorlooptijd", "doorlooptijd afgesloten"],
  meanWaitDays: ["wachttijd", "gemiddelde wachttijd"],
  growth: ["groei", "gemiddelde groei"],
  trajecten: ["trajecten", "collectieve trajecten"],
  bijeenkomsten: ["bijeenkomsten"],
  deelnemers: ["deelnemers"],
};

/**
 * The first Dutch name of a measure, as a user types it.
 *
 * @param measure - A measure of a group definition.
 * @returns The name ("doorlooptijd").
 * @example
 * measureName(getGroup('byTeam').measures[3]) // 'wachttijd'
 */
export function measureName(measure: GroupMeasure): string {
  return MEASURE_NAMES[measure.id]?.[0] ?? measure.label.toLowerCase();
}

/**
 * The measure of a grouped KPI a user names, or its main measure when the argument is empty.
 *
 * @param group - The group definition.
 * @param name - The argument as Excel passed it.
 * @returns The measure.
 * @throws {@link FunctionInputError} for a name that is not one of the group's measures, listing them.
 * @example
 * resolveMeasure(getGroup('byCaseType'), 'Doorlooptijd').id // 'meanDurationClosed'
 */
export function resolveMeasure(group: GroupDefinition, name: unknown): GroupMeasure {
  const cell = Array.isArray(name) ? (name as unknown[]).flat(2)[0] : name;
  const main = group.measures.find((measure) => measure.id === group.mainMeasure);
  if (isEmptyCell(cell ?? null)) {
    if (main === undefined) throw new Error(`Groep ${group.id} heeft geen hoofdmaat.`);
    return main;
  }
  const key = normalizeKey(String(normalizeCell(cell)));
  const found = group.measures.find((measure) =>
    [measure.id, measure.label, ...(MEASURE_NAMES[measure.id] ?? [])].some(
      (candidate) => normalizeKey(candidate) === key
    )
  );
  if (found === undefined) {
    throw new FunctionInputError(
      `Onbekende maat "${String(normalizeCell(cell)).trim()}" bij ${group.keyLabel.toLowerCase()}. ` +
        `Kies uit: ${group.measures.map(measureName).join(", ")}.`
    );
  }
  return found;
}
