// Tables over the meetings of the activities table: each cell of a table broken down by the
// meetings' own columns (category, target group) equals the activity KPI's plain reference on
// the meetings of that cell; the Totaal row is the reference on all meetings.
import fc from "fast-check";
import { createEngine } from "../../../src/core/engine/createEngine";
import { getKpi, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { referenceData, type ActivityRecord } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import type { TemplateTableOutcome } from "../../../src/core/templates/renderedTable";
import { renderTemplateTable } from "../../../src/core/templates/renderTemplateTable";
import { seriesPeriods } from "../../../src/core/templates/seriesPeriods";
import type { TemplateTableSpec } from "../../../src/core/templates/templateSpec";
import type { Dataset, Period } from "../../../src/core/types";
import { datasetArbitrary, periodArbitrary } from "../measures/referenceArbitraries";

const recidive = resolveRecidiveOptions();
const MEASURES: readonly KpiId[] = ["collectiveTrajects", "meetings", "participants"];

function render(dataset: Dataset, period: Period, spec: TemplateTableSpec): TemplateTableOutcome {
  return renderTemplateTable(
    { engine: createEngine(dataset), period, previous: previousYearPeriod(period), recidive },
    spec
  );
}

/** The KPI's reference on the meetings `keep` keeps. */
function reference(
  dataset: Dataset,
  kpi: KpiId,
  period: Period,
  keep: (a: ActivityRecord) => boolean
): number | null {
  const data = referenceData(dataset);
  const activities = data.activities?.filter(keep);
  return getKpi(kpi).reference({ ...data, ...(activities ? { activities } : {}) }, period, {
    recidive,
  }).value;
}

describe.each([
  ["activityCategory", (a: ActivityRecord) => a.category],
  ["targetGroup", (a: ActivityRecord) => a.targetGroup],
] as const)("the measures over meetings by %s", (field, valueOf) => {
  it("each cell of two years × three measures is the reference on the meetings of its row", () => {
    let cells = 0;
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const spec: TemplateTableSpec = {
          id: "t",
          title: "T",
          measures: MEASURES,
          rows: { dimension: { field } },
          columns: { kind: "measures", of: "years", count: 2 },
        };
        const outcome = render(dataset, period, spec);
        if (dataset.activities === undefined) {
          expect(outcome).toMatchObject({ reason: "de tabel activiteiten ontbreekt" });
          return;
        }
        if (outcome.kind === "omitted") {
          // No meeting has a value in the column: it counts as missing.
          expect(referenceData(dataset).activities?.every((a) => valueOf(a) === null)).toBe(true);
          return;
        }
        const years = seriesPeriods("years", period, 2);
        const { table } = outcome;
        expect(table.columns.map((c) => c.header)).toEqual(
          years.flatMap((y) => MEASURES.map((m) => `${y.label}: ${getKpi(m).label}`))
        );
        for (const row of table.rows) {
          const keep = (a: ActivityRecord): boolean =>
            row.isTotal || (valueOf(a) ?? "") === row.key;
          const expected = years.flatMap((y) =>
            MEASURES.map((m) => reference(dataset, m, y, keep))
          );
          expect([row.label, row.values]).toEqual([row.label, expected]);
          cells += row.values.filter((v) => v !== null && v > 0).length;
        }
        expect(table.rows[table.rows.length - 1]?.isTotal).toBe(true);
      }),
      { numRuns: 150, seed: 20241007 }
    );
    expect(cells).toBeGreaterThan(100);
  });
});

describe("a crosstab of the meetings", () => {
  it("category × target group: each cell counts the meetings of both", () => {
    let tables = 0;
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const outcome = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["meetings"],
          rows: { dimension: { field: "activityCategory" } },
          columns: { kind: "crosstab", dimension: { field: "targetGroup" } },
        });
        if (outcome.kind === "omitted") return;
        const { table } = outcome;
        if (table.columns.length > 2) tables++;
        table.columns.forEach((column, c) => {
          for (const row of table.rows) {
            const keep = (a: ActivityRecord): boolean =>
              (row.isTotal || (a.category ?? "") === row.key) &&
              (column.header === "Totaal" || (a.targetGroup ?? "Onbekend") === column.header);
            expect([row.label, column.header, row.values[c]]).toEqual([
              row.label,
              column.header,
              reference(dataset, "meetings", period, keep),
            ]);
          }
        });
      }),
      { numRuns: 400, seed: 20241007 }
    );
    expect(tables).toBeGreaterThan(10);
  });
});

describe("a table over meetings on an export without what it needs", () => {
  const cases = [
    ["Casusnummer", "Aanmelddatum"],
    ["C1", "1-2-2024"],
  ];
  const period = parsePeriod("2024");

  it("is left out naming the Doelgroep column when the activities have none", () => {
    const dataset = loadDataset({
      cases: { rows: cases },
      activities: {
        rows: [
          ["Activiteitnummer", "Categorie", "Datum", "Aantal deelnemers"],
          ["A1", "Taal", "9-1-2024", 12],
        ],
      },
    });
    const spec: TemplateTableSpec = {
      id: "doelgroep",
      title: "Per doelgroep",
      measures: ["collectiveTrajects"],
      rows: { dimension: { field: "targetGroup" } },
      columns: { kind: "comparison" },
    };
    expect(render(dataset, period, spec)).toEqual({
      kind: "omitted",
      id: "doelgroep",
      title: "Per doelgroep",
      reason: "de kolom Doelgroep (activiteiten) ontbreekt in de export",
    });
    // By category the same export serves, with n.v.t. (null) for deelnemers nowhere here.
    const byCategory = render(dataset, period, {
      ...spec,
      measures: ["meetings", "participants"],
      rows: { dimension: { field: "activityCategory" } },
      columns: { kind: "measures" },
    });
    expect(byCategory.kind === "table" && byCategory.table.rows.map((r) => r.values)).toEqual([
      [1, 12],
      [1, 12],
    ]);
  });

  it("is left out naming the activities table when the export has none", () => {
    const dataset = loadDataset({ cases: { rows: cases } });
    expect(
      render(dataset, period, {
        id: "t",
        title: "T",
        measures: ["meetings"],
        rows: { dimension: { field: "activityCategory" } },
        columns: { kind: "comparison" },
      })
    ).toMatchObject({ kind: "omitted", reason: "de tabel activiteiten ontbreekt" });
  });
});
