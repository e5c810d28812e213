/**
 * @module
 */
import type { Template } from "../templateSpec";
import { CASE_TYPE_NAMES, caseTypeFilter } from "./caseTypeFilter";

const THIS_YEAR = { kind: "series", of: "years", count: 1 } as const;
const TWO_YEARS = { kind: "series", of: "years", count: 2 } as const;
const THREE_YEARS = { kind: "series", of: "years", count: 3 } as const;

/**
 * Welstad's annual report (chapter "Impact dienstverlening"): its figures 1–7 as tables with a
 * chart, and the numbers its text quotes. The period is a year ("2024"); trends are the years
 * N−2..N. docs/sjablonen.md maps every seed figure to these tables and lists what cannot be
 * made. Tabel 1 (collectieve ondersteuning) counts the meetings of the activities table by
 * their category.
 *
 * @example
 * WELSTAD_TEMPLATE.tables.find((t) => t.id === "leeftijden")?.rows?.dimension; //=> { field: "ageBand", edges: [0, 13, 18, 27, 56] }
 */
export const WELSTAD_TEMPLATE: Template = {
  id: "welstad",
  title: "Welstad – impact dienstverlening {periode}",
  tables: [
    {
      id: "ondersteuningsvormen",
      title: "Figuur 1 – Individuele ondersteuning per vorm",
      measures: ["active"],
      rows: {
        dimension: { field: "caseType" },
        labels: CASE_TYPE_NAMES,
        order: { fixed: ["IT", "LS", "IA"] },
        header: "Ondersteuningsvorm",
      },
      columns: THREE_YEARS,
      note: "Casussen in behandeling.",
      chart: "column",
    },
    {
      id: "individueleTrajecten",
      title: "Figuur 2 – Individuele trajecten: opgestart en afgesloten",
      measures: ["started", "closed"],
      columns: THREE_YEARS,
      filter: caseTypeFilter("IT"),
      chart: "column",
    },
    {
      id: "leunEnSteun",
      title: "Figuur 3 – Leun- en steuncontacten: opgestart en afgesloten",
      measures: ["started", "closed"],
      columns: THREE_YEARS,
      filter: caseTypeFilter("LS"),
      chart: "column",
    },
    {
      id: "individueleTrajectenKerncijfers",
      title: "Individuele trajecten – nieuwe inwoners en doorlooptijd",
      measures: ["newClientPct", "meanDurationClosed"],
      columns: THIS_YEAR,
      filter: caseTypeFilter("IT"),
      note: "Nieuwe cliënten: van de gestarte trajecten het deel van inwoners die niet eerder bekend waren.",
    },
    {
      id: "leunEnSteunKerncijfers",
      title: "Leun- en steuncontacten – doorlooptijd",
      measures: ["meanDurationClosed"],
      columns: THIS_YEAR,
      filter: caseTypeFilter("LS"),
    },
    {
      id: "leeftijden",
      title: "Figuur 4 – Leeftijden individuele ondersteuning",
      measures: ["active"],
      rows: {
        dimension: { field: "ageBand", edges: [0, 13, 18, 27, 56] },
        header: "Leeftijd",
      },
      columns: THIS_YEAR,
      filter: caseTypeFilter("IT", "LS", "IA"),
      note: "Leeftijd bij de start van de casus; kinderen staan vaak op naam van een ouder.",
      chart: "column",
    },
    {
      id: "verwijzers",
      title: "Verwijzingen individuele ondersteuning",
      measures: ["started"],
      rows: { dimension: { field: "referrer" }, header: "Verwijzer" },
      columns: TWO_YEARS,
      note: "Opgestarte casussen per verwijzer; ook zelfmelders staan in de tabel.",
    },
    {
      id: "zonderDoorverwijzing",
      title: "Afgerond zonder verdere doorverwijzing",
      measures: ["withoutReferralPct"],
      columns: TWO_YEARS,
    },
    {
      id: "doorverwezenNaar",
      title: "Figuur 5 – Doorverwezen naar",
      measures: ["closed"],
      rows: { dimension: { field: "referredTo" }, header: "Doorverwezen naar" },
      columns: THIS_YEAR,
      share: true,
      note: "Afgesloten casussen; Onbekend: zonder doorverwijzing ingevuld.",
      chart: "pie",
    },
    {
      id: "zrmIndividueleTrajecten",
      title: "Figuur 6 – ZRM top 5 hoofddomeinen individuele trajecten",
      measures: ["active"],
      rows: {
        dimension: { field: "mainDomains" },
        order: { top: 5, other: false },
        header: "Hoofddomein",
        total: false,
      },
      columns: TWO_YEARS,
      filter: caseTypeFilter("IT"),
      chart: "bar",
    },
    {
      id: "zrmLeunEnSteun",
      title: "Figuur 7 – ZRM top 5 hoofddomeinen leun- en steuncontacten",
      measures: ["active"],
      rows: {
        dimension: { field: "mainDomains" },
        order: { top: 5, other: false },
        header: "Hoofddomein",
        total: false,
      },
      columns: TWO_YEARS,
      filter: caseTypeFilter("LS"),
      chart: "bar",
    },
    {
      id: "collectieveOndersteuning",
      title: "Tabel 1 – Collectieve ondersteuning",
      measures: [
        { kpi: "meetings", label: "Bijeenkomsten" },
        { kpi: "participants", label: "Deelnemers" },
      ],
      rows: {
        dimension: { field: "activityCategory" },
        order: "alphabetical",
        header: "Type collectieve activiteit",
      },
      columns: { kind: "measures" },
      note: "Het gaat niet om unieke deelnemers: een inwoner kan aan meer trajecten of bijeenkomsten deelnemen.",
    },
  ],
};
