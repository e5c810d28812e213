/**
 * @module
 */
import type { Template } from "../templateSpec";
import { caseTypeFilter } from "./caseTypeFilter";

const TWO_YEARS = { kind: "series", of: "years", count: 2 } as const;

/** deBasis's own products, in the order of its table "Type trajecten". */
const DEBASIS_PRODUCTS = [
  "AVMO kernpartner",
  "Ambulant begeleiding AV",
  "Algemeen maatschappelijk werk",
  "Schoolmaatschappelijk werk",
  "Onafhankelijke clientondersteuning",
  "Huiselijk geweld",
];

/** deBasis's five forms of collective support, in the order of its table "Collectieve dienstverlening". */
const DEBASIS_COLLECTIVE_FORMS = [
  "Open groep met inloop",
  "Open groep eenmalig",
  "Gesloten groep",
  "Ondersteuning zelforganisatie",
  "Deelname aan (professionele) netwerkoverleggen",
];

/** The measures of deBasis's collective tables, with its labels. */
const DEBASIS_COLLECTIVE_MEASURES = [
  { kpi: "collectiveTrajects", label: "Aantal collectieve trajecten" },
  { kpi: "meetings", label: "Aantal bijeenkomsten" },
  { kpi: "participants", label: "Aantal deelnemers" },
];

const PARTICIPANTS_NOTE =
  "Deels unieke, deels niet-unieke deelnemers: wie meer bijeenkomsten bezoekt, telt bij elke bijeenkomst.";

/**
 * deBasis Veendam's quarterly report ("Q3 2024 rapportage deBasis Veendam"): each table the
 * export can serve, with the seed's columns (the period and the same range a year earlier,
 * "t/m Q3 2023", "t/m Q3 2024"). docs/sjablonen.md maps every seed table to these tables and
 * lists what cannot be made. The collective tables count the meetings of the activities table
 * (collectiveTrajects, meetings, participants), by the activity's category.
 *
 * @example
 * DEBASIS_TEMPLATE.tables.map((t) => t.id)[0]; //=> "inzicht"
 */
export const DEBASIS_TEMPLATE: Template = {
  id: "debasis",
  title: "Rapportage deBasis Veendam {periode}",
  tables: [
    {
      id: "inzicht",
      title: "Inzicht meetbare resultaten",
      measures: [
        "registrations",
        { kpi: "infoAdvice", label: "Aantal informatie en advies" },
        "meanWaitDays",
        { kpi: "recidive", label: "Aantal recidive trajecten", filter: caseTypeFilter("IT", "LS") },
        {
          kpi: "recidivePct",
          label: "Percentage recidive (%)",
          filter: caseTypeFilter("IT", "LS"),
        },
        { kpi: "complaints", label: "Klachten" },
      ],
      columns: TWO_YEARS,
      note: "Recidive: opgestarte individuele trajecten en leun en steun van terugkerende inwoners, minimaal een half jaar na het afsluiten van de vorige casus en met minimaal één gelijk hoofddomein ZRM.",
    },
    {
      id: "overzichtIndividueleOndersteuning",
      title: "Overzicht individuele ondersteuning",
      measures: [
        { kpi: "started", label: "Opgestart" },
        { kpi: "active", label: "Behandeld" },
        { kpi: "closed", label: "Afgesloten" },
        { kpi: "meanDurationClosed", label: "Doorlooptijd afgesloten (in dagen)" },
      ],
      columns: {
        kind: "crosstab",
        dimension: { field: "caseType" },
        of: "years",
        count: 2,
        labels: { IT: "Individuele trajecten", LS: "Leun en steun trajecten" },
        total: false,
      },
      filter: caseTypeFilter("IT", "LS"),
    },
    {
      id: "collectieveDienstverlening",
      title: "Collectieve dienstverlening",
      measures: DEBASIS_COLLECTIVE_MEASURES,
      rows: {
        dimension: { field: "activityCategory" },
        order: { fixed: DEBASIS_COLLECTIVE_FORMS },
        header: "Type collectieve trajecten",
      },
      columns: { kind: "measures", of: "years", count: 2 },
      note: PARTICIPANTS_NOTE,
    },
    {
      id: "collectieveTrajecten",
      title: "Collectieve trajecten",
      measures: DEBASIS_COLLECTIVE_MEASURES,
      columns: TWO_YEARS,
      note: PARTICIPANTS_NOTE,
    },
    {
      id: "typeTrajecten",
      title: "Type trajecten",
      measures: [
        { kpi: "active", label: "Aantal behandeld" },
        { kpi: "meanDurationClosed", label: "Gemiddelde doorlooptijd in dagen" },
      ],
      rows: {
        dimension: { field: "product" },
        order: { fixed: DEBASIS_PRODUCTS },
        header: "Type traject",
        total: false,
      },
      columns: { kind: "measures", of: "years", count: 2, first: "measure" },
      note: "Gemiddelde doorlooptijd van de in de periode afgesloten trajecten.",
    },
    {
      id: "topHoofddomeinen",
      title: "Top 5 hoofddomeinen ZRM",
      measures: ["active"],
      rows: {
        dimension: { field: "mainDomains" },
        order: { top: 5, other: false },
        header: "Hoofddomein",
        total: false,
      },
      columns: TWO_YEARS,
      filter: caseTypeFilter("IT"),
      note: "Individuele trajecten in behandeling per hoofddomein; een traject telt mee bij elk van zijn hoofddomeinen.",
      chart: "bar",
    },
  ],
};
