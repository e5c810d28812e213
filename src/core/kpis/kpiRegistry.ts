import type { MeasureRule } from "../engine/measureRule";
import {
  referenceCollectiveTrajects,
  referenceMeetings,
  referenceParticipants,
} from "../measures/reference/activityKpis";
import {
  referenceActive,
  referenceClosed,
  referenceComplaints,
  referenceHelpQuestions,
  referenceInfoAdvice,
  referenceOpenAtEnd,
  referenceRegistrations,
  referenceStarted,
  referenceUniqueClients,
} from "../measures/reference/countKpis";
import {
  referenceMeanContacts,
  referenceMeanDurationActive,
  referenceMeanDurationClosed,
  referenceMeanRating,
  referenceMeanWaitDays,
} from "../measures/reference/meanKpis";
import {
  referenceCanContinueAlonePct,
  referenceGoalReachedPct,
  referenceInsufficientRatingPct,
  referenceOverFiveContactsPct,
  referenceSelfReferralPct,
  referenceWithoutReferralPct,
} from "../measures/reference/rateKpis";
import {
  referenceNewClientPct,
  referenceRecidive,
  referenceRecidivePct,
  referenceRecidivists,
  referenceRecidiveAnyDomain,
  referenceRecidivistsAnyDomain,
  referenceRecidiveNewQuestions,
  referenceRecidiveSameQuestion,
  referenceRecidiveSeveralEarlier,
} from "../measures/reference/recidiveKpis";
import type { ReferenceKpi } from "../measures/reference/referenceOptions";
import { referenceWaitingAtEnd, referenceWaitingList } from "../measures/reference/waitingListKpis";
import { referenceZrmMeanEndScore, referenceZrmMeanGrowth } from "../measures/reference/zrmKpis";
import { DEFAULT_RECIDIVE_OPTIONS } from "../recidive/recidiveOptions";
import { FieldBit, type Polarity, type ValueFormat } from "../types";
import { UnknownKpiError } from "./kpiErrors";

/**
 * What a KPI's value is a number of, in Dutch: `aantal` (cases, clients, rows), `dagen`
 * (whole calendar days), `fractie` (a share between 0 and 1, shown as a percentage),
 * `cijfer` (a 1–10 rating), `zrmscore` (a ZRM score of 1–5, a mean end score),
 * `scorepunten` (a difference of ZRM scores), `contactmomenten`
 * (contact moments with a client, a mean per case), `wachtenden` (cases waiting, a mean over
 * the months). The unit says what a value is, the {@link ValueFormat} how it is shown: a mean
 * number of contact moments and a ZRM growth are both shown with one decimal, but are not the
 * same kind of number.
 */
export type KpiUnit =
  | "aantal"
  | "dagen"
  | "fractie"
  | "cijfer"
  | "zrmscore"
  | "scorepunten"
  | "contactmomenten"
  | "wachtenden";

/**
 * A parameter a KPI takes besides the period and the filters, with its default: the recidive
 * options of SPEC §5, a group's top N, the age bands.
 */
export interface KpiParameter {
  /** The option's name in `KpiOptions.recidive` or `GroupOptions`. */
  readonly id: "minGapMonths" | "sameDomain" | "startField" | "topN" | "ageBands";
  /** Dutch label for the task pane and the "Toelichting" sheet. */
  readonly label: string;
  readonly type: "integer" | "boolean" | "choice" | "integerList";
  /** The value when the option is not given; null for "none" (no top N). */
  readonly defaultValue: number | boolean | string | readonly number[] | null;
  /** Smallest allowed value of an integer. */
  readonly min?: number;
  /** The allowed values of a choice. */
  readonly choices?: readonly string[];
}

/** The recidive options of SPEC §5, with the defaults the engine uses. */
const MIN_GAP_MONTHS: KpiParameter = {
  id: "minGapMonths",
  label: "Minimale tussenpoos in maanden",
  type: "integer",
  defaultValue: DEFAULT_RECIDIVE_OPTIONS.minGapMonths,
  min: 0,
};
const SAME_DOMAIN: KpiParameter = {
  id: "sameDomain",
  label: "Alleen bij een gedeeld hoofddomein",
  type: "boolean",
  defaultValue: DEFAULT_RECIDIVE_OPTIONS.sameDomain,
};
const START_FIELD: KpiParameter = {
  id: "startField",
  label: "Datum die als start telt",
  type: "choice",
  defaultValue: DEFAULT_RECIDIVE_OPTIONS.startField,
  choices: ["startedOn", "registeredOn"],
};
const RECIDIVE_PARAMETERS: readonly KpiParameter[] = [MIN_GAP_MONTHS, SAME_DOMAIN, START_FIELD];
/** The worksheet arguments of the recidive functions: minMaanden, zelfdeDomein, startveld. */
const RECIDIVE_ARGUMENTS = RECIDIVE_PARAMETERS.map((parameter) => parameter.id);
/**
 * The options of the recidive breakdown's KPIs (steps 2–4, split): they do not read
 * `sameDomain`, so neither take it; their worksheet arguments are minMaanden and startveld.
 */
const RETURNING_PARAMETERS: readonly KpiParameter[] = [MIN_GAP_MONTHS, START_FIELD];
const RETURNING_ARGUMENTS = RETURNING_PARAMETERS.map((parameter) => parameter.id);

/**
 * The value format each unit is shown in: a format says how a value is shown, the unit what it
 * is. Several units can share a format (`decimal`: one decimal).
 *
 * @example
 * FORMAT_OF_UNIT.fractie // 'percent'
 */
export const FORMAT_OF_UNIT: Readonly<Record<KpiUnit, ValueFormat>> = Object.freeze({
  aantal: "count",
  dagen: "days",
  fractie: "percent",
  cijfer: "score",
  zrmscore: "decimal",
  scorepunten: "decimal",
  contactmomenten: "decimal",
  wachtenden: "decimal",
});

/**
 * The worksheet function of a KPI (SPEC §7, docs/functies.md): its help text in Dutch and
 * English. The build generates the function from this (scripts/generate-functions.js writes
 * src/functions/generated/); the English name is the KPI id in capitals (`MEANWAITDAYS`).
 */
export interface KpiFunctionHelp {
  /** Dutch description in Excel's function help: a sentence starting with a verb ("Telt …"). */
  readonly description: string;
  /** Dutch: what the function returns (the wrapper's `@returns`). */
  readonly returns: string;
  /** The same description in English, for Excel in en-US. */
  readonly englishDescription: string;
  /**
   * The KPI parameters the function takes as optional arguments after the period, in order
   * (default none): `minGapMonths` is `minMaanden`, `sameDomain` `zelfdeDomein`, `startField`
   * `startveld`.
   */
  readonly arguments?: readonly KpiParameter["id"][];
}

/**
 * What a registry entry declares; {@link KpiDefinition} is the same with the id narrowed to
 * {@link KpiId}.
 */
export interface KpiEntry {
  /** Machine name (JSON, custom functions). */
  readonly id: string;
  /** Dutch label as the report shows it (SPEC §4). */
  readonly label: string;
  /** Dutch one-sentence definition for the report's "Toelichting" sheet. */
  readonly definition: string;
  /**
   * Dutch: which cases (or rows) a missing or unusable value leaves out, as the engine does it
   * (unusable values are listed on the "Controle" sheet); shown on the "Toelichting" sheet and
   * in docs/definities.md.
   */
  readonly excludes: string;
  /** The custom function's name without `WELZIJN.` (SPEC §7): `WACHTTIJD`. */
  readonly functionName: string;
  /** The custom function's help and optional arguments. */
  readonly functionHelp: KpiFunctionHelp;
  /** What the value is a number of. */
  readonly unit: KpiUnit;
  readonly format: ValueFormat;
  readonly polarity: Polarity;
  /** The options that change the value, with their defaults; empty for most KPIs. */
  readonly parameters: readonly KpiParameter[];
  /** 'points' for rates and means (Δ in %-punt or days, no Δ%), 'absolute' for counts. */
  readonly deltaKind: "absolute" | "points";
  /** Whether the value counts persons (cases or clients) and falls under small-number suppression. */
  readonly personCount: boolean;
  /**
   * {@link FieldBit}s the KPI reads: they must be mapped (the `start` bit: startedOn or
   * registeredOn) or the KPI is null, and a case with one of them invalid is left out.
   */
  readonly inputs: number;
  /**
   * {@link FieldBit}s that must be mapped besides `inputs` but do not leave a case out when
   * invalid: recidive reads closedOn of the client's earlier cases, not of the case counted.
   */
  readonly alsoMapped?: number;
  /** An optional table the KPI needs; without it the KPI is null. */
  readonly requires?: "zrm" | "activities" | "complaints";
  /** Whether the recidive options change the value. */
  readonly usesRecidiveOptions?: boolean;
  /** False when case filters cannot apply (the KPI is then null under a filter). */
  readonly filterable: boolean;
  /**
   * What the KPI counts, as data the engine evaluates (`evaluateMeasure`): which cases (or
   * rows of another table) it takes relative to the period, and the aggregate.
   */
  readonly rule: MeasureRule;
  /**
   * The plain reference computation of the same KPI over plain records
   * (src/core/measures/reference): the readable definition the rule is tested against.
   */
  readonly reference: ReferenceKpi;
}

const START = FieldBit.start | FieldBit.startedOn;
const ACTIVE = START | FieldBit.closedOn;
/** The dates of the waiting list: the start date itself, not the registration in its place. */
const WAITING = FieldBit.registeredOn | FieldBit.startedOn | FieldBit.closedOn;
/** closedOn is needed too, but of the earlier cases: it is in `alsoMapped`, not per row. */
const RECIDIVE = START | FieldBit.clientId | FieldBit.mainDomains;

/** The registry's entries; `as const` keeps each id's literal type for {@link KpiId}. */
const KPI_ENTRIES = [
  {
    id: "registrations",
    label: "Aantal aanmeldingen",
    definition: "Het aantal casussen met een aanmelddatum in de periode.",
    functionName: "AANMELDINGEN",
    functionHelp: {
      description: "Telt de aanmeldingen: casussen met een aanmelddatum in de periode.",
      returns: "Het aantal aanmeldingen.",
      englishDescription: "Counts the registrations: cases with a registration date in the period.",
    },
    excludes: "Casussen zonder aanmelddatum of met een onbruikbare aanmelddatum.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.registeredOn,
    filterable: true,
    rule: { select: { cases: "registered", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceRegistrations,
  },
  {
    id: "infoAdvice",
    label: "Aantal informatie en advies (opgestart of direct opgelost)",
    definition:
      "Het aantal casussen van het type informatie en advies (IA) met een start in de periode, plus de direct opgeloste " +
      "casussen met een aanmelddatum in de periode; een casus telt één keer.",
    functionName: "INFOADVIES",
    functionHelp: {
      description:
        'Telt informatie en advies (opgestart of direct opgelost): casussen van het type IA met een start in de periode, plus direct opgeloste aanmeldingen in de periode. Niet de IA-casussen in behandeling: die telt BEHANDELD met het filter "soort traject"; "IA".',
      returns: "Het aantal casussen informatie en advies, opgestart of direct opgelost.",
      englishDescription:
        "Counts information and advice: cases of type IA starting in the period, plus registrations resolved directly.",
    },
    excludes:
      "Bij het deel informatie en advies: casussen zonder bruikbare start, en casussen met een onbruikbaar soort traject (die tellen niet als informatie en advies). Bij het deel direct opgelost: casussen zonder bruikbare aanmelddatum, en een onbruikbare waarde bij direct opgelost (die telt niet als ja). Zonder kolom Direct opgelost telt alleen het eerste deel.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.caseType | START,
    filterable: true,
    rule: {
      select: [
        { cases: "started", where: "informationAdvice", inputs: 0 },
        { cases: "registered", where: "resolvedDirectly", inputs: 0 },
      ],
      aggregate: { kind: "count" },
    },
    reference: referenceInfoAdvice,
  },
  {
    id: "meanWaitDays",
    label: "Gemiddelde wachttijd in dagen",
    definition:
      "Het gemiddelde aantal dagen tussen aanmelding en intake, over de casussen met een intake in de periode.",
    functionName: "WACHTTIJD",
    functionHelp: {
      description:
        "Berekent de gemiddelde wachttijd in dagen tussen aanmelding en intake, over de casussen met een intake in de periode.",
      returns: "De gemiddelde wachttijd in dagen.",
      englishDescription:
        "Calculates the mean waiting time in days from registration to intake, over the cases with an intake in the period.",
    },
    excludes:
      "Casussen zonder intakedatum of zonder aanmelddatum, casussen met een onbruikbare intake- of aanmelddatum, en casussen met een intakedatum vóór de aanmelddatum: die intakedatum telt als onbruikbaar (melding INTAKE_BEFORE_REGISTRATION).",
    unit: "dagen",
    format: "days",
    polarity: "down",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.intakeOn | FieldBit.registeredOn,
    filterable: true,
    rule: {
      select: { cases: "intake", inputs: 0 },
      aggregate: { kind: "mean", value: "waitDays" },
    },
    reference: referenceMeanWaitDays,
  },
  {
    id: "started",
    label: "Opgestart",
    definition:
      "Het aantal casussen met een startdatum (of, zonder startdatum, een aanmelddatum) in de periode.",
    functionName: "OPGESTART",
    functionHelp: {
      description:
        "Telt de opgestarte casussen: startdatum (of anders aanmelddatum) in de periode.",
      returns: "Het aantal opgestarte casussen.",
      englishDescription:
        "Counts the cases started in the period (start date, or the registration date when it is empty).",
    },
    excludes:
      "Casussen zonder startdatum en zonder aanmelddatum (waarschuwing MISSING_VALUE), en casussen met een onbruikbare startdatum: dan telt de aanmelddatum niet in de plaats daarvan. Zonder startdatum telt een onbruikbare aanmelddatum niet als start.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: START,
    filterable: true,
    rule: { select: { cases: "started", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceStarted,
  },
  {
    id: "active",
    label: "Behandeld (in behandeling)",
    definition:
      "Het aantal casussen dat in de periode liep: gestart vóór of op de einddatum en niet afgesloten vóór de begindatum.",
    functionName: "BEHANDELD",
    functionHelp: {
      description:
        "Telt de casussen in behandeling: gestart vóór of op de einddatum en niet afgesloten vóór de begindatum van de periode.",
      returns: "Het aantal behandelde casussen.",
      englishDescription:
        "Counts the cases active in the period: started on or before its end and not closed before its start.",
    },
    excludes:
      "Casussen zonder bruikbare start (zie Opgestart), en casussen met een onbruikbare einddatum, ook een einddatum vóór de start (melding CLOSED_BEFORE_START): van zo'n casus is niet te zeggen of hij in de periode liep.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE,
    filterable: true,
    rule: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceActive,
  },
  {
    id: "closed",
    label: "Afgesloten",
    definition: "Het aantal casussen met een afsluitdatum in de periode.",
    functionName: "AFGESLOTEN",
    functionHelp: {
      description: "Telt de afgesloten casussen: einddatum in de periode.",
      returns: "Het aantal afgesloten casussen.",
      englishDescription: "Counts the cases closed in the period.",
    },
    excludes:
      "Casussen zonder einddatum of met een onbruikbare einddatum, ook een einddatum vóór de start (melding CLOSED_BEFORE_START). Een casus zonder start met een einddatum in de periode telt wel mee.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.closedOn,
    filterable: true,
    rule: { select: { cases: "closed", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceClosed,
  },
  {
    id: "openAtEnd",
    label: "Lopend per einddatum",
    definition:
      "Het aantal casussen dat op de einddatum van de periode gestart en nog niet afgesloten was.",
    functionName: "LOPEND",
    functionHelp: {
      description: "Telt de casussen die op de einddatum van de periode nog lopen.",
      returns: "Het aantal lopende casussen.",
      englishDescription: "Counts the cases still open at the end of the period.",
    },
    excludes:
      "Casussen zonder bruikbare start (zie Opgestart), en casussen met een onbruikbare einddatum, ook een einddatum vóór de start (melding CLOSED_BEFORE_START).",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE,
    filterable: true,
    rule: { select: { cases: "openAtEnd", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceOpenAtEnd,
  },
  {
    id: "meanDurationClosed",
    label: "Doorlooptijd afgesloten (in dagen)",
    definition:
      "Het gemiddelde aantal dagen van start tot afsluiting, over de casussen afgesloten in de periode.",
    functionName: "DOORLOOPTIJD",
    functionHelp: {
      description:
        "Berekent de gemiddelde doorlooptijd in dagen van start tot afsluiting, over de casussen afgesloten in de periode.",
      returns: "De gemiddelde doorlooptijd in dagen.",
      englishDescription:
        "Calculates the mean duration in days from start to closing, over the cases closed in the period.",
    },
    excludes:
      "Afgesloten casussen zonder bruikbare start, en casussen met een onbruikbare einddatum, ook een einddatum vóór de start (melding CLOSED_BEFORE_START).",
    unit: "dagen",
    format: "days",
    polarity: "down",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: ACTIVE,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "closedDuration" },
    },
    reference: referenceMeanDurationClosed,
  },
  {
    id: "meanDurationActive",
    label: "Doorlooptijd behandeld (in dagen)",
    definition:
      "Het gemiddelde aantal dagen van start tot afsluiting, over de casussen die in de periode liepen; " +
      "lopende casussen tellen tot de einddatum van de periode.",
    functionName: "DOORLOOPTIJDBEHANDELD",
    functionHelp: {
      description:
        "Berekent de gemiddelde doorlooptijd in dagen over de casussen in behandeling; lopende casussen tellen tot de einddatum.",
      returns: "De gemiddelde doorlooptijd in dagen.",
      englishDescription:
        "Calculates the mean duration in days over the cases active in the period; open cases count up to its end.",
    },
    excludes:
      "Dezelfde casussen als bij Behandeld: zonder bruikbare start, of met een onbruikbare einddatum (ook een einddatum vóór de start).",
    unit: "dagen",
    format: "days",
    polarity: "down",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: ACTIVE,
    filterable: true,
    rule: {
      select: { cases: "active", inputs: 0 },
      aggregate: { kind: "mean", value: "activeDuration" },
    },
    reference: referenceMeanDurationActive,
  },
  {
    id: "uniqueClients",
    label: "Aantal unieke cliënten",
    definition:
      "Het aantal verschillende cliënten (cliëntnummers) met een casus die in de periode liep.",
    functionName: "UNIEKECLIENTEN",
    functionHelp: {
      description: "Telt de verschillende cliënten met een casus in behandeling in de periode.",
      returns: "Het aantal unieke cliënten.",
      englishDescription: "Counts the distinct clients with a case active in the period.",
    },
    excludes:
      "Casussen zonder cliëntnummer of met een onbruikbaar cliëntnummer, en casussen die niet als behandeld tellen (zie Behandeld).",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE | FieldBit.clientId,
    filterable: true,
    rule: { select: { cases: "active", inputs: 0 }, aggregate: { kind: "distinctClients" } },
    reference: referenceUniqueClients,
  },
  {
    id: "helpQuestions",
    label: "Aantal hulpvragen",
    definition:
      "Het aantal hoofddomeinen (hulpvragen) opgeteld over de casussen die in de periode liepen.",
    functionName: "HULPVRAGEN",
    functionHelp: {
      description: "Telt de hulpvragen: de hoofddomeinen opgeteld over de casussen in behandeling.",
      returns: "Het aantal hulpvragen.",
      englishDescription:
        "Counts the help questions: the main domains summed over the cases active in the period.",
    },
    excludes:
      "Casussen met een onbruikbare cel bij de hoofddomeinen (zoals een Excel-foutwaarde), en casussen die niet als behandeld tellen. Een casus zonder hoofddomein telt nul hulpvragen; een onbekende domeinnaam telt mee zoals hij geschreven is (waarschuwing UNKNOWN_DOMAIN).",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: false,
    inputs: ACTIVE | FieldBit.mainDomains,
    filterable: true,
    rule: {
      select: { cases: "active", inputs: 0 },
      aggregate: { kind: "sum", value: "domainCount" },
    },
    reference: referenceHelpQuestions,
  },
  {
    id: "recidive",
    label: "Aantal recidive trajecten",
    definition:
      "Het aantal in de periode opgestarte casussen van een cliënt die eerder een casus had, waarbij alle eerdere " +
      "casussen vóór de start waren afgesloten, de vorige casus minstens de ingestelde tussenpoos (standaard 6 maanden) " +
      "vóór de start werd afgesloten en (standaard) minstens één hoofddomein gelijk is aan dat van de vorige casus.",
    functionName: "RECIDIVE",
    functionHelp: {
      description:
        'Telt de recidive trajecten, standaard met een zelfde hoofddomein als de vorige casus: in de periode opgestarte casussen van een cliënt die eerder een afgesloten casus had. Telt alle soorten traject; het rapport telt IT en LS (filter "soort traject"; {"IT";"LS"}).',
      returns: "Het aantal recidive trajecten.",
      englishDescription:
        "Counts the recidive cases: cases started in the period by a client who had an earlier, closed case.",
      arguments: RECIDIVE_ARGUMENTS,
    },
    excludes:
      "Casussen zonder bruikbaar cliëntnummer of zonder bruikbare start zijn nooit recidive en nooit de eerdere casus van een andere. Een eerdere casus zonder einddatum of met een onbruikbare einddatum geldt als nog lopend: de nieuwe casus is dan een heropening. Als een gelijk hoofddomein vereist is (standaard), is een casus met onbruikbare hoofddomeinen geen recidive.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: RECIDIVE_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "recidive", inputs: 0 },
      aggregate: { kind: "count" },
    },
    reference: referenceRecidive,
  },
  {
    id: "recidivePct",
    label: "Percentage recidive",
    definition:
      "Het aantal recidive trajecten als deel van het aantal opgestarte casussen in de periode.",
    functionName: "RECIDIVEPERCENTAGE",
    functionHelp: {
      description:
        "Berekent het percentage recidive: recidive trajecten (standaard met een zelfde hoofddomein) gedeeld door opgestarte casussen met hetzelfde filter (als fractie).",
      returns: "Het percentage recidive als fractie (0,048 = 4,8%).",
      englishDescription:
        "Calculates the recidive share: recidive cases divided by cases started in the period (as a fraction).",
      arguments: RECIDIVE_ARGUMENTS,
    },
    excludes:
      "De teller als bij Aantal recidive trajecten. De noemer is het aantal opgestarte casussen met hetzelfde filter; casussen zonder cliëntnummer tellen in de noemer wel mee (ze zijn nooit recidive), casussen zonder bruikbare start niet.",
    unit: "fractie",
    format: "percent",
    polarity: "down",
    parameters: RECIDIVE_PARAMETERS,
    deltaKind: "points",
    personCount: false,
    inputs: RECIDIVE,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", inputs: 0 },
      aggregate: { kind: "share", where: "recidive" },
    },
    reference: referenceRecidivePct,
  },
  {
    id: "recidivists",
    label: "Aantal recidivisten",
    definition: "Het aantal verschillende cliënten met een recidive traject in de periode.",
    functionName: "RECIDIVISTEN",
    functionHelp: {
      description:
        "Telt de recidivisten: verschillende cliënten met een recidive traject in de periode.",
      returns: "Het aantal recidivisten.",
      englishDescription: "Counts the distinct clients with a recidive case in the period.",
      arguments: RECIDIVE_ARGUMENTS,
    },
    excludes:
      "Als bij Aantal recidive trajecten; een cliënt met meer dan één recidive traject telt één keer.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: RECIDIVE_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "recidive", inputs: 0 },
      aggregate: { kind: "distinctClients" },
    },
    reference: referenceRecidivists,
  },
  {
    id: "recidiveAnyDomain",
    label: "Aantal recidive trajecten, elk hoofddomein",
    definition:
      "Het aantal in de periode opgestarte casussen van een cliënt die eerder een casus had, waarbij alle eerdere casussen vóór de start waren afgesloten en de vorige casus minstens de ingestelde tussenpoos (standaard 6 maanden) vóór de start werd afgesloten, ongeacht het hoofddomein.",
    functionName: "RECIDIVEELKDOMEIN",
    functionHelp: {
      description:
        "Telt de recidive trajecten ongeacht het hoofddomein: in de periode opgestarte casussen van een cliënt die eerder een afgesloten casus had. Gelijke vraag plus alleen nieuwe vragen.",
      returns: "Het aantal recidive trajecten, elk hoofddomein.",
      englishDescription:
        "Counts the recidive cases whatever their main domain: cases started in the period by a client who had an earlier, closed case.",
      arguments: RETURNING_ARGUMENTS,
    },
    excludes:
      "Casussen zonder bruikbaar cliëntnummer of zonder bruikbare start zijn nooit recidive en nooit de eerdere casus van een andere. Een eerdere casus zonder einddatum of met een onbruikbare einddatum geldt als nog lopend: de nieuwe casus is dan een heropening. De hoofddomeinen doen niet mee: ook een casus met onbruikbare hoofddomeinen telt.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: RETURNING_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: START | FieldBit.clientId,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "returning", inputs: 0 },
      aggregate: { kind: "count" },
    },
    reference: referenceRecidiveAnyDomain,
  },
  {
    id: "recidivistsAnyDomain",
    label: "Aantal recidivisten, elk hoofddomein",
    definition:
      "Het aantal verschillende cliënten met een recidive traject in de periode, ongeacht het hoofddomein: cliënten die zich minstens de ingestelde tussenpoos (standaard 6 maanden) na het afsluiten van hun vorige casus opnieuw melden.",
    functionName: "RECIDIVISTENELKDOMEIN",
    functionHelp: {
      description:
        "Telt de recidivisten ongeacht het hoofddomein: verschillende cliënten met een in de periode opgestarte casus na een eerdere, afgesloten casus.",
      returns: "Het aantal recidivisten, elk hoofddomein.",
      englishDescription:
        "Counts the distinct clients with a recidive case in the period, whatever its main domain.",
      arguments: RETURNING_ARGUMENTS,
    },
    excludes:
      "Als bij Aantal recidive trajecten, elk hoofddomein; een cliënt met meer dan één recidive traject telt één keer.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: RETURNING_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: START | FieldBit.clientId,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "returning", inputs: 0 },
      aggregate: { kind: "distinctClients" },
    },
    reference: referenceRecidivistsAnyDomain,
  },
  {
    id: "recidiveSeveralEarlier",
    label: "Recidive trajecten met meerdere voorgaande casussen",
    definition:
      "Het aantal recidive trajecten (elk hoofddomein) in de periode van een cliënt die twee of meer eerdere casussen had.",
    functionName: "RECIDIVEMEERDERE",
    functionHelp: {
      description:
        "Telt de recidive trajecten (elk hoofddomein) van een cliënt met twee of meer eerdere casussen.",
      returns: "Het aantal recidive trajecten met meerdere voorgaande casussen.",
      englishDescription:
        "Counts the recidive cases (any main domain) of a client who had two or more earlier cases.",
      arguments: RETURNING_ARGUMENTS,
    },
    excludes:
      "Als bij Aantal recidive trajecten, elk hoofddomein. Als eerdere casus telt elke casus van de cliënt met een bruikbare start vóór de start, van elk soort traject en ook buiten het filter.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: RETURNING_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: START | FieldBit.clientId,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "returningSeveral", inputs: 0 },
      aggregate: { kind: "count" },
    },
    reference: referenceRecidiveSeveralEarlier,
  },
  {
    id: "recidiveSameQuestion",
    label: "Recidive trajecten met een gelijke vraag",
    definition:
      "Het aantal recidive trajecten (elk hoofddomein) in de periode met minstens één hoofddomein gelijk aan dat van de vorige casus; met de standaardinstelling hetzelfde als Aantal recidive trajecten.",
    functionName: "RECIDIVEGELIJKEVRAAG",
    functionHelp: {
      description:
        "Telt de recidive trajecten met een gelijke vraag: minstens één hoofddomein gelijk aan dat van de vorige casus.",
      returns: "Het aantal recidive trajecten met een gelijke vraag.",
      englishDescription:
        "Counts the recidive cases sharing a main domain with the client's previous case.",
      arguments: RETURNING_ARGUMENTS,
    },
    excludes:
      "Als bij Aantal recidive trajecten, elk hoofddomein. Een casus met onbruikbare hoofddomeinen deelt geen hoofddomein: die telt bij alleen nieuwe vragen.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: RETURNING_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "returningSameQuestion", inputs: 0 },
      aggregate: { kind: "count" },
    },
    reference: referenceRecidiveSameQuestion,
  },
  {
    id: "recidiveNewQuestions",
    label: "Recidive trajecten met alleen nieuwe vragen",
    definition:
      "Het aantal recidive trajecten (elk hoofddomein) in de periode zonder hoofddomein gelijk aan dat van de vorige casus.",
    functionName: "RECIDIVENIEUWEVRAGEN",
    functionHelp: {
      description:
        "Telt de recidive trajecten met alleen nieuwe vragen: geen hoofddomein gelijk aan dat van de vorige casus.",
      returns: "Het aantal recidive trajecten met alleen nieuwe vragen.",
      englishDescription:
        "Counts the recidive cases sharing no main domain with the client's previous case.",
      arguments: RETURNING_ARGUMENTS,
    },
    excludes:
      "Als bij Aantal recidive trajecten, elk hoofddomein. Een casus met onbruikbare hoofddomeinen deelt geen hoofddomein en telt hier dus mee.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: RETURNING_PARAMETERS,
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    alsoMapped: FieldBit.closedOn,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "returningNewQuestions", inputs: 0 },
      aggregate: { kind: "count" },
    },
    reference: referenceRecidiveNewQuestions,
  },
  {
    id: "complaints",
    label: "Klachten",
    definition: "Het aantal klachten met een datum in de periode.",
    functionName: "KLACHTEN",
    functionHelp: {
      description: "Telt de klachten met een datum in de periode.",
      returns: "Het aantal klachten.",
      englishDescription: "Counts the complaints dated in the period.",
    },
    excludes:
      "Klachten zonder datum of met een onbruikbare datum (ook een datum na de peildatum of vóór de vroegste datum). Met een filter op casussen is er geen waarde: een klacht hoort niet bij een casus.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: [],
    deltaKind: "absolute",
    personCount: false,
    inputs: 0,
    requires: "complaints",
    filterable: false,
    rule: { over: "complaints", select: "dateInPeriod", aggregate: { kind: "count" } },
    reference: referenceComplaints,
  },
  {
    id: "collectiveTrajects",
    label: "Aantal collectieve trajecten",
    definition:
      "Het aantal verschillende collectieve activiteiten (trajecten) met ten minste één bijeenkomst in de periode.",
    functionName: "COLLECTIEVETRAJECTEN",
    functionHelp: {
      description:
        "Telt de collectieve trajecten: de verschillende activiteiten met een bijeenkomst in de periode.",
      returns: "Het aantal collectieve trajecten.",
      englishDescription:
        "Counts the collective activities (trajects) with at least one meeting in the period.",
    },
    excludes:
      "Bijeenkomsten zonder datum of met een onbruikbare datum (ook een datum na de peildatum of vóór de vroegste datum) tellen niet mee. Met een filter op casussen is er geen waarde: een bijeenkomst hoort niet bij een casus. Een bijeenkomst zonder activiteitnummer en zonder naam telt niet als traject.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: false,
    inputs: 0,
    requires: "activities",
    filterable: false,
    rule: {
      over: "activities",
      select: "dateInPeriod",
      aggregate: { kind: "distinct", key: "activity" },
    },
    reference: referenceCollectiveTrajects,
  },
  {
    id: "meetings",
    label: "Aantal bijeenkomsten",
    definition:
      "Het aantal bijeenkomsten van collectieve activiteiten met een datum in de periode.",
    functionName: "BIJEENKOMSTEN",
    functionHelp: {
      description:
        "Telt de bijeenkomsten van collectieve activiteiten met een datum in de periode.",
      returns: "Het aantal bijeenkomsten.",
      englishDescription: "Counts the meetings of collective activities dated in the period.",
    },
    excludes:
      "Bijeenkomsten zonder datum of met een onbruikbare datum (ook een datum na de peildatum of vóór de vroegste datum) tellen niet mee. Met een filter op casussen is er geen waarde: een bijeenkomst hoort niet bij een casus.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: false,
    inputs: 0,
    requires: "activities",
    filterable: false,
    rule: { over: "activities", select: "dateInPeriod", aggregate: { kind: "count" } },
    reference: referenceMeetings,
  },
  {
    id: "participants",
    label: "Aantal deelnemers",
    definition:
      "Het aantal deelnemers opgeteld over de bijeenkomsten van collectieve activiteiten in de periode " +
      "(deels niet-unieke deelnemers: wie twee bijeenkomsten bezoekt, telt twee keer); n.v.t. als geen bijeenkomst een aantal heeft.",
    functionName: "DEELNEMERS",
    functionHelp: {
      description:
        "Telt de deelnemers opgeteld over de bijeenkomsten van collectieve activiteiten in de periode.",
      returns: "Het aantal deelnemers, of leeg als geen bijeenkomst een aantal heeft.",
      englishDescription:
        "Sums the participants over the meetings of collective activities in the period.",
    },
    excludes:
      "Bijeenkomsten zonder datum of met een onbruikbare datum (ook een datum na de peildatum of vóór de vroegste datum) tellen niet mee. Met een filter op casussen is er geen waarde: een bijeenkomst hoort niet bij een casus. Een aantal deelnemers dat geen heel getal van 0 of meer is, telt niet mee; de bijeenkomst telt dan wel bij de bijeenkomsten.",
    unit: "aantal",
    format: "count",
    polarity: "neutral",
    parameters: [],
    deltaKind: "absolute",
    personCount: false,
    inputs: 0,
    requires: "activities",
    filterable: false,
    rule: {
      over: "activities",
      select: "dateInPeriod",
      aggregate: { kind: "sumOrNull", value: "participants" },
    },
    reference: referenceParticipants,
  },
  {
    id: "selfReferralPct",
    label: "Percentage zelfmelders",
    definition:
      "Het deel van de in de periode opgestarte casussen met een bekende verwijzer waarbij de cliënt zichzelf meldde " +
      "(zelfmelder, eigen initiatief, zelf).",
    functionName: "ZELFMELDERS",
    functionHelp: {
      description:
        "Berekent het percentage zelfmelders onder de opgestarte casussen met een bekende verwijzer (als fractie).",
      returns: "Het percentage zelfmelders als fractie.",
      englishDescription:
        "Calculates the share of self-referrals among the cases started in the period with a known referrer (as a fraction).",
    },
    excludes:
      "Opgestarte casussen zonder verwijzer of met een onbruikbare verwijzer tellen ook in de noemer niet mee (hun verwijzer is onbekend); casussen zonder bruikbare start evenmin.",
    unit: "fractie",
    format: "percent",
    polarity: "neutral",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: START | FieldBit.referrer,
    filterable: true,
    rule: {
      select: { cases: "started", inputs: 0 },
      aggregate: { kind: "mean", value: "selfReferral" },
    },
    reference: referenceSelfReferralPct,
  },
  {
    id: "newClientPct",
    label: "Percentage nieuwe cliënten",
    definition:
      "Het deel van de in de periode opgestarte casussen met een cliëntnummer waarvan de cliënt geen eerdere casus had.",
    functionName: "NIEUWECLIENTEN",
    functionHelp: {
      description:
        "Berekent het percentage nieuwe cliënten: opgestarte casussen van cliënten zonder eerdere casus (als fractie).",
      returns: "Het percentage nieuwe cliënten als fractie.",
      englishDescription:
        "Calculates the share of started cases whose client had no earlier case (as a fraction).",
    },
    excludes:
      "Opgestarte casussen zonder bruikbaar cliëntnummer tellen ook in de noemer niet mee (of de cliënt nieuw is, is niet te zeggen). Een casus zonder bruikbare start telt niet als eerdere casus.",
    unit: "fractie",
    format: "percent",
    polarity: "neutral",
    parameters: [START_FIELD],
    deltaKind: "points",
    personCount: false,
    inputs: START | FieldBit.clientId,
    usesRecidiveOptions: true,
    filterable: true,
    rule: {
      select: { cases: "recidiveStart", where: "hasClient", inputs: 0 },
      aggregate: { kind: "share", where: "newClient" },
    },
    reference: referenceNewClientPct,
  },
  {
    id: "goalReachedPct",
    label: "Doelscore behaald",
    definition:
      "Het deel van de hoofddomeinen van in de periode afgesloten casussen (met doelscore en eindscore in de ZRM) " +
      "waarop de eindscore de doelscore haalde.",
    functionName: "DOELSCORE",
    functionHelp: {
      description:
        "Berekent het percentage behaalde doelscores (ZRM) over de hoofddomeinen van de casussen afgesloten in de periode (als fractie).",
      returns: "Het percentage behaalde doelscores als fractie.",
      englishDescription:
        "Calculates the share of reached ZRM goal scores over the main domains of the cases closed in the period (as a fraction).",
    },
    excludes:
      "Hoofddomeinen zonder doelscore of eindscore, scores die geen getal zijn of buiten 1–5 liggen (melding SCORE_OUT_OF_RANGE), ZRM-rijen van een casusnummer dat niet in de casussen staat, ZRM-domeinen die geen hoofddomein van de casus zijn en een tweede ZRM-rij voor dezelfde casus en hetzelfde domein (de eerste telt). Casussen met een onbruikbare einddatum of onbruikbare hoofddomeinen tellen niet mee.",
    unit: "fractie",
    format: "percent",
    polarity: "up",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.mainDomains,
    requires: "zrm",
    filterable: true,
    rule: {
      over: "zrmPairs",
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "goalReached" },
    },
    reference: referenceGoalReachedPct,
  },
  {
    id: "zrmMeanEndScore",
    label: "Gemiddelde eindscore ZRM",
    definition:
      "De gemiddelde eindscore op de ZRM (1–5) over de hoofddomeinen van de in de periode afgesloten casussen met een eindscore.",
    functionName: "ZRMEINDSCORE",
    functionHelp: {
      description:
        "Berekent de gemiddelde eindscore op de ZRM over de hoofddomeinen van de casussen afgesloten in de periode.",
      returns: "De gemiddelde eindscore (1–5).",
      englishDescription:
        "Calculates the mean ZRM end score over the main domains of the cases closed in the period.",
    },
    excludes:
      "Hoofddomeinen zonder eindscore, eindscores die geen getal zijn of buiten 1–5 liggen (melding SCORE_OUT_OF_RANGE), ZRM-rijen van een casusnummer dat niet in de casussen staat, ZRM-domeinen die geen hoofddomein van de casus zijn en een tweede ZRM-rij voor dezelfde casus en hetzelfde domein (de eerste met een waarde telt). Casussen met een onbruikbare einddatum of onbruikbare hoofddomeinen tellen niet mee.",
    unit: "zrmscore",
    format: "decimal",
    polarity: "up",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.mainDomains,
    requires: "zrm",
    filterable: true,
    rule: {
      over: "zrmPairs",
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "zrmEndScore" },
    },
    reference: referenceZrmMeanEndScore,
  },
  {
    id: "zrmMeanGrowth",
    label: "Gemiddelde ZRM-groei",
    definition:
      "De gemiddelde groei op de ZRM (eindscore min beginscore) over de hoofddomeinen van de in de periode afgesloten " +
      "casussen met een begin- en eindscore; per hoofddomein is dat de ZRM-groei per domein.",
    functionName: "ZRMGROEITOTAAL",
    functionHelp: {
      description:
        "Berekent de gemiddelde ZRM-groei (eindscore min beginscore) over alle hoofddomeinen samen van de casussen afgesloten in de periode; per domein: ZRMGROEI.",
      returns: "De gemiddelde groei in scorepunten.",
      englishDescription:
        "Calculates the mean ZRM growth (end score minus begin score) over all main domains together of the cases closed in the period.",
    },
    excludes:
      "Hoofddomeinen zonder beginscore of eindscore, scores die geen getal zijn of buiten 1–5 liggen (melding SCORE_OUT_OF_RANGE), ZRM-rijen van een casusnummer dat niet in de casussen staat, ZRM-domeinen die geen hoofddomein van de casus zijn en een tweede ZRM-rij voor dezelfde casus en hetzelfde domein (de eerste met een waarde telt). Casussen met een onbruikbare einddatum of onbruikbare hoofddomeinen tellen niet mee.",
    unit: "scorepunten",
    format: "decimal",
    polarity: "up",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.mainDomains,
    requires: "zrm",
    filterable: true,
    rule: {
      over: "zrmPairs",
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "zrmGrowth" },
    },
    reference: referenceZrmMeanGrowth,
  },
  {
    id: "meanRating",
    label: "Gemiddeld klantoordeel",
    definition:
      "Het gemiddelde rapportcijfer (1–10) van de in de periode afgesloten casussen met een cijfer.",
    functionName: "KLANTOORDEEL",
    functionHelp: {
      description:
        "Berekent het gemiddelde klantoordeel (rapportcijfer 1–10) van de casussen afgesloten in de periode.",
      returns: "Het gemiddelde klantoordeel.",
      englishDescription:
        "Calculates the mean client rating (1-10) of the cases closed in the period.",
    },
    excludes:
      "Afgesloten casussen zonder klantoordeel, met een klantoordeel dat geen getal is of buiten 1–10 ligt (melding RATING_OUT_OF_RANGE), en casussen met een onbruikbare einddatum.",
    unit: "cijfer",
    format: "score",
    polarity: "up",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.rating,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "rating" },
    },
    reference: referenceMeanRating,
  },
  {
    id: "canContinueAlonePct",
    label: "Kan zelfstandig verder",
    definition:
      "Het deel van de in de periode afgesloten casussen met een antwoord waarbij de cliënt zonder begeleiding verder kan.",
    functionName: "ZELFSTANDIG",
    functionHelp: {
      description:
        "Berekent het percentage afgesloten casussen waarbij de cliënt zelfstandig verder kan (als fractie).",
      returns: "Het percentage dat zelfstandig verder kan, als fractie.",
      englishDescription:
        "Calculates the share of closed cases whose client can continue without support (as a fraction).",
    },
    excludes:
      "Afgesloten casussen zonder antwoord, met het antwoord onbekend of met een waarde die geen ja of nee is (melding INVALID_BOOLEAN), en casussen met een onbruikbare einddatum.",
    unit: "fractie",
    format: "percent",
    polarity: "up",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.canContinueAlone,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "continuesAlone" },
    },
    reference: referenceCanContinueAlonePct,
  },
  {
    id: "meanContacts",
    label: "Gemiddeld aantal contactmomenten per afgesloten casus",
    definition:
      "Het gemiddelde aantal contactmomenten van de in de periode afgesloten casussen met een aantal contactmomenten.",
    functionName: "CONTACTMOMENTEN",
    functionHelp: {
      description:
        "Berekent het gemiddelde aantal contactmomenten van de casussen afgesloten in de periode.",
      returns: "Het gemiddelde aantal contactmomenten.",
      englishDescription:
        "Calculates the mean number of contact moments of the cases closed in the period.",
    },
    excludes:
      "Afgesloten casussen zonder aantal contactmomenten, met een aantal dat geen heel getal van 0 of meer is (melding INVALID_NUMBER) of een Excel-foutwaarde (melding ERROR_VALUE), en casussen met een onbruikbare einddatum.",
    unit: "contactmomenten",
    format: "decimal",
    polarity: "neutral",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.contacts,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "contacts" },
    },
    reference: referenceMeanContacts,
  },
  {
    id: "overFiveContactsPct",
    label: "Percentage afgesloten casussen met meer dan 5 contactmomenten",
    definition:
      "Het deel van de in de periode afgesloten casussen met een aantal contactmomenten waarbij dat aantal groter is dan 5.",
    functionName: "MEERDANVIJFCONTACTEN",
    functionHelp: {
      description:
        "Berekent het percentage casussen afgesloten in de periode met meer dan 5 contactmomenten (als fractie).",
      returns: "Het percentage met meer dan 5 contactmomenten, als fractie.",
      englishDescription:
        "Calculates the share of the cases closed in the period with more than 5 contact moments (as a fraction).",
    },
    excludes:
      "Afgesloten casussen zonder aantal contactmomenten of met een onbruikbaar aantal tellen ook in de noemer niet mee (zie Gemiddeld aantal contactmomenten per afgesloten casus), evenmin casussen met een onbruikbare einddatum.",
    unit: "fractie",
    format: "percent",
    polarity: "neutral",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.contacts,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "overFiveContacts" },
    },
    reference: referenceOverFiveContactsPct,
  },
  {
    id: "waitingList",
    label: "Aanmeldlijst (gemiddeld aantal wachtenden)",
    definition:
      "Het gemiddelde over de maanden van de periode van het aantal casussen dat aan het eind van de maand wachtte: " +
      "aangemeld op of vóór die dag, zonder startdatum of met een startdatum erna, en niet afgesloten op of vóór die dag. " +
      "Een maand die na de einddatum van de periode eindigt, telt op de einddatum.",
    functionName: "AANMELDLIJST",
    functionHelp: {
      description:
        "Berekent de aanmeldlijst: het gemiddelde over de maanden van de periode van het aantal wachtende casussen aan het eind van elke maand (aangemeld, nog niet gestart en niet afgesloten).",
      returns: "Het gemiddelde aantal wachtenden.",
      englishDescription:
        "Calculates the waiting list: the mean over the months of the period of the number of cases waiting at each month's end (registered, not yet started, not closed).",
    },
    excludes:
      "Casussen zonder aanmelddatum, en casussen met een onbruikbare aanmelddatum, startdatum of einddatum (ook een einddatum vóór de start, melding CLOSED_BEFORE_START). De aanmelddatum telt hier niet als start: een casus zonder startdatum wacht tot hij wordt afgesloten.",
    unit: "wachtenden",
    format: "decimal",
    polarity: "down",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: WAITING,
    filterable: true,
    rule: {
      select: { cases: "waitingAtEnd", inputs: 0 },
      aggregate: { kind: "meanOverMonths" },
    },
    reference: referenceWaitingList,
  },
  {
    id: "waitingAtEnd",
    label: "Wachtend per einddatum",
    definition:
      "Het aantal casussen dat op de einddatum van de periode wachtte: aangemeld op of vóór die dag, zonder startdatum " +
      "of met een startdatum erna, en niet afgesloten op of vóór die dag.",
    functionName: "WACHTEND",
    functionHelp: {
      description:
        "Telt de casussen die op de einddatum van de periode wachten: aangemeld, nog niet gestart en niet afgesloten.",
      returns: "Het aantal wachtende casussen.",
      englishDescription:
        "Counts the cases waiting at the end of the period: registered, not yet started, not closed.",
    },
    excludes:
      "Als bij Aanmeldlijst: casussen zonder aanmelddatum, en casussen met een onbruikbare aanmelddatum, startdatum of einddatum. Een casus zonder startdatum wacht tot hij wordt afgesloten.",
    unit: "aantal",
    format: "count",
    polarity: "down",
    parameters: [],
    deltaKind: "absolute",
    personCount: true,
    inputs: WAITING,
    filterable: true,
    rule: { select: { cases: "waitingAtEnd", inputs: 0 }, aggregate: { kind: "count" } },
    reference: referenceWaitingAtEnd,
  },
  {
    id: "insufficientRatingPct",
    label: "Percentage onvoldoende klantoordeel",
    definition:
      "Het deel van de in de periode afgesloten casussen met een klantoordeel waarbij het cijfer lager is dan 6 " +
      "(5,5 is onvoldoende, 6 is voldoende).",
    functionName: "ONVOLDOENDE",
    functionHelp: {
      description:
        "Berekent het percentage afgesloten casussen met een onvoldoende klantoordeel (lager dan 6) onder die met een klantoordeel (als fractie).",
      returns: "Het percentage onvoldoende als fractie.",
      englishDescription:
        "Calculates the share of the cases closed in the period with a rating below 6, among those with a rating (as a fraction).",
    },
    excludes:
      "Afgesloten casussen zonder klantoordeel of met een onbruikbaar klantoordeel tellen ook in de noemer niet mee (zie Gemiddeld klantoordeel), evenmin casussen met een onbruikbare einddatum.",
    unit: "fractie",
    format: "percent",
    polarity: "down",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.rating,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "insufficientRating" },
    },
    reference: referenceInsufficientRatingPct,
  },
  {
    id: "withoutReferralPct",
    label: "Percentage afgesloten zonder doorverwijzing",
    definition:
      "Het deel van de in de periode afgesloten casussen waarbij Doorverwezen naar leeg is.",
    functionName: "ZONDERDOORVERWIJZING",
    functionHelp: {
      description:
        "Berekent het percentage casussen afgesloten in de periode zonder doorverwijzing (Doorverwezen naar leeg, als fractie).",
      returns: "Het percentage zonder doorverwijzing als fractie.",
      englishDescription:
        "Calculates the share of the cases closed in the period without a referral (referred to empty, as a fraction).",
    },
    excludes:
      "Afgesloten casussen met een onbruikbare cel bij Doorverwezen naar (zoals een Excel-foutwaarde) tellen ook in de noemer niet mee, evenmin casussen met een onbruikbare einddatum. Zonder kolom Doorverwezen naar is er geen waarde.",
    unit: "fractie",
    format: "percent",
    polarity: "neutral",
    parameters: [],
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.referredTo,
    filterable: true,
    rule: {
      select: { cases: "closed", inputs: 0 },
      aggregate: { kind: "mean", value: "noReferral" },
    },
    reference: referenceWithoutReferralPct,
  },
] as const satisfies readonly KpiEntry[];

/**
 * The id of a scalar KPI of the registry: a typo is a compile error. Text from outside (a
 * function argument, a template) becomes one through {@link isKpiId} or {@link parseKpiId}.
 *
 * @example
 * const id: KpiId = 'meanWaitDays';
 */
export type KpiId = (typeof KPI_ENTRIES)[number]["id"];

/** One scalar KPI of SPEC §4/§5: what it is called, how it is shown, what it reads, how it is computed. */
export interface KpiDefinition extends KpiEntry {
  readonly id: KpiId;
}

/**
 * Every scalar KPI of SPEC §4 and §5, in the order of the catalogue. The report builder, the
 * custom functions and the CLI all read this list.
 *
 * @example
 * KPI_REGISTRY.map((kpi) => kpi.id) // ['registrations', 'infoAdvice', ...]
 */
export const KPI_REGISTRY: readonly KpiDefinition[] = Object.freeze(KPI_ENTRIES);

const byId: ReadonlyMap<string, KpiDefinition> = new Map<string, KpiDefinition>(
  KPI_REGISTRY.map((kpi) => [kpi.id, kpi])
);

/**
 * Whether a text is the id of a scalar KPI of the registry.
 *
 * @param text - Any text, e.g. from a template.
 * @returns True for a registered id (case-sensitive).
 * @example
 * isKpiId('started') // true
 * isKpiId('Started') // false
 */
export function isKpiId(text: string): text is KpiId {
  return byId.has(text);
}

/**
 * The KPI id a text names, for ids that come from outside the code.
 *
 * @param text - The text.
 * @returns The id.
 * @throws {@link UnknownKpiError} when the text is not a registered id.
 * @example
 * parseKpiId('recidivePct') // 'recidivePct'
 */
export function parseKpiId(text: string): KpiId {
  if (!isKpiId(text)) throw new UnknownKpiError(text, [...byId.keys()]);
  return text;
}

/**
 * Looks up a scalar KPI by id.
 *
 * @param id - The KPI id (e.g. 'recidivePct').
 * @returns The definition.
 * @throws {@link UnknownKpiError} for an unknown id.
 * @example
 * getKpi('started').label // 'Opgestart'
 */
export function getKpi(id: KpiId): KpiDefinition {
  const kpi = byId.get(id);
  if (kpi === undefined) throw new UnknownKpiError(id, [...byId.keys()]);
  return kpi;
}
