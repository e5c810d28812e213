/**
 * A local test template (the built-in seed templates live in the core): a period series
 * with Verschil columns and a column chart, a comparison with shares and a pie, a crosstab
 * with a bar chart, and a table over a column the sample export does not have (left out).
 */
import type { Template } from "../../src/core";

export const TEST_TEMPLATE: Template = {
  id: "testorganisatie",
  title: "Testorganisatie – kwartaalcijfers {periode}",
  tables: [
    {
      id: "perTeam",
      title: "Gestart per team",
      measures: ["started"],
      rows: { dimension: { field: "team" }, order: "alphabetical" },
      columns: { kind: "series", of: "quarters", delta: true },
      chart: "column",
    },
    {
      id: "soort",
      title: "Soort traject",
      measures: ["started"],
      rows: { dimension: { field: "caseType" }, order: { fixed: ["IT", "LS", "IA"] } },
      columns: { kind: "comparison" },
      share: true,
      chart: "pie",
    },
    {
      id: "kruis",
      title: "Team en soort traject",
      measures: ["started"],
      rows: { dimension: { field: "team" }, order: "alphabetical" },
      columns: { kind: "crosstab", dimension: { field: "caseType" } },
      chart: "bar",
    },
    {
      id: "wijk",
      title: "Gestart per wijk",
      measures: ["started"],
      rows: { dimension: { column: "Wijk" } },
      columns: { kind: "comparison" },
    },
  ],
};
