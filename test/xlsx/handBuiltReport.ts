import { buildReportRow, type ReportRowInput } from "../../src/core/report/buildReportRow";
import type { Report, ReportRow, ReportTable } from "../../src/core/reportTable";

const HEADERS = ["Soort KPI", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"] as const;

function row(
  input: Partial<ReportRowInput> & Pick<ReportRowInput, "label" | "previous" | "current">
): ReportRow {
  return buildReportRow({
    key: input.label,
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    ...input,
  });
}

/** A report shaped like deBasis Veendam's Q3 2024 tables, built by hand (no engine). */
export function handBuiltReport(): Report {
  const kpis: ReportTable = {
    id: "kpis",
    title: "Inzicht meetbare resultaten",
    headers: HEADERS,
    rows: [
      row({ label: "Aantal aanmeldingen", key: "registrations", previous: 479, current: 452 }),
      row({
        label: "Aantal informatie en advies",
        key: "infoAdvice",
        previous: 513,
        current: 666,
        polarity: "up",
      }),
      row({
        label: "Gemiddelde wachttijd in dagen",
        key: "meanWaitDays",
        previous: 23.4,
        current: 15.2,
        format: "days",
        polarity: "down",
        deltaKind: "points",
      }),
      row({
        label: "Aantal recidive trajecten",
        key: "recidive",
        previous: 16,
        current: 10,
        polarity: "down",
      }),
      row({
        label: "Percentage recidive",
        key: "recidivePct",
        previous: 16 / 331,
        current: 10 / 312,
        format: "percent",
        polarity: "down",
        deltaKind: "points",
      }),
      row({ label: "Klachten", key: "complaints", previous: 1, current: 2, polarity: "down" }),
      row({
        label: "Gemiddeld klantoordeel",
        key: "meanRating",
        previous: 7.85,
        current: null,
        format: "score",
        polarity: "up",
        deltaKind: "points",
      }),
      row({
        label: "Aantal bijeenkomsten",
        key: "meetings",
        previous: 1392,
        current: 1376,
        polarity: "up",
      }),
      row({
        label: "Totaal aantal deelnemers",
        key: "participants",
        previous: 0,
        current: 8798,
        polarity: "up",
      }),
    ],
    notes: [
      "Recidive: opgestarte individuele trajecten en leun en steun van terugkerende inwoners.",
    ],
  };
  const teams: ReportTable = {
    id: "byTeam.started",
    title: "Per team – opgestart",
    headers: ["Team", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
    rows: [
      row({ label: "=SUM(A1)", key: "=SUM(A1)", previous: 120, current: 130 }),
      row({ label: "-Noord", key: "-Noord", previous: 90, current: 85 }),
      row({ label: "+Zuid", key: "+Zuid", previous: 40, current: 41 }),
      row({ label: "@West", key: "@West", previous: 3, current: 4 }),
      row({ label: "Totaal", key: "Totaal", previous: 253, current: 260, isTotal: true }),
    ],
    dataBar: true,
  };
  const suppressed: ReportTable = {
    id: "byAgeBand",
    title: "Leeftijd",
    headers: ["Leeftijd", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
    rows: [
      {
        ...row({ label: "18–26", previous: 3, current: 12 }),
        suppressed: { previous: "small", delta: true },
      },
      {
        ...row({ label: "27–44", previous: 40, current: 30 }),
        suppressed: { previous: "hidden", delta: true },
      },
      row({ label: "Totaal", previous: 43, current: 42, isTotal: true }),
    ],
    notes: ["<5: minder dan 5 personen."],
  };
  return {
    title: "Welzijnsmonitor – rapportage t/m Q3 2024",
    periodLabel: "t/m Q3 2024",
    previousLabel: "t/m Q3 2023",
    tables: [kpis, teams, suppressed],
    definitions: [
      { label: "Aantal aanmeldingen", definition: "Casussen met een aanmelddatum in de periode." },
      { label: "=Gevaarlijk", definition: "-begint met een minteken" },
    ],
    parameters: [
      { label: "Periode", value: "t/m Q3 2024 (1-1-2024 t/m 30-9-2024)" },
      { label: "Recidive: minimale tussenpoos", value: "6 maanden" },
    ],
    publication: { threshold: 5 },
  };
}
