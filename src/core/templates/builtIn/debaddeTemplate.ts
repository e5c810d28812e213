/**
 * @module
 */
import type { Template } from "../templateSpec";
import { caseTypeFilter } from "./caseTypeFilter";

const THIS_YEAR = { kind: "series", of: "years", count: 1 } as const;
const IT = caseTypeFilter("IT");

/**
 * De Badde's annual report (dashboard "Individuele trajecten", complexiteit en zwaarte,
 * ZRM-informatie): the dashboard's tiles as two tables, each figure as a table with a chart,
 * and the numbers its text quotes (aanmeldlijst, doorverwijzingen, doelscore over three years).
 * The period is a year ("2021"). The dashboard's result per product is the goal score reached or
 * the mean ZRM end score (zrmMeanEndScore); "Domein / Groei" is the mean growth (zrmMeanGrowth) by
 * the ZRM pairs' own domain. docs/sjablonen.md maps every seed table to these tables and lists
 * what cannot be made.
 *
 * @example
 * DEBADDE_TEMPLATE.tables.find((t) => t.id === "zwaarte")?.rows?.dimension; //=> { field: "weight" }
 */
export const DEBADDE_TEMPLATE: Template = {
  id: "debadde",
  title: "De Badde – individuele trajecten {periode}",
  tables: [
    {
      id: "dashboard",
      title: "Dashboard individuele trajecten",
      measures: [
        "active",
        "started",
        "closed",
        "uniqueClients",
        "helpQuestions",
        // De Badde's recidive is any return after six months, whatever the question.
        { kpi: "recidivistsAnyDomain", label: "Aantal recidivisten" },
      ],
      columns: THIS_YEAR,
      filter: IT,
      note: "Recidive: een inwoner meldt zich meer dan zes maanden na afsluiting van een voorgaand traject opnieuw.",
    },
    {
      id: "dashboardPerProduct",
      title: "Dashboard individuele trajecten – per soort traject",
      measures: ["active", "meanDurationClosed", "goalReachedPct", "zrmMeanEndScore"],
      columns: { kind: "crosstab", dimension: { field: "product" } },
      filter: IT,
      note:
        "Aantal: trajecten in behandeling; doorlooptijd: afgesloten trajecten; resultaat: doelscore behaald (ZRM) " +
        "of de gemiddelde eindscore op de ZRM (zoals bij huiselijk geweld), over de hoofddomeinen van de afgesloten trajecten.",
    },
    {
      id: "aanmeldlijst",
      title: "Aanmeldlijst en wachttijd",
      measures: ["waitingList", "meanWaitDays"],
      columns: THIS_YEAR,
      note: "Aanmeldlijst: het gemiddelde aantal casussen dat over de maanden van de periode aangemeld en nog niet gestart was.",
    },
    {
      id: "complexiteit",
      title: "Complexiteit hulpvraag",
      measures: ["active"],
      rows: { dimension: { field: "complexity" }, order: "value" },
      columns: THIS_YEAR,
      share: true,
      filter: IT,
      note: "Individuele trajecten; de complexiteit zoals in de export vastgelegd (zonder die kolom: afgeleid van het aantal hoofddomeinen).",
      chart: "column",
    },
    {
      id: "zwaarte",
      title: "Zwaarte hulpvraag",
      measures: ["active"],
      rows: { dimension: { field: "weight" }, order: "value" },
      columns: THIS_YEAR,
      share: true,
      filter: IT,
      note: "Individuele trajecten; de zwaarte is een inschatting vooraf van het aantal gesprekken.",
      chart: "column",
    },
    {
      id: "contactmomenten",
      title: "Contactmomenten afgesloten individuele trajecten",
      measures: ["meanContacts", "overFiveContactsPct"],
      columns: THIS_YEAR,
      filter: IT,
    },
    {
      id: "doorverwijzingen",
      title: "Doorverwijzingen",
      measures: ["closed"],
      rows: { dimension: { field: "referredTo" }, header: "Doorverwezen naar", total: false },
      columns: THIS_YEAR,
      note: "Afgesloten casussen per partij waarnaar is doorverwezen.",
    },
    {
      id: "hoofddomeinen",
      title: "ZRM-informatie – hoofddomeinen individuele trajecten",
      measures: ["active"],
      rows: {
        dimension: { field: "mainDomains" },
        order: { top: 5, other: false },
        header: "Domein",
        total: false,
      },
      columns: THIS_YEAR,
      filter: IT,
      note: "Een traject telt mee bij elk van zijn hoofddomeinen.",
      chart: "bar",
    },
    {
      id: "zrmGroei",
      title: "ZRM-informatie – groei per hoofddomein",
      measures: [{ kpi: "zrmMeanGrowth", label: "Groei" }],
      rows: { dimension: { field: "zrmDomain" }, header: "Domein", total: false },
      columns: { kind: "measures" },
      filter: IT,
      note: "De gemiddelde groei op de ZRM (eindscore min beginscore) per hoofddomein, over de afgesloten individuele trajecten.",
      chart: "bar",
    },
    {
      id: "doelscore",
      title: "Doelscore behaald",
      measures: ["goalReachedPct"],
      columns: { kind: "series", of: "years", count: 3 },
      filter: IT,
      note: "Het deel van de hoofddomeinen van afgesloten individuele trajecten waarop de vooraf gestelde doelscore op de ZRM is behaald.",
      chart: "line",
    },
  ],
};
