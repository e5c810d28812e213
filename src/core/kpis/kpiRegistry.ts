import { FieldBit, type Polarity, type ValueFormat } from "../types";
import {
  computeComplaints,
  computeHelpQuestions,
  computeInfoAdvice,
  computeUniqueClients,
  countMembers,
} from "./countKpis";
import { UnknownKpiError } from "./kpiErrors";
import type { KpiContext, KpiResult } from "./kpiContext";
import {
  computeMeanDurationActive,
  computeMeanDurationClosed,
  computeMeanRating,
  computeMeanWaitDays,
} from "./meanKpis";
import { ScanBit } from "./periodScan";
import {
  computeCanContinueAlonePct,
  computeGoalReachedPct,
  computeSelfReferralPct,
} from "./rateKpis";
import {
  computeNewClientPct,
  computeRecidive,
  computeRecidivePct,
  computeRecidivists,
} from "./recidiveKpis";

/** One scalar KPI of SPEC §4/§5: what it is called, how it is shown, what it reads, how it is computed. */
export interface KpiDefinition {
  /** Machine name (JSON, custom functions). */
  readonly id: string;
  /** Dutch label as the report shows it (SPEC §4). */
  readonly label: string;
  /** Dutch one-sentence definition for the report's "Toelichting" sheet. */
  readonly definition: string;
  readonly format: ValueFormat;
  readonly polarity: Polarity;
  /** 'points' for rates and means (Δ in %-punt or days, no Δ%), 'absolute' for counts. */
  readonly deltaKind: "absolute" | "points";
  /** Whether the value counts persons (cases or clients) and falls under small-number suppression. */
  readonly personCount: boolean;
  /**
   * {@link FieldBit}s the KPI reads: they must be mapped (the `start` bit: startedOn or
   * registeredOn) or the KPI is null, and a case with one of them invalid is left out.
   */
  readonly inputs: number;
  /** An optional table the KPI needs; without it the KPI is null. */
  readonly requires?: "zrm" | "activities" | "complaints";
  /** Whether the recidive options change the value. */
  readonly usesRecidiveOptions?: boolean;
  /** False when case filters cannot apply (the KPI is then null under a filter). */
  readonly filterable: boolean;
  /** Computes the value for the context's period and filter. */
  compute(context: KpiContext): KpiResult;
}

const START = FieldBit.start | FieldBit.startedOn;
const ACTIVE = START | FieldBit.closedOn;
/** closedOn is needed too, but of the earlier cases: it is checked by isRecidiveComputable, not per row. */
const RECIDIVE = START | FieldBit.clientId | FieldBit.mainDomains;

/**
 * Every scalar KPI of SPEC §4 and §5, in the order of the catalogue. The report builder, the
 * custom functions and the CLI all read this list.
 *
 * @example
 * KPI_REGISTRY.map((kpi) => kpi.id) // ['registrations', 'infoAdvice', ...]
 */
export const KPI_REGISTRY: readonly KpiDefinition[] = Object.freeze([
  {
    id: "registrations",
    label: "Aantal aanmeldingen",
    definition: "Het aantal casussen met een aanmelddatum in de periode.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.registeredOn,
    filterable: true,
    compute: (c) => countMembers(c, ScanBit.registered, 0),
  },
  {
    id: "infoAdvice",
    label: "Aantal informatie en advies",
    definition:
      "Het aantal casussen van het type informatie en advies (IA) met een start in de periode, plus de direct opgeloste " +
      "casussen met een aanmelddatum in de periode; een casus telt één keer.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.caseType | START,
    filterable: true,
    compute: computeInfoAdvice,
  },
  {
    id: "meanWaitDays",
    label: "Gemiddelde wachttijd in dagen",
    definition:
      "Het gemiddelde aantal dagen tussen aanmelding en intake, over de casussen met een intake in de periode.",
    format: "days",
    polarity: "down",
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.intakeOn | FieldBit.registeredOn,
    filterable: true,
    compute: computeMeanWaitDays,
  },
  {
    id: "started",
    label: "Opgestart",
    definition:
      "Het aantal casussen met een startdatum (of, zonder startdatum, een aanmelddatum) in de periode.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: START,
    filterable: true,
    compute: (c) => countMembers(c, ScanBit.started, 0),
  },
  {
    id: "active",
    label: "Behandeld (in behandeling)",
    definition:
      "Het aantal casussen dat in de periode liep: gestart vóór of op de einddatum en niet afgesloten vóór de begindatum.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE,
    filterable: true,
    compute: (c) => countMembers(c, ScanBit.active, 0),
  },
  {
    id: "closed",
    label: "Afgesloten",
    definition: "Het aantal casussen met een afsluitdatum in de periode.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: FieldBit.closedOn,
    filterable: true,
    compute: (c) => countMembers(c, ScanBit.closed, 0),
  },
  {
    id: "openAtEnd",
    label: "Lopend per einddatum",
    definition:
      "Het aantal casussen dat op de einddatum van de periode gestart en nog niet afgesloten was.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE,
    filterable: true,
    compute: (c) => countMembers(c, ScanBit.openAtEnd, 0),
  },
  {
    id: "meanDurationClosed",
    label: "Doorlooptijd afgesloten (in dagen)",
    definition:
      "Het gemiddelde aantal dagen van start tot afsluiting, over de casussen afgesloten in de periode.",
    format: "days",
    polarity: "down",
    deltaKind: "points",
    personCount: false,
    inputs: ACTIVE,
    filterable: true,
    compute: computeMeanDurationClosed,
  },
  {
    id: "meanDurationActive",
    label: "Doorlooptijd behandeld (in dagen)",
    definition:
      "Het gemiddelde aantal dagen van start tot afsluiting, over de casussen die in de periode liepen; " +
      "lopende casussen tellen tot de einddatum van de periode.",
    format: "days",
    polarity: "down",
    deltaKind: "points",
    personCount: false,
    inputs: ACTIVE,
    filterable: true,
    compute: computeMeanDurationActive,
  },
  {
    id: "uniqueClients",
    label: "Aantal unieke cliënten",
    definition:
      "Het aantal verschillende cliënten (cliëntnummers) met een casus die in de periode liep.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: true,
    inputs: ACTIVE | FieldBit.clientId,
    filterable: true,
    compute: computeUniqueClients,
  },
  {
    id: "helpQuestions",
    label: "Aantal hulpvragen",
    definition:
      "Het aantal hoofddomeinen (hulpvragen) opgeteld over de casussen die in de periode liepen.",
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    personCount: false,
    inputs: ACTIVE | FieldBit.mainDomains,
    filterable: true,
    compute: computeHelpQuestions,
  },
  {
    id: "recidive",
    label: "Aantal recidive trajecten",
    definition:
      "Het aantal in de periode opgestarte casussen van een cliënt die eerder een casus had, waarbij alle eerdere " +
      "casussen vóór de start waren afgesloten, de vorige casus minstens de ingestelde tussenpoos (standaard 6 maanden) " +
      "vóór de start werd afgesloten en (standaard) minstens één hoofddomein gelijk is aan dat van de vorige casus.",
    format: "count",
    polarity: "down",
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    usesRecidiveOptions: true,
    filterable: true,
    compute: computeRecidive,
  },
  {
    id: "recidivePct",
    label: "Percentage recidive",
    definition:
      "Het aantal recidive trajecten als deel van het aantal opgestarte casussen in de periode.",
    format: "percent",
    polarity: "down",
    deltaKind: "points",
    personCount: false,
    inputs: RECIDIVE,
    usesRecidiveOptions: true,
    filterable: true,
    compute: computeRecidivePct,
  },
  {
    id: "recidivists",
    label: "Aantal recidivisten",
    definition: "Het aantal verschillende cliënten met een recidive traject in de periode.",
    format: "count",
    polarity: "down",
    deltaKind: "absolute",
    personCount: true,
    inputs: RECIDIVE,
    usesRecidiveOptions: true,
    filterable: true,
    compute: computeRecidivists,
  },
  {
    id: "complaints",
    label: "Klachten",
    definition: "Het aantal klachten met een datum in de periode.",
    format: "count",
    polarity: "down",
    deltaKind: "absolute",
    personCount: false,
    inputs: 0,
    requires: "complaints",
    filterable: false,
    compute: computeComplaints,
  },
  {
    id: "selfReferralPct",
    label: "Percentage zelfmelders",
    definition:
      "Het deel van de in de periode opgestarte casussen met een bekende verwijzer waarbij de cliënt zichzelf meldde " +
      "(zelfmelder, eigen initiatief, zelf).",
    format: "percent",
    polarity: "neutral",
    deltaKind: "points",
    personCount: false,
    inputs: START | FieldBit.referrer,
    filterable: true,
    compute: computeSelfReferralPct,
  },
  {
    id: "newClientPct",
    label: "Percentage nieuwe cliënten",
    definition:
      "Het deel van de in de periode opgestarte casussen met een cliëntnummer waarvan de cliënt geen eerdere casus had.",
    format: "percent",
    polarity: "neutral",
    deltaKind: "points",
    personCount: false,
    inputs: START | FieldBit.clientId,
    usesRecidiveOptions: true,
    filterable: true,
    compute: computeNewClientPct,
  },
  {
    id: "goalReachedPct",
    label: "Doelscore behaald",
    definition:
      "Het deel van de hoofddomeinen van in de periode afgesloten casussen (met doelscore en eindscore in de ZRM) " +
      "waarop de eindscore de doelscore haalde.",
    format: "percent",
    polarity: "up",
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.mainDomains,
    requires: "zrm",
    filterable: true,
    compute: computeGoalReachedPct,
  },
  {
    id: "meanRating",
    label: "Gemiddeld klantoordeel",
    definition:
      "Het gemiddelde rapportcijfer (1–10) van de in de periode afgesloten casussen met een cijfer.",
    format: "score",
    polarity: "up",
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.rating,
    filterable: true,
    compute: computeMeanRating,
  },
  {
    id: "canContinueAlonePct",
    label: "Kan zelfstandig verder",
    definition:
      "Het deel van de in de periode afgesloten casussen met een antwoord waarbij de cliënt zonder begeleiding verder kan.",
    format: "percent",
    polarity: "up",
    deltaKind: "points",
    personCount: false,
    inputs: FieldBit.closedOn | FieldBit.canContinueAlone,
    filterable: true,
    compute: computeCanContinueAlonePct,
  },
] satisfies KpiDefinition[]);

const byId = new Map(KPI_REGISTRY.map((kpi) => [kpi.id, kpi]));

/**
 * Looks up a scalar KPI by id.
 *
 * @param id - The KPI id (e.g. 'recidivePct').
 * @returns The definition.
 * @throws {@link UnknownKpiError} for an unknown id.
 * @example
 * getKpi('started').label // 'Opgestart'
 */
export function getKpi(id: string): KpiDefinition {
  const kpi = byId.get(id);
  if (kpi === undefined) throw new UnknownKpiError(id, [...byId.keys()]);
  return kpi;
}
