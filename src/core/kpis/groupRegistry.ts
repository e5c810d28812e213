import type { GroupRule, TableBreakdown, TableMeasure } from "../engine/groupRule";
import type { CategoryField } from "../engine/tableRows";
import {
  referenceByCaseType,
  referenceByCloseReason,
  referenceByProduct,
  referenceByReferrer,
  referenceByTeam,
  referenceByWeight,
} from "../measures/reference/groups/categoryGroupReferences";
import {
  referenceByComplexity,
  referenceByDomain,
  referenceZrmGrowth,
} from "../measures/reference/groups/domainGroupReferences";
import { referenceActivities } from "../measures/reference/groups/referenceActivities";
import { referenceByAgeBand } from "../measures/reference/groups/referenceByAgeBand";
import { referenceByMonth } from "../measures/reference/groups/referenceByMonth";
import { referenceByRating } from "../measures/reference/groups/referenceByRating";
import type { ReferenceGroup } from "../measures/reference/groups/referenceGroupTypes";
import { FieldBit } from "../types";
import type { GroupDefinition, GroupMeasure } from "./groupTypes";
import { UnknownGroupError } from "./kpiErrors";
import type { KpiParameter, KpiUnit } from "./kpiRegistry";
import { DEFAULT_AGE_BANDS } from "./resolveAgeBands";

const START = FieldBit.start | FieldBit.startedOn;
const ACTIVE = START | FieldBit.closedOn;

/** A value column of a registered group, with the unit of its values. */
export interface RegisteredGroupMeasure extends GroupMeasure {
  /** What the value is a number of (see {@link KpiUnit}). */
  readonly unit: KpiUnit;
}

/**
 * What a group registry entry declares: its definition plus the metadata every entry has;
 * {@link RegisteredGroupDefinition} is the same with the id narrowed to {@link GroupId}.
 */
export interface RegisteredGroupEntry extends GroupDefinition {
  readonly measures: readonly RegisteredGroupMeasure[];
  /** The options that change the rows (`GroupOptions`), with their defaults. */
  readonly parameters: readonly KpiParameter[];
  /**
   * Dutch: which rows a missing or unusable value leaves out (or puts under "Onbekend"), as
   * the engine does it; shown on the "Toelichting" sheet and in docs/definities.md.
   */
  readonly excludes: string;
  /** The custom function that gives these rows (`TOP`, `ZRMGROEI`, `COLLECTIEF`), without `WELZIJN.`. */
  readonly functionName?: string;
  /** What the rows are and what each column counts, as data the engine evaluates (`evaluateGroup`). */
  readonly rule: GroupRule;
  /**
   * The plain reference computation of the same table over plain records
   * (src/core/measures/reference/groups): the readable definition the rule is tested against.
   */
  readonly reference: ReferenceGroup;
}

/** `topN` applies to value-ordered groups only (arrangeGroupRows); by default every row is shown. */
const TOP_N: KpiParameter = {
  id: "topN",
  label: "Aantal rijen (de rest onder Overig)",
  type: "integer",
  defaultValue: null,
  min: 1,
};
const AGE_BANDS: KpiParameter = {
  id: "ageBands",
  label: "Ondergrenzen van de leeftijdsgroepen",
  type: "integerList",
  defaultValue: DEFAULT_AGE_BANDS,
  min: 0,
};

function countMeasure(id: string, label: string, summable = true): RegisteredGroupMeasure {
  return {
    id,
    label,
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    summable,
    kind: "count",
  };
}

const ACTIVE_MEASURE = countMeasure("active", "Behandeld");
const STARTED_MEASURE = countMeasure("started", "Opgestart");
const CLOSED_MEASURE = countMeasure("closed", "Afgesloten");
const DURATION_MEASURE: RegisteredGroupMeasure = {
  id: "meanDurationClosed",
  label: "Doorlooptijd afgesloten (in dagen)",
  unit: "dagen",
  format: "days",
  polarity: "down",
  deltaKind: "points",
  personCount: false,
  summable: false,
  kind: "mean",
};
const WAIT_MEASURE: RegisteredGroupMeasure = {
  id: "meanWaitDays",
  label: "Gemiddelde wachttijd in dagen",
  unit: "dagen",
  format: "days",
  polarity: "down",
  deltaKind: "points",
  personCount: false,
  summable: false,
  kind: "mean",
};

const DEFAULTS = {
  hasTotal: true,
  totalLabel: "Totaal",
  order: "value",
  filterable: true,
} as const;

const countOf = (cases: "started" | "active" | "closed"): TableMeasure => ({
  on: "cases",
  rule: { select: { cases, inputs: 0 }, aggregate: { kind: "count" } },
});
const STARTED = countOf("started");
const ACTIVE_CASES = countOf("active");
const CLOSED = countOf("closed");
const DURATION_CLOSED: TableMeasure = {
  on: "cases",
  rule: {
    select: { cases: "closed", inputs: 0 },
    aggregate: { kind: "mean", value: "closedDuration" },
  },
};
const WAIT_DAYS: TableMeasure = {
  on: "cases",
  rule: { select: { cases: "intake", inputs: 0 }, aggregate: { kind: "mean", value: "waitDays" } },
};
const byCategory = (field: CategoryField): TableBreakdown => ({ by: "category", field });

/** The registry's entries; `as const` keeps each id's literal type for {@link GroupId}. */
const GROUP_ENTRIES = [
  {
    ...DEFAULTS,
    id: "byCaseType",
    label: "Type trajecten",
    definition:
      "Per soort traject het aantal casussen in behandeling in de periode en de gemiddelde doorlooptijd in dagen van de in de periode afgesloten casussen.",
    functionName: "TOP",
    excludes:
      "Casussen zonder soort traject of met een onbruikbaar soort traject staan in de rij Onbekend. Verder telt wat bij Behandeld en Doorlooptijd afgesloten telt.",
    keyLabel: "Type traject",
    measures: [ACTIVE_MEASURE, DURATION_MEASURE],
    mainMeasure: "active",
    parameters: [TOP_N],
    inputs: ACTIVE | FieldBit.caseType,
    rule: {
      rows: byCategory("caseType"),
      measures: { active: ACTIVE_CASES, meanDurationClosed: DURATION_CLOSED },
    },
    reference: referenceByCaseType,
  },
  {
    ...DEFAULTS,
    id: "byProduct",
    label: "Per product",
    definition:
      "Per product (dienst) het aantal casussen in behandeling in de periode en de gemiddelde doorlooptijd in dagen van de in de periode afgesloten casussen.",
    functionName: "TOP",
    excludes:
      "Casussen zonder product of met een onbruikbaar product staan in de rij Onbekend. Verder telt wat bij Behandeld en Doorlooptijd afgesloten telt.",
    keyLabel: "Product",
    measures: [ACTIVE_MEASURE, DURATION_MEASURE],
    mainMeasure: "active",
    parameters: [TOP_N],
    inputs: ACTIVE | FieldBit.product,
    rule: {
      rows: byCategory("product"),
      measures: { active: ACTIVE_CASES, meanDurationClosed: DURATION_CLOSED },
    },
    reference: referenceByProduct,
  },
  {
    ...DEFAULTS,
    id: "byDomain",
    label: "Hoofddomeinen ZRM",
    definition:
      "Per hoofddomein van de ZRM het aantal casussen in behandeling met dat hoofddomein; een casus telt mee bij elk van zijn " +
      "hoofddomeinen, dus het totaal is het aantal hulpvragen, niet het aantal casussen.",
    functionName: "TOP",
    excludes:
      "Casussen zonder hoofddomein of met een onbruikbare cel bij de hoofddomeinen (zoals een Excel-foutwaarde) staan in geen enkele rij; een onbekende domeinnaam krijgt een eigen rij zoals hij geschreven is (waarschuwing UNKNOWN_DOMAIN). Verder telt wat bij Behandeld telt.",
    keyLabel: "Hoofddomein",
    measures: [ACTIVE_MEASURE],
    mainMeasure: "active",
    parameters: [TOP_N],
    totalLabel: "Totaal hulpvragen",
    inputs: ACTIVE | FieldBit.mainDomains,
    rule: { rows: { by: "mainDomains" }, measures: { active: ACTIVE_CASES } },
    reference: referenceByDomain,
  },
  {
    ...DEFAULTS,
    id: "zrmGrowth",
    label: "ZRM-groei per domein",
    definition:
      "Per hoofddomein de gemiddelde groei (eindscore min beginscore) op de ZRM, over de in de periode afgesloten casussen, " +
      "alleen op hun hoofddomeinen.",
    functionName: "ZRMGROEI",
    excludes:
      "Hoofddomeinen zonder beginscore of eindscore, scores die geen getal zijn of buiten 1–5 liggen, ZRM-rijen van een casusnummer dat niet in de casussen staat of van een domein dat geen hoofddomein van de casus is, een tweede ZRM-rij voor dezelfde casus en hetzelfde domein, en casussen met een onbruikbare einddatum of onbruikbare hoofddomeinen.",
    keyLabel: "Hoofddomein",
    measures: [
      {
        id: "growth",
        label: "Gemiddelde groei",
        unit: "scorepunten",
        format: "decimal",
        polarity: "up",
        deltaKind: "points",
        personCount: false,
        summable: false,
        kind: "mean",
      },
    ],
    mainMeasure: "growth",
    parameters: [TOP_N],
    hasTotal: false,
    inputs: FieldBit.closedOn | FieldBit.mainDomains,
    requires: "zrm",
    rule: {
      rows: { by: "mainDomains" },
      measures: {
        growth: {
          on: "rows",
          rule: {
            over: "zrmPairs",
            select: { cases: "closed", inputs: 0 },
            aggregate: { kind: "mean", value: "zrmGrowth" },
          },
        },
      },
    },
    reference: referenceZrmGrowth,
  },
  {
    ...DEFAULTS,
    id: "byComplexity",
    label: "Complexiteit hulpvraag",
    definition:
      "Casussen in behandeling naar aantal hoofddomeinen: niet complex (1), redelijk complex (2 of 3), complex (4 of meer).",
    functionName: "TOP",
    excludes:
      "Casussen zonder hoofddomein of met een onbruikbare cel bij de hoofddomeinen staan in de rij Onbekend. Verder telt wat bij Behandeld telt.",
    keyLabel: "Complexiteit",
    measures: [ACTIVE_MEASURE],
    mainMeasure: "active",
    parameters: [],
    order: "fixed",
    inputs: ACTIVE | FieldBit.mainDomains,
    rule: { rows: { by: "complexity" }, measures: { active: ACTIVE_CASES } },
    reference: referenceByComplexity,
  },
  {
    ...DEFAULTS,
    id: "byWeight",
    label: "Zwaarte hulpvraag",
    definition:
      "Per zwaarte van de hulpvraag (de inschatting vooraf van het aantal gesprekken, zoals de export die noemt) het aantal casussen in behandeling in de periode.",
    functionName: "TOP",
    excludes:
      "Casussen zonder zwaarte of met een onbruikbare zwaarte staan in de rij Onbekend. Verder telt wat bij Behandeld telt.",
    keyLabel: "Zwaarte",
    measures: [ACTIVE_MEASURE],
    mainMeasure: "active",
    parameters: [TOP_N],
    inputs: ACTIVE | FieldBit.weight,
    rule: { rows: byCategory("weight"), measures: { active: ACTIVE_CASES } },
    reference: referenceByWeight,
  },
  {
    ...DEFAULTS,
    id: "byCloseReason",
    label: "Afsluitredenen",
    definition: "Per afsluitreden het aantal in de periode afgesloten casussen.",
    functionName: "TOP",
    excludes:
      "Afgesloten casussen zonder afsluitreden of met een onbruikbare afsluitreden staan in de rij Onbekend; casussen met een onbruikbare einddatum tellen niet mee.",
    keyLabel: "Afsluitreden",
    measures: [CLOSED_MEASURE],
    mainMeasure: "closed",
    parameters: [TOP_N],
    inputs: FieldBit.closedOn | FieldBit.closeReason,
    rule: { rows: byCategory("closeReason"), measures: { closed: CLOSED } },
    reference: referenceByCloseReason,
  },
  {
    ...DEFAULTS,
    id: "byRating",
    label: "Klantoordeel",
    definition:
      "Per rapportcijfer (1 tot en met 10) het aantal in de periode afgesloten casussen met dat cijfer.",
    functionName: "TOP",
    excludes:
      "Afgesloten casussen zonder cijfer of met een cijfer dat geen getal is of buiten 1–10 ligt, en casussen met een onbruikbare einddatum: daarom is het totaal niet het aantal afgesloten casussen. Een cijfer met decimalen telt bij het afgeronde cijfer (7,5 wordt 8).",
    keyLabel: "Cijfer",
    // Not every closed case has a rating: this total is not "Afgesloten" (Afsluitredenen's Totaal).
    totalLabel: "Totaal met een cijfer",
    measures: [CLOSED_MEASURE],
    mainMeasure: "closed",
    parameters: [],
    order: "fixed",
    inputs: FieldBit.closedOn | FieldBit.rating,
    rule: { rows: { by: "ratingClass" }, measures: { closed: CLOSED } },
    reference: referenceByRating,
  },
  {
    ...DEFAULTS,
    id: "byReferrer",
    label: "Verwijzers",
    definition: "Per verwijzer het aantal in de periode opgestarte casussen.",
    functionName: "TOP",
    excludes:
      "Opgestarte casussen zonder verwijzer of met een onbruikbare verwijzer staan in de rij Onbekend; casussen zonder bruikbare start tellen niet mee.",
    keyLabel: "Verwijzer",
    measures: [STARTED_MEASURE],
    mainMeasure: "started",
    parameters: [TOP_N],
    inputs: START | FieldBit.referrer,
    rule: { rows: byCategory("referrer"), measures: { started: STARTED } },
    reference: referenceByReferrer,
  },
  {
    ...DEFAULTS,
    id: "byAgeBand",
    label: "Leeftijd",
    definition:
      "Casussen in behandeling per leeftijdsgroep, naar de leeftijd bij de start van de casus (uit de geboortedatum, anders de leeftijd).",
    functionName: "TOP",
    excludes:
      "De leeftijd komt uit de geboortedatum, anders uit de kolom Leeftijd; een casus zonder bruikbare waarde in beide, of met een leeftijd onder de eerste ondergrens, staat in de rij Onbekend. Verder telt wat bij Behandeld telt.",
    keyLabel: "Leeftijd",
    measures: [ACTIVE_MEASURE],
    mainMeasure: "active",
    parameters: [AGE_BANDS],
    order: "fixed",
    inputs: ACTIVE,
    anyOf: ["birthDate", "age"],
    rule: { rows: { by: "ageBand" }, measures: { active: ACTIVE_CASES } },
    reference: referenceByAgeBand,
  },
  {
    ...DEFAULTS,
    id: "byTeam",
    label: "Per team",
    definition:
      "Per team het aantal opgestarte, behandelde en afgesloten casussen in de periode en de gemiddelde wachttijd in dagen.",
    functionName: "TOP",
    excludes:
      "Casussen zonder team of met een onbruikbaar team staan in de rij Onbekend. Verder telt wat bij Opgestart, Behandeld, Afgesloten en Gemiddelde wachttijd telt.",
    keyLabel: "Team",
    measures: [STARTED_MEASURE, ACTIVE_MEASURE, CLOSED_MEASURE, WAIT_MEASURE],
    mainMeasure: "active",
    parameters: [TOP_N],
    inputs: ACTIVE | FieldBit.team,
    rule: {
      rows: byCategory("team"),
      measures: {
        started: STARTED,
        active: ACTIVE_CASES,
        closed: CLOSED,
        meanWaitDays: WAIT_DAYS,
      },
    },
    reference: referenceByTeam,
  },
  {
    ...DEFAULTS,
    id: "byMonth",
    label: "Per maand",
    definition:
      "Per kalendermaand van de periode het aantal opgestarte, behandelde en afgesloten casussen, vergeleken met dezelfde maand " +
      'een jaar eerder. Het totaal van "Behandeld" is het aantal casussen in behandeling in de hele periode.',
    functionName: "TOP",
    excludes: "Wat bij Opgestart, Behandeld en Afgesloten niet telt, telt per maand ook niet.",
    keyLabel: "Maand",
    measures: [STARTED_MEASURE, countMeasure("active", "Behandeld", false), CLOSED_MEASURE],
    mainMeasure: "started",
    parameters: [],
    order: "fixed",
    inputs: ACTIVE,
    rule: {
      rows: { by: "months" },
      measures: { started: STARTED, active: ACTIVE_CASES, closed: CLOSED },
      totalOverRange: ["active"],
    },
    reference: referenceByMonth,
  },
  {
    ...DEFAULTS,
    id: "activities",
    label: "Collectieve trajecten per categorie",
    definition:
      "Per categorie collectieve activiteiten het aantal trajecten met een bijeenkomst in de periode, het aantal bijeenkomsten " +
      "en het totaal aantal deelnemers (deels niet-unieke deelnemers; n.v.t. als geen bijeenkomst een aantal heeft).",
    functionName: "COLLECTIEF",
    excludes:
      "Bijeenkomsten zonder datum of met een onbruikbare datum (ook een datum na de peildatum of vóór de vroegste datum) tellen niet mee. Een aantal deelnemers dat geen heel getal van 0 of meer is, telt niet mee bij de deelnemers; de bijeenkomst telt dan wel.",
    keyLabel: "Categorie",
    measures: [
      {
        ...countMeasure("trajecten", "Aantal collectieve trajecten", false),
        personCount: false,
        kind: "distinct",
      },
      { ...countMeasure("bijeenkomsten", "Aantal bijeenkomsten"), personCount: false },
      { ...countMeasure("deelnemers", "Aantal deelnemers"), kind: "sumOrNull" },
    ],
    mainMeasure: "trajecten",
    parameters: [TOP_N],
    inputs: 0,
    requires: "activities",
    filterable: false,
    rule: {
      rows: { by: "activityCategory" },
      measures: {
        trajecten: { on: "activities", aggregate: { kind: "distinct", key: "activity" } },
        bijeenkomsten: { on: "activities", aggregate: { kind: "count" } },
        deelnemers: { on: "activities", aggregate: { kind: "sum", value: "participants" } },
      },
    },
    reference: referenceActivities,
  },
] as const satisfies readonly RegisteredGroupEntry[];

/**
 * The id of a grouped KPI of the registry: a typo is a compile error. Text from outside
 * becomes one through {@link isGroupId}.
 *
 * @example
 * const id: GroupId = 'byDomain';
 */
export type GroupId = (typeof GROUP_ENTRIES)[number]["id"];

/** A registered grouped KPI: its definition plus the metadata every registry entry declares. */
export interface RegisteredGroupDefinition extends RegisteredGroupEntry {
  readonly id: GroupId;
}

/**
 * Every grouped KPI of SPEC §4. Rows are sorted by the current period's main measure
 * (descending, then by label) unless `order` is 'fixed'; cases with no value for the
 * grouping field form an "Onbekend" row, listed last, so that a Totaal equals the scalar KPI.
 *
 * @example
 * GROUP_REGISTRY.map((group) => group.id) // ['byCaseType', 'byProduct', 'byDomain', ...]
 */
export const GROUP_REGISTRY: readonly RegisteredGroupDefinition[] = Object.freeze(GROUP_ENTRIES);

const byId: ReadonlyMap<string, RegisteredGroupDefinition> = new Map<
  string,
  RegisteredGroupDefinition
>(GROUP_REGISTRY.map((group) => [group.id, group]));

/**
 * Whether a text is the id of a grouped KPI of the registry.
 *
 * @param text - Any text, e.g. from a template.
 * @returns True for a registered id (case-sensitive).
 * @example
 * isGroupId('byDomain') // true
 */
export function isGroupId(text: string): text is GroupId {
  return byId.has(text);
}

/**
 * Looks up a grouped KPI by id.
 *
 * @param id - The group id (e.g. 'byDomain').
 * @returns The definition.
 * @throws {@link UnknownGroupError} for an unknown id.
 * @example
 * getGroup('byDomain').keyLabel // 'Hoofddomein'
 */
export function getGroup(id: GroupId): RegisteredGroupDefinition {
  const group = byId.get(id);
  if (group === undefined) throw new UnknownGroupError(id, [...byId.keys()]);
  return group;
}
