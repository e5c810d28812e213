import type { RenderedTemplate } from "../../src/core/templates/renderTemplate";

/**
 * A template's report in publication mode at threshold 10, marked by hand as the suppression
 * would leave it: Zuid's Q1 count is small, Noord's Q2 count is hidden so that Zuid cannot be
 * worked out from the total, and both Δ cells with them.
 */
export const MARKED: RenderedTemplate = {
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
        {
          label: "Noord",
          key: "Noord",
          values: [12, null, null],
          format: "count",
          isTotal: false,
          suppressed: [null, "hidden", "hidden"],
        },
        {
          label: "Zuid",
          key: "Zuid",
          values: [null, 31, null],
          format: "count",
          isTotal: false,
          suppressed: ["small", null, "hidden"],
        },
        { label: "Totaal", key: "#totaal", values: [19, 40, 21], format: "count", isTotal: true },
      ],
      notes: ["Een casus telt in het kwartaal waarin hij startte."],
      publication: { threshold: 10 },
    },
  ],
  omitted: [],
  periodLabel: "t/m Q3 2024",
  parameters: [{ label: "Sjabloon", value: "proef" }],
  definitions: [],
  publication: { threshold: 10 },
};

/** The legend lines the writers print below the marked table, after its own note. */
export const MARKED_NOTES = [
  "Een casus telt in het kwartaal waarin hij startte.",
  "<10: minder dan 10 personen; kleine aantallen zijn afgeschermd.",
  "–*: afgeschermd, omdat het over minder dan 10 personen gaat of omdat het anders uit een totaal, een andere tabel of een percentage af te leiden is.",
];
