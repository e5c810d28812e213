import { GROUP_REGISTRY, type RegisteredGroupDefinition } from "../kpis/groupRegistry";
import {
  KPI_REGISTRY,
  type KpiDefinition,
  type KpiParameter,
  type KpiUnit,
} from "../kpis/kpiRegistry";

/** A parameter of a definition entry as the documents show it: Dutch label and default. */
export interface DefinitionParameter {
  readonly label: string;
  /** The default in words ("6 maanden", "ja", "alle rijen"). */
  readonly defaultText: string;
}

/**
 * One KPI or grouped KPI as the "Toelichting" sheet and docs/definities.md describe it: every
 * text comes from the registries (`KPI_REGISTRY`, `GROUP_REGISTRY`).
 */
export interface DefinitionEntry {
  /** The registry id ('meanWaitDays', 'byDomain'). */
  readonly id: string;
  readonly kind: "kpi" | "group";
  /** Dutch label (the KPI's row label, or the group's table title). */
  readonly label: string;
  /** Dutch definition. */
  readonly definition: string;
  /** Dutch: what the value is a number of; per column for a group with several. */
  readonly unit: string;
  /** The options that change the value, with their defaults; empty for most. */
  readonly parameters: readonly DefinitionParameter[];
  /** Dutch: which rows a missing or unusable value leaves out. */
  readonly excludes: string;
  /** Dutch: what publication mode (small numbers) does with the value. */
  readonly smallNumbers: string;
  /** The worksheet function, with its namespace ('WELZIJN.WACHTTIJD'), when there is one. */
  readonly functionName?: string;
}

/** What each unit means, in Dutch. */
export const UNIT_TEXTS: Readonly<Record<KpiUnit, string>> = Object.freeze({
  aantal: "aantal",
  dagen: "dagen (hele kalenderdagen tussen twee datums; een gemiddelde kan decimalen hebben)",
  fractie: "percentage (in de JSON-uitvoer en de functies een fractie van 0 tot 1)",
  cijfer: "rapportcijfer (1–10)",
  zrmscore: "ZRM-score (1 tot en met 5; een gemiddelde kan decimalen hebben)",
  scorepunten: "ZRM-scorepunten (verschil tussen twee scores van 1 tot en met 5)",
  contactmomenten: "contactmomenten per casus (een gemiddelde kan decimalen hebben)",
  wachtenden: "wachtende casussen (een gemiddelde over de maanden kan decimalen hebben)",
});

/** The values of a choice parameter, in Dutch. */
const CHOICE_TEXTS: Readonly<Record<string, string>> = {
  startedOn: "startdatum (of de aanmelddatum als de startdatum leeg is)",
  registeredOn: "aanmelddatum",
};

const SMALL_COUNT =
  "in publicatiemodus afgeschermd als het minder personen zijn dan de drempel (standaard 5)";
const SMALL_MEAN =
  "in publicatiemodus verborgen als het over minder casussen gaat dan de drempel (standaard 5)";
const SMALL_VISIBLE = "blijft zichtbaar in publicatiemodus (geen aantal personen)";

/**
 * The default of a parameter in Dutch words.
 *
 * @param parameter - a parameter of the registry
 * @returns the default as text
 * @example
 * parameterDefaultText(getKpi('recidive').parameters[0]) // '6 maanden'
 */
export function parameterDefaultText(parameter: KpiParameter): string {
  const value = parameter.defaultValue;
  if (value === null) return "alle rijen";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "number")
    return parameter.id === "minGapMonths"
      ? `${value} ${value === 1 ? "maand" : "maanden"}`
      : String(value);
  if (typeof value === "string") {
    const others = (parameter.choices ?? []).filter((c) => c !== value);
    const shown = CHOICE_TEXTS[value] ?? value;
    return others.length === 0
      ? shown
      : `${shown}; of: ${others.map((c) => CHOICE_TEXTS[c] ?? c).join(", ")}`;
  }
  // A list of lower bounds: the bands they make.
  return value
    .map((low, i) => {
      const next = value[i + 1];
      return next === undefined ? `${low}+` : `${low}–${next - 1}`;
    })
    .join(", ");
}

function parametersOf(parameters: readonly KpiParameter[]): DefinitionParameter[] {
  return parameters.map((p) => ({ label: p.label, defaultText: parameterDefaultText(p) }));
}

function smallNumbersOf(measure: {
  readonly personCount: boolean;
  readonly deltaKind: "absolute" | "points";
}): string {
  if (measure.deltaKind === "points") return SMALL_MEAN;
  return measure.personCount ? SMALL_COUNT : SMALL_VISIBLE;
}

/**
 * The definition entry of one scalar KPI.
 *
 * @param kpi - a KPI of the registry
 * @returns its entry
 * @example
 * kpiDefinitionEntry(getKpi('meanWaitDays')).functionName // 'WELZIJN.WACHTTIJD'
 */
export function kpiDefinitionEntry(kpi: KpiDefinition): DefinitionEntry {
  return {
    id: kpi.id,
    kind: "kpi",
    label: kpi.label,
    definition: kpi.definition,
    unit: UNIT_TEXTS[kpi.unit],
    parameters: parametersOf(kpi.parameters),
    excludes: kpi.excludes,
    smallNumbers: smallNumbersOf(kpi),
    functionName: `WELZIJN.${kpi.functionName}`,
  };
}

/**
 * The definition entry of one grouped KPI: a unit and a small-numbers rule per column when
 * its columns differ ("Behandeld: aantal; Doorlooptijd afgesloten (in dagen): dagen …").
 *
 * @param group - a group of the registry
 * @returns its entry
 * @example
 * groupDefinitionEntry(getGroup('byDomain')).unit // 'aantal'
 */
export function groupDefinitionEntry(group: RegisteredGroupDefinition): DefinitionEntry {
  const perMeasure = (text: (m: RegisteredGroupDefinition["measures"][number]) => string) => {
    // Columns with the same text share one line: "Opgestart, Behandeld: aantal; …".
    const labels = new Map<string, string[]>();
    for (const measure of group.measures) {
      const key = text(measure);
      labels.set(key, [...(labels.get(key) ?? []), measure.label]);
    }
    if (labels.size === 1) return [...labels.keys()][0] ?? "";
    return [...labels].map(([key, names]) => `${names.join(", ")}: ${key}`).join("; ");
  };
  return {
    id: group.id,
    kind: "group",
    label: group.label,
    definition: group.definition,
    unit: perMeasure((m) => UNIT_TEXTS[m.unit]),
    parameters: parametersOf(group.parameters),
    excludes: group.excludes,
    smallNumbers: perMeasure(smallNumbersOf),
    ...(group.functionName === undefined ? {} : { functionName: `WELZIJN.${group.functionName}` }),
  };
}

/**
 * Every KPI and grouped KPI of the registries as a definition entry, in registry order: the
 * one source of the "Toelichting" sheet's texts and of docs/definities.md.
 *
 * @returns the scalar KPIs' entries, then the groups'
 * @example
 * definitionEntries().find((e) => e.id === 'meanWaitDays')?.excludes
 * // 'Casussen zonder intakedatum of zonder aanmelddatum, …'
 */
export function definitionEntries(): DefinitionEntry[] {
  return [...KPI_REGISTRY.map(kpiDefinitionEntry), ...GROUP_REGISTRY.map(groupDefinitionEntry)];
}
