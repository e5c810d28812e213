/** A small hand-built report (no engine): two tables, one with a total, a chart and a data bar. */
import { buildReportRow } from "../../src/core/report/buildReportRow";
import type { Report, ReportTable } from "../../src/core/reportTable";

export const KPI_TABLE: ReportTable = {
  id: "kpis",
  title: "Inzicht meetbare resultaten",
  headers: ["Soort KPI", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
  rows: [
    buildReportRow({
      label: "Aantal aanmeldingen",
      key: "registrations",
      previous: 479,
      current: 452,
      format: "count",
      polarity: "neutral",
      deltaKind: "absolute",
    }),
    buildReportRow({
      label: "Gemiddelde wachttijd in dagen",
      key: "meanWaitDays",
      previous: 20,
      current: 12,
      format: "days",
      polarity: "down",
      deltaKind: "points",
    }),
    buildReportRow({
      label: "Percentage recidive",
      key: "recidivePct",
      previous: 0.064,
      current: 0.048,
      format: "percent",
      polarity: "down",
      deltaKind: "points",
    }),
    buildReportRow({
      label: "Klachten",
      key: "complaints",
      previous: 3,
      current: 5,
      format: "count",
      polarity: "down",
      deltaKind: "absolute",
    }),
  ],
  notes: ["Recidive: opgestarte trajecten van terugkerende cliënten."],
};

export const TEAM_TABLE: ReportTable = {
  id: "byTeam",
  title: "Per team – behandeld",
  headers: ["Team", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
  chart: "bar",
  dataBar: true,
  rows: [
    buildReportRow({
      label: "=Noord",
      key: "=Noord",
      previous: 100,
      current: 120,
      format: "count",
      polarity: "neutral",
      deltaKind: "absolute",
    }),
    buildReportRow({
      label: "-Zuid",
      key: "-Zuid",
      previous: 80,
      current: null,
      format: "count",
      polarity: "neutral",
      deltaKind: "absolute",
    }),
    buildReportRow({
      label: "1",
      key: "1",
      previous: 0,
      current: 7,
      format: "count",
      polarity: "neutral",
      deltaKind: "absolute",
    }),
    buildReportRow({
      label: "Totaal",
      key: "total",
      previous: 180,
      current: 127,
      format: "count",
      polarity: "neutral",
      deltaKind: "absolute",
      isTotal: true,
    }),
  ],
};

/**
 * The fixture report with the given tables.
 *
 * @param tables - the tables (default both)
 */
export function fixtureReport(tables: readonly ReportTable[] = [KPI_TABLE, TEAM_TABLE]): Report {
  return {
    title: "Welzijnsmonitor – rapportage t/m Q3 2024",
    periodLabel: "t/m Q3 2024",
    previousLabel: "t/m Q3 2023",
    tables,
    definitions: [
      { label: "Aantal aanmeldingen", definition: "Casussen met een aanmelddatum in de periode." },
    ],
    parameters: [
      { label: "Periode", value: "t/m Q3 2024 (1-1-2024 t/m 30-9-2024)" },
      { label: "Recidive: minimale tussenpoos", value: "6 maanden" },
    ],
  };
}
