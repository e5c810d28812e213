/**
 * @module
 */
import type { RowsSpec, Template } from "../templateSpec";

const QUARTERS = { kind: "series", of: "quarters" } as const;
const MONTHS = { kind: "series", of: "months" } as const;
const PER_TEAM: RowsSpec = {
  dimension: { field: "team" },
  order: "alphabetical",
  header: "Buurtteam",
};
const GESTART_LOPEND_AFGESLOTEN = [
  { kpi: "started", label: "Gestart" },
  { kpi: "active", label: "Lopend" },
  { kpi: "closed", label: "Afgesloten" },
];

const SELF_FIRST: RowsSpec = {
  dimension: { field: "selfReferral" },
  labels: { overig: "Overig" },
  header: "Soort",
};

/**
 * Buurtteamorganisatie Sociaal Utrecht's quarterly report (chapter "Cijfers" and "Bijlage |
 * Cijfers"): its tables per quarter (Q1..Qn of the period's year) and per month, per buurtteam,
 * by afsluitreden, klantoordeel and "kan verder zonder begeleiding". The period is the year to
 * date ("t/m Q3 2017"). The seed's per-quarter team tables (gestart, lopend, afgesloten in one
 * quarter) are here one table with those measures per quarter side by side: a template
 * table has one measure per row dimension. docs/sjablonen.md maps every seed table and lists
 * what cannot be made (maatwerk: toegewezen zorg and doorstroom per leverancier).
 *
 * @example
 * UTRECHT_TEMPLATE.tables.find((t) => t.id === "perMaand")?.columns; //=> { kind: "series", of: "months" }
 */
export const UTRECHT_TEMPLATE: Template = {
  id: "utrecht",
  title: "Buurtteamorganisatie Sociaal – cijfers {periode}",
  tables: [
    {
      id: "perKwartaal",
      title: "Aantal casussen per kwartaal",
      measures: GESTART_LOPEND_AFGESLOTEN,
      columns: QUARTERS,
      note: "Lopend: casussen die in het kwartaal in behandeling waren.",
    },
    {
      id: "perMaand",
      title: "Aantal casussen per maand",
      measures: GESTART_LOPEND_AFGESLOTEN,
      columns: MONTHS,
      note: "Lopend: casussen die in de maand in behandeling waren.",
    },
    {
      id: "wachttijdPerTeam",
      title: "Gemiddeld aantal dagen tot eerste kennismaking",
      measures: ["meanWaitDays"],
      rows: PER_TEAM,
      columns: QUARTERS,
      note: "Dagen tussen aanmelding en eerste kennismaking (intake), over de casussen met een intake in het kwartaal.",
    },
    {
      id: "casussenPerTeamKwartaal",
      title: "Aantal casussen per kwartaal per buurtteam",
      measures: GESTART_LOPEND_AFGESLOTEN,
      rows: PER_TEAM,
      columns: { kind: "measures", of: "quarters" },
      note: "Per kwartaal: gestart, lopend (in het kwartaal in behandeling) en afgesloten.",
    },
    {
      id: "uniekeKlantenPerTeam",
      title: "Aantal unieke klanten betrokken bij in periode lopende casussen per buurtteam",
      measures: ["uniqueClients"],
      rows: PER_TEAM,
      columns: QUARTERS,
    },
    {
      id: "lopendPerTeamMaand",
      title: "Aantal lopende casussen in periode per buurtteam",
      measures: ["active"],
      rows: PER_TEAM,
      columns: MONTHS,
    },
    {
      id: "gestartPerMaand",
      title: "Aantal gestarte casussen",
      measures: ["started"],
      rows: SELF_FIRST,
      columns: MONTHS,
      note: "Zelfmelder: de cliënt meldde zich zelf aan; Overig: alle andere verwijzers.",
    },
    {
      id: "gestartPerKwartaal",
      title: "Aantal gestarte casussen per kwartaal",
      measures: ["started"],
      rows: SELF_FIRST,
      columns: QUARTERS,
      note: "Zelfmelder: de cliënt meldde zich zelf aan; Overig: alle andere verwijzers.",
    },
    {
      id: "zelfmeldersPercentage",
      title: "Aantal gestarte casussen in percentage – zelfmelders",
      measures: ["selfReferralPct"],
      columns: QUARTERS,
      chart: "column",
    },
    {
      id: "gestartPerTeamMaand",
      title: "Aantal gestarte casussen in periode per buurtteam",
      measures: ["started"],
      rows: PER_TEAM,
      columns: MONTHS,
    },
    {
      id: "afsluitreden",
      title: "Aantal afgesloten casussen, ingedeeld naar afsluitreden",
      measures: ["closed"],
      rows: { dimension: { field: "closeReason" }, order: "alphabetical", header: "Afsluitreden" },
      columns: QUARTERS,
      share: true,
      note: "Aandeel: het percentage in het laatste kwartaal.",
      chart: "pie",
    },
    {
      id: "doelbereik",
      title: "Doelbereik",
      measures: ["closed", "canContinueAlonePct", "meanRating", "insufficientRatingPct"],
      columns: QUARTERS,
      note: "Over de in het kwartaal afgesloten casussen; klantoordeel over de casussen met een cijfer, onvoldoende is lager dan 6.",
    },
    {
      id: "klantoordeel",
      title: "Klantoordeel kwaliteit dienstverlening",
      measures: ["closed"],
      rows: { dimension: { field: "rating" }, header: "Rapportcijfer", total: false },
      columns: QUARTERS,
      transpose: true,
      note: "Afgesloten casussen per rapportcijfer.",
      chart: "column",
    },
    {
      id: "zelfstandigVerder",
      title: "Aantal afgesloten casussen, kan verder zonder begeleiding",
      measures: ["closed"],
      rows: { dimension: { field: "canContinueAlone" }, header: "Kan verder zonder begeleiding" },
      columns: MONTHS,
    },
  ],
};
