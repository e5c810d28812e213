/**
 * @module
 */
import type { RowsSpec, Template } from "../templateSpec";
import { CASE_TYPE_NAMES, caseTypeFilter } from "./caseTypeFilter";

const THIS_YEAR = { kind: "series", of: "years", count: 1 } as const;
const TWO_YEARS = { kind: "series", of: "years", count: 2 } as const;
const TOP_DOMAINS: RowsSpec = {
  dimension: { field: "mainDomains" },
  order: { top: 5, other: false },
  header: "Hoofddomein",
  total: false,
};

/**
 * Mensenwerk Hogeland's annual report ("Onze dienstverlening in cijfers"): figures 1 and 2,
 * tables 1–3 and the recidive table, with the seed's columns (2023 and 2024 side by side). The
 * period is a year ("2024"). Tabel 1 (hoofddomeinen × vorm × jaar) is three tables, one per
 * ondersteuningsvorm. The recidive table has the years as rows and the recidive breakdown's
 * KPIs as columns (recidive of any main domain, of which several earlier cases, only new
 * questions, a same question), as the standard report's breakdown counts them. docs/sjablonen.md
 * maps every seed table. Figure 4 and tabel 5 count the meetings of the activities table, by
 * target group and by category.
 *
 * @example
 * HOGELAND_TEMPLATE.tables.find((t) => t.id === "leeftijd")?.rows?.dimension; //=> { field: "ageBand", edges: [0, 18, 25, 35, 45, 55, 65] }
 */
export const HOGELAND_TEMPLATE: Template = {
  id: "hogeland",
  title: "Mensenwerk Hogeland – onze dienstverlening in cijfers {periode}",
  tables: [
    {
      id: "ondersteuningsvormen",
      title: "Figuur 1 – Totaal overzicht individuele ondersteuning",
      measures: ["active"],
      rows: {
        dimension: { field: "caseType" },
        labels: CASE_TYPE_NAMES,
        order: { fixed: ["IT", "LS", "IA"] },
        header: "Ondersteuningsvorm",
      },
      columns: { kind: "series", of: "years", count: 3 },
      note: "Casussen die in de periode in behandeling stonden.",
      chart: "column",
    },
    {
      id: "leeftijd",
      title: "Figuur 2 – Leeftijdsopbouw individuele ondersteuning",
      measures: ["active"],
      rows: {
        dimension: { field: "ageBand", edges: [0, 18, 25, 35, 45, 55, 65] },
        header: "Leeftijd",
      },
      columns: TWO_YEARS,
      filter: caseTypeFilter("IT", "LS", "IA"),
      note: "De drie individuele ondersteuningsvormen samen; leeftijd bij de start van de casus.",
      chart: "column",
    },
    {
      id: "hoofddomeinenIT",
      title: "Tabel 1 – Top 5 hoofddomeinen: individuele trajecten",
      measures: ["active"],
      rows: TOP_DOMAINS,
      columns: TWO_YEARS,
      filter: caseTypeFilter("IT"),
      note: "Per inwoner kunnen meerdere hoofddomeinen ingevuld zijn.",
    },
    {
      id: "hoofddomeinenLS",
      title: "Tabel 1 – Top 5 hoofddomeinen: leun- en steun",
      measures: ["active"],
      rows: TOP_DOMAINS,
      columns: TWO_YEARS,
      filter: caseTypeFilter("LS"),
      note: "Per inwoner kunnen meerdere hoofddomeinen ingevuld zijn.",
    },
    {
      id: "hoofddomeinenIA",
      title: "Tabel 1 – Top 5 hoofddomeinen: informatie en advies",
      measures: ["active"],
      rows: TOP_DOMAINS,
      columns: TWO_YEARS,
      filter: caseTypeFilter("IA"),
      note: "Per inwoner kunnen meerdere hoofddomeinen ingevuld zijn.",
    },
    {
      id: "verwijzingen",
      title: "Tabel 2 – Verwijzingen",
      measures: ["started"],
      rows: { dimension: { field: "referrer" }, header: "Organisatie" },
      columns: TWO_YEARS,
      note: "Opgestarte casussen per verwijzer; ook zelfmelders staan in de tabel.",
    },
    {
      id: "samenwerkingspartners",
      title: "Tabel 3 – Samenwerkingspartners",
      measures: ["closed"],
      rows: { dimension: { field: "partners" }, header: "Samenwerkingspartner" },
      columns: THIS_YEAR,
      filter: caseTypeFilter("IT"),
      note: "Afgesloten individuele casussen per partij waarmee is samengewerkt.",
    },
    {
      id: "recidive",
      title: "Recidive individuele trajecten",
      measures: [
        { kpi: "started", label: "Totaal aantal individuele trajecten opgestart" },
        { kpi: "recidiveAnyDomain", label: "Recidive casussen" },
        { kpi: "recidiveSeveralEarlier", label: "Waarvan meerdere voorgaande casussen" },
        { kpi: "recidiveNewQuestions", label: "Recidive met alleen nieuwe vragen" },
        { kpi: "recidiveSameQuestion", label: "Recidive met een gelijke vraag" },
      ],
      columns: TWO_YEARS,
      transpose: true,
      filter: caseTypeFilter("IT"),
      note: "Over de opgestarte individuele trajecten. Recidive casussen: de inwoner had eerder een casus, die minstens de ingestelde tussenpoos (standaard 6 maanden) vóór de nieuwe start was afgesloten. Een gelijke vraag: minstens één hoofddomein gelijk aan dat van de vorige casus.",
    },
    {
      id: "collectiefPerDoelgroep",
      title: "Figuur 4 – Collectieve trajecten per doelgroep",
      measures: ["collectiveTrajects"],
      rows: { dimension: { field: "targetGroup" }, header: "Doelgroep" },
      columns: TWO_YEARS,
      note: "Onder een collectief traject kunnen meer bijeenkomsten vallen.",
      chart: "column",
    },
    {
      id: "collectiefPerCategorie",
      title: "Tabel 5 – Collectieve trajecten per categorie",
      measures: [
        { kpi: "collectiveTrajects", label: "Aantal trajecten" },
        { kpi: "meetings", label: "Aantal bijeenkomsten" },
        { kpi: "participants", label: "Aantal deelnemers" },
      ],
      rows: {
        dimension: { field: "activityCategory" },
        order: "alphabetical",
        header: "Categorie",
      },
      columns: { kind: "measures" },
    },
  ],
};
