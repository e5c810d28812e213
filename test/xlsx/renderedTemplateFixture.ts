import type { RenderedTemplate } from "../../src/core/templates/renderTemplate";
import type { ReportProvenance } from "../../src/core/report/provenanceLines";

/** Two small tables, a series with a chart and a comparison with a share, and one left out. */
export const RENDERED: RenderedTemplate = {
  id: "proef",
  title: "Proefrapport t/m Q3 2024",
  tables: [
    {
      id: "perTeam",
      title: "Opgestart per team",
      rowHeader: "Team",
      columns: [
        { header: "Q1 2024", kind: "value" },
        { header: "Q2 2024", kind: "value" },
        { header: "Verschil", kind: "delta" },
      ],
      rows: [
        { label: "Noord", key: "Noord", values: [12, 9, -3], format: "count", isTotal: false },
        { label: "Zuid", key: "Zuid", values: [4, null, null], format: "count", isTotal: false },
        { label: "Totaal", key: "#totaal", values: [16, 9, -7], format: "count", isTotal: true },
      ],
      notes: ["Een casus telt in het kwartaal waarin hij startte."],
      chart: "column",
    },
    {
      id: "reden",
      title: "Afsluitreden",
      rowHeader: "Afsluitreden",
      columns: [
        { header: "t/m Q3 2023", kind: "value" },
        { header: "t/m Q3 2024", kind: "value" },
        { header: "Verschil", kind: "delta" },
        { header: "Verschil %", kind: "deltaPct" },
        { header: "Aandeel", kind: "share" },
      ],
      rows: [
        {
          label: "Doel bereikt",
          key: "doel",
          values: [0.5, 0.625, 0.125, null, 0.625],
          format: "percent",
          isTotal: false,
        },
        {
          label: "Totaal",
          key: "#totaal",
          values: [40, 48, 8, 0.2, 1],
          format: "count",
          isTotal: true,
        },
      ],
      notes: [],
    },
  ],
  omitted: [{ id: "wijk", title: "Per wijk", reason: "de kolom Wijk ontbreekt in de export" }],
  periodLabel: "t/m Q3 2024",
  parameters: [{ label: "Sjabloon", value: "proef" }],
  definitions: [
    { label: "Opgestart", definition: "Het aantal casussen met een start in de periode." },
  ],
};

export const PROVENANCE: ReportProvenance = {
  organisation: "Buurtteam Proef",
  sourceFiles: ["export-q3.xlsx"],
  referenceDate: 45838, // 30-6-2025
  generatedOn: 46363, // 7-12-2026
};

const row = (label: string, values: (number | null)[], isTotal = false) => ({
  label,
  key: isTotal ? "#totaal" : label,
  values,
  format: "count" as const,
  isTotal,
});

/**
 * Two-level headers and lines over periods: measures per quarter (a column chart), a series
 * with Verschil columns between its quarters (a line), and a comparison without rows (a line).
 */
export const GROUPED: RenderedTemplate = {
  id: "proef",
  title: "Proefrapport t/m Q2 2024",
  tables: [
    {
      id: "teams",
      title: "Teams per kwartaal",
      rowHeader: "Team",
      columns: [
        {
          header: "Q1 2024: Gestart",
          kind: "value",
          group: { label: "Q1 2024", header: "Gestart" },
        },
        {
          header: "Q1 2024: Wachttijd",
          kind: "value",
          format: "days",
          group: { label: "Q1 2024", header: "Wachttijd" },
        },
        {
          header: "Q2 2024: Gestart",
          kind: "value",
          group: { label: "Q2 2024", header: "Gestart" },
        },
        {
          header: "Q2 2024: Wachttijd",
          kind: "value",
          format: "days",
          group: { label: "Q2 2024", header: "Wachttijd" },
        },
      ],
      rows: [
        row("Noord", [12, 20, 9, 18]),
        row("Zuid", [4, 31, 7, 25]),
        row("Totaal", [16, 23, 16, 21], true),
      ],
      notes: [],
      chart: "column",
    },
    {
      id: "verloop",
      title: "Verloop per team",
      rowHeader: "Team",
      columns: [
        { header: "Q1 2024", kind: "value" },
        { header: "Q2 2024", kind: "value" },
        { header: "Verschil", kind: "delta" },
        { header: "Q3 2024", kind: "value" },
        { header: "Verschil", kind: "delta" },
      ],
      rows: [
        row("Noord", [12, 9, -3, 10, 1]),
        row("Zuid", [4, null, null, 6, null]),
        row("Totaal", [16, 9, -7, 16, 7], true),
      ],
      notes: [],
      chart: "line",
      periodColumns: true,
    },
    {
      id: "jaren",
      title: "Opgestart",
      rowHeader: "",
      columns: [
        { header: "t/m Q2 2023", kind: "value" },
        { header: "t/m Q2 2024", kind: "value" },
        { header: "Verschil", kind: "delta" },
        { header: "Verschil %", kind: "deltaPct" },
      ],
      rows: [row("Opgestart", [40, 48, 8, 0.2])],
      notes: [],
      chart: "line",
      periodColumns: true,
    },
  ],
  omitted: [],
  periodLabel: "t/m Q2 2024",
  parameters: [],
  definitions: [],
};
