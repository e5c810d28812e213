import type { CaseFilter } from "../types";
import type { KpiRowSpec, ReportTableSpec } from "./reportTableSpec";

/** Individual support: individuele trajecten (IT) and leun en steun (LS), as SPEC §5 counts recidive. */
export const INDIVIDUAL_FILTER: CaseFilter = Object.freeze({
  field: "caseType",
  values: Object.freeze(["IT", "LS"]),
});

/** How the report names the grouped case types (SPEC §2). */
export const CASE_TYPE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  IT: "Individuele trajecten",
  LS: "Leun en steun",
  IA: "Informatie en advies",
});

const IT: CaseFilter = { field: "caseType", values: ["IT"] };
const LS: CaseFilter = { field: "caseType", values: ["LS"] };
const RECIDIVE = { filters: [INDIVIDUAL_FILTER], unfilteredIfUnmapped: true } as const;
const RECIDIVE_NOTE =
  "Recidive: opgestarte individuele trajecten en leun en steun van terugkerende cliënten (zie Toelichting).";

function support(prefix: string, key: string, filter: CaseFilter): KpiRowSpec[] {
  return [
    { kpi: "started", label: `${prefix} – opgestart`, key: `${key}.started`, filters: [filter] },
    { kpi: "active", label: `${prefix} – behandeld`, key: `${key}.active`, filters: [filter] },
    { kpi: "closed", label: `${prefix} – afgesloten`, key: `${key}.closed`, filters: [filter] },
    {
      kpi: "meanDurationClosed",
      label: `${prefix} – doorlooptijd afgesloten (dagen)`,
      key: `${key}.meanDurationClosed`,
      filters: [filter],
    },
  ];
}

/**
 * The standard report (SPEC §6): the seeds' tables, in the order a quarterly report reads.
 * Groups with several measures get one table per measure, so that every table keeps the
 * five comparison columns. Tables whose data the export lacks are left out by the builder.
 *
 * @example
 * STANDARD_REPORT_TABLES.map((t) => t.id) // ['kpis', 'individual', 'results', 'byCaseType', ...]
 */
export const STANDARD_REPORT_TABLES: readonly ReportTableSpec[] = Object.freeze([
  {
    kind: "kpis",
    id: "kpis",
    title: "Inzicht meetbare resultaten",
    keyLabel: "Soort KPI",
    rows: [
      { kpi: "registrations" },
      { kpi: "infoAdvice" },
      { kpi: "meanWaitDays" },
      { kpi: "started" },
      { kpi: "active" },
      { kpi: "closed" },
      { kpi: "openAtEnd" },
      { kpi: "uniqueClients" },
      { kpi: "helpQuestions" },
      { kpi: "recidive", ...RECIDIVE },
      { kpi: "recidivists", ...RECIDIVE },
      { kpi: "recidivePct", ...RECIDIVE },
      { kpi: "complaints" },
    ],
    notes: [RECIDIVE_NOTE],
  },
  {
    kind: "kpis",
    id: "individual",
    title: "Overzicht individuele ondersteuning",
    keyLabel: "Ondersteuning",
    rows: [...support("Individuele trajecten", "IT", IT), ...support("Leun en steun", "LS", LS)],
  },
  {
    kind: "kpis",
    id: "results",
    title: "Resultaten en kwaliteit",
    keyLabel: "Soort KPI",
    rows: [
      { kpi: "goalReachedPct" },
      { kpi: "canContinueAlonePct" },
      { kpi: "meanRating" },
      { kpi: "newClientPct" },
      { kpi: "selfReferralPct" },
      { kpi: "meanDurationClosed" },
      { kpi: "meanDurationActive" },
      { kpi: "meanContacts" },
      { kpi: "overFiveContactsPct" },
    ],
  },
  {
    kind: "group",
    id: "byCaseType",
    title: "Type trajecten – behandeld",
    group: "byCaseType",
    measure: "active",
    rowLabels: CASE_TYPE_LABELS,
  },
  {
    kind: "group",
    id: "byCaseType.meanDurationClosed",
    title: "Type trajecten – doorlooptijd afgesloten (dagen)",
    group: "byCaseType",
    measure: "meanDurationClosed",
    rowLabels: CASE_TYPE_LABELS,
  },
  {
    kind: "group",
    id: "byProduct",
    title: "Producten – behandeld",
    group: "byProduct",
    measure: "active",
  },
  {
    kind: "group",
    id: "byProduct.meanDurationClosed",
    title: "Producten – doorlooptijd afgesloten (dagen)",
    group: "byProduct",
    measure: "meanDurationClosed",
  },
  {
    kind: "group",
    id: "topDomains",
    title: "Top {topN} hoofddomeinen ZRM",
    group: "byDomain",
    useTopN: true,
    chart: "bar",
    dataBar: true,
    notes: [
      "Casussen in behandeling per hoofddomein; een casus telt mee bij elk van zijn hoofddomeinen.",
    ],
  },
  { kind: "group", id: "zrmGrowth", title: "ZRM-groei per domein", group: "zrmGrowth" },
  { kind: "group", id: "byComplexity", title: "Complexiteit hulpvraag", group: "byComplexity" },
  {
    kind: "recidiveBreakdown",
    id: "recidive",
    title: "Recidive",
    keyLabel: "Individuele trajecten en leun en steun",
    ...RECIDIVE,
  },
  {
    kind: "group",
    id: "byCloseReason",
    title: "Afsluitredenen",
    group: "byCloseReason",
    dataBar: true,
  },
  { kind: "group", id: "byRating", title: "Klantoordeel", group: "byRating", chart: "column" },
  { kind: "group", id: "byReferrer", title: "Verwijzers", group: "byReferrer", dataBar: true },
  { kind: "group", id: "byAgeBand", title: "Leeftijd", group: "byAgeBand", chart: "column" },
  {
    kind: "group",
    id: "byTeam.started",
    title: "Per team – opgestart",
    group: "byTeam",
    measure: "started",
  },
  {
    kind: "group",
    id: "byTeam",
    title: "Per team – behandeld",
    group: "byTeam",
    measure: "active",
  },
  {
    kind: "group",
    id: "byTeam.closed",
    title: "Per team – afgesloten",
    group: "byTeam",
    measure: "closed",
  },
  {
    kind: "group",
    id: "byTeam.meanWaitDays",
    title: "Per team – gemiddelde wachttijd in dagen",
    group: "byTeam",
    measure: "meanWaitDays",
  },
  {
    kind: "group",
    id: "byMonth",
    title: "Per maand – opgestart",
    group: "byMonth",
    measure: "started",
    chart: "line",
    rowLabelStyle: "monthName",
  },
  {
    kind: "group",
    id: "byMonth.active",
    title: "Per maand – behandeld",
    group: "byMonth",
    measure: "active",
    rowLabelStyle: "monthName",
  },
  {
    kind: "group",
    id: "byMonth.closed",
    title: "Per maand – afgesloten",
    group: "byMonth",
    measure: "closed",
    rowLabelStyle: "monthName",
    chart: "line",
  },
  {
    kind: "group",
    id: "activities",
    title: "Collectieve trajecten per categorie",
    group: "activities",
    measure: "trajecten",
    dataBar: true,
  },
  {
    kind: "group",
    id: "activities.bijeenkomsten",
    title: "Collectieve bijeenkomsten per categorie",
    group: "activities",
    measure: "bijeenkomsten",
    dataBar: true,
  },
  {
    kind: "group",
    id: "activities.deelnemers",
    title: "Deelnemers collectieve activiteiten per categorie",
    group: "activities",
    measure: "deelnemers",
    chart: "column",
    dataBar: true,
    notes: ["Deelnemers per bijeenkomst opgeteld: een deelnemer telt bij elke bijeenkomst mee."],
  },
] satisfies ReportTableSpec[]);
