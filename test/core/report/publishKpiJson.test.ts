import { createEngine } from "../../../src/core";
import { buildKpiJson, type KpiJson } from "../../../src/core/kpis/buildKpiJson";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { STANDARD_REPORT_TABLES } from "../../../src/core/report/standardReportTables";
import { generateSampleExport } from "../../../src/core/sample/generateSampleExport";
import { buildReportRow, type ReportRowInput } from "../../../src/core/report/buildReportRow";
import { publishKpiJson } from "../../../src/core/report/publishKpiJson";
import type { ReportTableSpec } from "../../../src/core/report/reportTableSpec";
import type { Report, ReportRow } from "../../../src/core/reportTable";
import { reportAsRendered } from "../../../src/core/templates/reportAsRendered";
import type { DataIssue } from "../../../src/core/types";

const HEADERS = ["", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"] as const;

function row(
  input: Pick<ReportRowInput, "key" | "previous" | "current">,
  suppressed?: ReportRow["suppressed"]
): ReportRow {
  const built = buildReportRow({
    label: input.key,
    format: "count",
    polarity: "neutral",
    deltaKind: "absolute",
    ...input,
  });
  return suppressed === undefined ? built : { ...built, suppressed };
}

const DEFINITION: ReportTableSpec[] = [
  {
    kind: "kpis",
    id: "kpis",
    title: "Inzicht",
    keyLabel: "Soort KPI",
    rows: [
      { kpi: "started" },
      { kpi: "closed" },
      { kpi: "recidive", filters: [{ field: "caseType", values: ["IT", "LS"] }] },
    ],
  },
  { kind: "group", id: "byTeam", title: "Per team – opgestart", group: "byTeam" },
  {
    kind: "group",
    id: "byTeam.closed",
    title: "Per team – afgesloten",
    group: "byTeam",
    measure: "closed",
  },
];

/** A publication made by hand: what the suppression would have marked. */
const REPORT: Report = {
  title: "Proef",
  periodLabel: "t/m Q3 2024",
  previousLabel: "t/m Q3 2023",
  tables: [
    {
      id: "kpis",
      title: "Inzicht",
      headers: HEADERS,
      rows: [
        row({ key: "started", previous: 38, current: 40 }),
        row({ key: "closed", previous: 12, current: 3 }, { current: "small", delta: true }),
        row({ key: "recidive", previous: 6, current: 7 }),
      ],
    },
    {
      id: "byTeam",
      title: "Per team – opgestart",
      headers: HEADERS,
      rows: [
        row({ key: "Noord", previous: 30, current: 33 }),
        row({ key: "Zuid", previous: 8, current: 4 }, { current: "small", delta: true }),
        row({ key: "#totaal", previous: 38, current: 40 }),
      ],
    },
    {
      id: "byTeam.closed",
      title: "Per team – afgesloten",
      headers: HEADERS,
      // Another measure: its rows say nothing about the JSON's byTeam (started).
      rows: [row({ key: "Oost", previous: 2, current: 9 })],
    },
  ],
  definitions: [],
  parameters: [],
  publication: { threshold: 5 },
};

const ISSUE: DataIssue = {
  table: "cases",
  row: 17,
  column: "Einddatum",
  code: "INVALID_DATE",
  severity: "error",
  message: 'Casussen, rij 17, kolom "Einddatum": "31-31-2024" is geen datum (casus C-0017).',
};

const JSON_IN = {
  period: { label: "t/m Q3 2024", start: "2024-01-01", end: "2024-09-30" },
  previous: { label: "t/m Q3 2023", start: "2023-01-01", end: "2023-09-30" },
  kpis: {
    started: { current: 40, previous: 38 },
    closed: { current: 3, previous: 12 },
    // Over all case types: not the report's recidive (IT and LS), except where equal.
    recidive: { current: 9, previous: 6 },
    active: { current: 55, previous: 50 },
    meanRating: { current: null, previous: null },
  },
  groups: {
    byTeam: [
      { key: "Noord", current: 33, previous: 30 },
      { key: "Zuid", current: 4, previous: 8 },
      { key: "Oost", current: 3, previous: 0 },
    ],
  },
  issues: [ISSUE],
} as unknown as KpiJson;

describe("publishKpiJson", () => {
  const published = publishKpiJson(JSON_IN, REPORT, { definition: DEFINITION });

  it("keeps a value its report cell shows and nulls one its report cell suppresses", () => {
    expect(published.kpis.started).toEqual({ current: 40, previous: 38 });
    expect(published.kpis.closed).toEqual({ current: null, previous: 12 });
    expect(published.groups.byTeam[0]).toEqual({ key: "Noord", current: 33, previous: 30 });
    expect(published.groups.byTeam[1]).toEqual({ key: "Zuid", current: null, previous: 8 });
  });

  it("nulls a value no table shows: it is outside what the suppression audited", () => {
    expect(published.kpis.active).toEqual({ current: null, previous: null });
    // Oost is only in the table of another measure (afgesloten).
    expect(published.groups.byTeam[2]).toEqual({ key: "Oost", current: null, previous: null });
  });

  it("maps a filtered report row only where it holds the very same value", () => {
    expect(published.kpis.recidive).toEqual({ current: null, previous: 6 });
  });

  it("counts the values it made null, not those that were null already", () => {
    // closed.current, recidive.current, active ×2, Zuid.current, Oost ×2 (Oost.previous is 0, not null).
    expect(published.publication).toEqual({ threshold: 5, suppressed: 7 });
  });

  it("adds the marked cells of the printed tables to the count", () => {
    const tables = reportAsRendered(REPORT);
    // closed and Zuid: the current value, Verschil and Verschil % each.
    expect(
      publishKpiJson(JSON_IN, REPORT, { definition: DEFINITION, tables }).publication.suppressed
    ).toBe(7 + 6);
  });

  it("replaces the findings by their number per kind: no rows, case numbers or values", () => {
    expect(published.issues).toEqual([
      { code: "INVALID_DATE", description: "Ongeldige datum", severity: "error", rows: 1 },
    ]);
    expect(JSON.stringify(published)).not.toMatch(/C-0017|31-31-2024|"row"/);
  });

  it("puts the publication block after the periods, in the order of SPEC §8", () => {
    expect(Object.keys(published)).toEqual([
      "period",
      "previous",
      "publication",
      "kpis",
      "groups",
      "issues",
    ]);
  });

  it("publishes no KPI or group beside a template's tables (no report tables given)", () => {
    const beside = publishKpiJson(JSON_IN, { tables: [], publication: { threshold: 10 } });
    expect(beside.kpis.started).toEqual({ current: null, previous: null });
    expect(beside.groups.byTeam.map((r) => [r.current, r.previous])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    // Every non-null value: 2 × started, closed, recidive, active; 2 × Noord, Zuid, Oost.
    expect(beside.publication).toEqual({ threshold: 10, suppressed: 14 });
  });

  describe("edge cases", () => {
    it("throws for a report that is not a publication (a programmer's mistake)", () => {
      const { publication: _, ...internal } = REPORT;
      expect(() => publishKpiJson(JSON_IN, internal, { definition: DEFINITION })).toThrow(
        RangeError
      );
    });
  });
});

describe("reportAsRendered in publication mode", () => {
  it("carries the marks parallel to the values and the threshold", () => {
    const [kpis] = reportAsRendered(REPORT);
    expect(kpis?.publication).toEqual({ threshold: 5 });
    expect(kpis?.rows[1]).toMatchObject({
      values: [12, null, null, null],
      suppressed: [null, "small", "hidden", "hidden"],
    });
    expect(kpis?.rows[0]?.suppressed).toBeUndefined();
  });
});

describe("publishKpiJson on a generated sample, at both thresholds", () => {
  const sample = generateSampleExport({ seed: 11, cases: 1200 });
  const engine = createEngine(
    loadDataset({
      cases: { rows: sample.cases },
      zrm: { rows: sample.zrm },
      activities: { rows: sample.activities },
    })
  );
  const period = parsePeriod("t/m Q3 2024");
  const previous = previousYearPeriod(period);
  const json = buildKpiJson(engine, period, previous);

  it.each([5, 10] as const)(
    "at %i a group value is null exactly where its cell in the main measure's table is suppressed",
    (threshold) => {
      const report = buildStandardReport(engine, period, { previous, publication: { threshold } });
      const published = publishKpiJson(json, report);
      let checked = 0;
      let hidden = 0;
      for (const spec of STANDARD_REPORT_TABLES) {
        if (spec.kind !== "group" || spec.measure !== undefined) continue;
        const table = report.tables.find((t) => t.id === spec.id);
        for (const row of published.groups[spec.group]) {
          const cell = table?.rows.find((r) => r.key === row.key);
          if (cell === undefined) continue;
          for (const column of ["current", "previous"] as const) {
            const original = json.groups[spec.group].find((r) => r.key === row.key)?.[column];
            if (original === null) continue;
            const suppressed = cell.suppressed?.[column] !== undefined;
            expect({
              key: `${spec.group}/${row.key}/${column}`,
              isNull: row[column] === null,
            }).toEqual({ key: `${spec.group}/${row.key}/${column}`, isNull: suppressed });
            checked += 1;
            if (suppressed) hidden += 1;
          }
        }
      }
      // The check saw both kinds of cell, many of them.
      expect(checked).toBeGreaterThan(100);
      expect(hidden).toBeGreaterThan(0);
    }
  );

  it("keeps every KPI of the first table that the report shows, and nulls those it hides", () => {
    const report = buildStandardReport(engine, period, {
      previous,
      publication: { threshold: 10 },
    });
    const published = publishKpiJson(json, report);
    const first = report.tables.find((t) => t.id === "kpis");
    for (const row of first?.rows ?? []) {
      if (row.key.startsWith("recidive")) continue; // IT and LS in the report, all types in the JSON
      const value = published.kpis[row.key as keyof typeof published.kpis];
      expect({ key: row.key, current: value.current }).toEqual({
        key: row.key,
        current:
          row.suppressed?.current === undefined
            ? json.kpis[row.key as keyof typeof json.kpis].current
            : null,
      });
    }
  });
});
