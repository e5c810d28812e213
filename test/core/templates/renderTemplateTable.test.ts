// A template's table equals, cell by cell, the KPI's plain reference computation on the cases of
// that cell: the group's value as a filter, the column's period (a quarter, a month, a year back)
// or the column group's value as a second filter. Totals are the reference without the row's
// filter (the measure over the whole), never a sum; for a count over a single-valued breakdown
// they do equal the sum of the rows (SPEC §9).
import fc from "fast-check";
import { createEngine } from "../../../src/core/engine/createEngine";
import { getKpi, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { referenceData } from "../../../src/core/measures/referenceData";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import { roundForDisplay } from "../../../src/core/report/buildReportRow";
import type { RenderedTable } from "../../../src/core/templates/renderedTable";
import { renderTemplateTable } from "../../../src/core/templates/renderTemplateTable";
import { seriesPeriods } from "../../../src/core/templates/seriesPeriods";
import type { TemplateTableSpec } from "../../../src/core/templates/templateSpec";
import type { CaseFilter, Dataset, Period } from "../../../src/core/types";
import { datasetArbitrary, periodArbitrary } from "../measures/referenceArbitraries";

const recidive = resolveRecidiveOptions();

/** The table, or null when the export cannot serve it (a random export lacks some columns). */
function render(dataset: Dataset, period: Period, spec: TemplateTableSpec): RenderedTable | null {
  const engine = createEngine(dataset);
  const outcome = renderTemplateTable(
    { engine, period, previous: previousYearPeriod(period), recidive },
    spec
  );
  if (outcome.kind === "omitted") {
    expect(outcome.reason).toMatch(/^de kolom(men)? .* ontbreek(t|en) in de export$/);
    return null;
  }
  return outcome.table;
}

/** The reference value of a KPI on the cases the filters keep, rounded as the table shows it. */
function reference(
  dataset: Dataset,
  kpi: KpiId,
  period: Period,
  filters: readonly CaseFilter[]
): { value: number | null; n: number } {
  const definition = getKpi(kpi);
  const result = definition.reference(referenceData(dataset), period, { filters, recidive });
  return { value: roundForDisplay(result.value, definition.format), n: result.n };
}

/** A row's filter on the breakdown's field: its key, or "" (empty) for Onbekend. */
const rowFilter = (field: CaseFilter["field"], key: string): CaseFilter[] =>
  key === "#totaal" ? [] : [{ field, values: [key] }];

// A count, a mean, distinct clients and a share: each aggregate of the vocabulary.
const MEASURES: readonly KpiId[] = ["started", "meanWaitDays", "uniqueClients", "selfReferralPct"];

describe("series of periods by a breakdown", () => {
  it.each(MEASURES)("%s per team × quarters: each cell is the reference on its cases", (kpi) => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("team")) return;
        const spec: TemplateTableSpec = {
          id: "t",
          title: "T",
          measures: [kpi],
          rows: { dimension: { field: "team" } },
          columns: { kind: "series", of: "quarters" },
        };
        const table = render(dataset, period, spec);
        if (table === null) return;
        const quarters = seriesPeriods("quarters", period);
        expect(table.columns.map((c) => c.header)).toEqual(quarters.map((q) => q.label));
        // Period columns: a line chart runs over them.
        expect(table.periodColumns).toBe(true);
        for (const row of table.rows) {
          const expected = quarters.map(
            (q) => reference(dataset, kpi, q, rowFilter("team", row.key)).value
          );
          expect([row.label, row.values]).toEqual([row.label, expected]);
        }
        expect(table.rows[table.rows.length - 1]?.isTotal).toBe(true);
      }),
      { numRuns: 30 }
    );
  });

  it("years N−2..N with differences: each year's value and the difference with the year before", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["registrations", "closed"],
          columns: { kind: "series", of: "years", count: 3, delta: true },
        });
        if (table === null) return;
        const years = seriesPeriods("years", period, 3);
        expect(years[2]).toEqual(period);
        expect(years[1]).toEqual(previousYearPeriod(period));
        expect(table.columns.map((c) => c.kind)).toEqual([
          "value",
          "value",
          "delta",
          "value",
          "delta",
        ]);
        for (const row of table.rows) {
          const [a, b, c] = years.map(
            (y) => reference(dataset, row.key as KpiId, y, []).value as number
          );
          expect(row.values).toEqual([
            a,
            b,
            (b as number) - (a as number),
            c,
            (c as number) - (b as number),
          ]);
        }
      }),
      { numRuns: 30 }
    );
  });
});

describe("crosstabs", () => {
  it("started per product × referrer: cells, row totals, column totals and the whole", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const mapped = dataset.cases.mappedFields;
        if (!mapped.has("product") || !mapped.has("referrer")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["started"],
          rows: { dimension: { field: "product" } },
          columns: { kind: "crosstab", dimension: { field: "referrer" } },
        });
        if (table === null) return;
        const headers = table.columns.map((column) => column.header);
        expect(headers[headers.length - 1]).toBe("Totaal");
        // A filter on a known value; "Onbekend" (empty or unusable) is checked by the sums below.
        const filterOn = (field: "product" | "referrer", key: string): CaseFilter[] | null =>
          key === "Totaal" || key === "#totaal"
            ? []
            : key === "" || key === "Onbekend"
              ? null
              : [{ field, values: [key] }];
        for (const row of table.rows) {
          const rowFilter = filterOn("product", row.key);
          headers.forEach((header, c) => {
            const columnFilter = filterOn("referrer", header);
            if (rowFilter === null || columnFilter === null) return;
            const expected = reference(dataset, "started", period, [...rowFilter, ...columnFilter]);
            expect([row.label, header, row.values[c]]).toEqual([row.label, header, expected.value]);
          });
          // Each row adds up to its Totaal column (a count over single-valued breakdowns).
          const cells = row.values.slice(0, -1) as number[];
          expect(cells.reduce((a, b) => a + b, 0)).toBe(row.values[row.values.length - 1]);
        }
        // Each column adds up to the Totaal row.
        const total = table.rows[table.rows.length - 1];
        expect(total?.isTotal).toBe(true);
        headers.forEach((_, c) =>
          expect(
            table.rows.slice(0, -1).reduce((sum, row) => sum + (row.values[c] as number), 0)
          ).toBe(total?.values[c])
        );
        // Every referrer with a started case is a column.
        for (const label of dataset.cases.referrer.labels) {
          const { n } = reference(dataset, "started", period, [
            { field: "referrer", values: [label] },
          ]);
          if (n > 0) expect(headers).toContain(label);
        }
      }),
      { numRuns: 40 }
    );
  });
});

describe("totals", () => {
  it("a count over a single-valued breakdown: the Totaal row is the sum of the rows, in every column", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("product")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["closed"],
          rows: { dimension: { field: "product" } },
          columns: { kind: "series", of: "months" },
        });
        if (table === null) return;
        const total = table.rows.find((row) => row.isTotal);
        const sums = table.columns.map((_, c) =>
          table.rows
            .filter((row) => !row.isTotal)
            .reduce((sum, row) => sum + (row.values[c] as number), 0)
        );
        expect(total?.values).toEqual(sums);
      }),
      { numRuns: 40 }
    );
  });

  it("a top N pools the rest into Overig, and the rows still add up to the total", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("caseType")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["registrations"],
          rows: { dimension: { field: "caseType" }, order: { top: 1 } },
          columns: { kind: "comparison" },
          share: true,
        });
        if (table === null) return;
        const body = table.rows.filter((row) => !row.isTotal);
        expect(body.length).toBeLessThanOrEqual(2);
        if (body.length === 2) expect(body[1]?.key).toBe("#overig");
        const total = table.rows.find((row) => row.isTotal);
        for (const c of [0, 1])
          expect(body.reduce((sum, row) => sum + (row.values[c] as number), 0)).toBe(
            total?.values[c]
          );
        // The share of each row in the current period's total.
        const whole = total?.values[1] as number;
        for (const row of body)
          expect(row.values[4]).toBe(
            whole === 0 ? null : roundForDisplay((row.values[1] as number) / whole, "percent")
          );
      }),
      { numRuns: 40 }
    );
  });
});

describe("what a table needs from the export", () => {
  it("is left out with a reason that names the missing column", () => {
    const dataset = fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 })[0] as Dataset;
    const engine = createEngine(dataset);
    const period = parsePeriod("t/m Q3 2024");
    const outcome = renderTemplateTable(
      { engine, period, previous: previousYearPeriod(period), recidive },
      {
        id: "wijk",
        title: "Per wijk",
        measures: ["started"],
        rows: { dimension: { column: "Wijk" } },
        columns: { kind: "comparison" },
      }
    );
    expect(outcome).toEqual({
      kind: "omitted",
      id: "wijk",
      title: "Per wijk",
      reason: "de kolom Wijk ontbreekt in de export",
    });
  });
});

describe("columns per measure, labels, totals and the rest", () => {
  it("a column per measure by team: each cell is that measure's reference on the team's cases", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("team")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["started", { kpi: "closed", label: "Afgesloten" }, "meanDurationClosed"],
          rows: { dimension: { field: "team" } },
          columns: { kind: "measures" },
        });
        if (table === null) return;
        expect(table.columns.map((c) => [c.header, c.format])).toEqual([
          ["Opgestart", "count"],
          ["Afgesloten", "count"],
          [getKpi("meanDurationClosed").label, "days"],
        ]);
        for (const row of table.rows) {
          if (row.key === "") continue; // Onbekend: empty or unusable, no filter says "unusable"
          const filters = rowFilter("team", row.key);
          const expected = (["started", "closed", "meanDurationClosed"] as const).map(
            (kpi) => reference(dataset, kpi, period, filters).value
          );
          expect([row.label, row.values]).toEqual([row.label, expected]);
        }
      }),
      { numRuns: 30 }
    );
  });

  it("zelfmelder or not: the Zelfmelder row counts the self-referrals selfReferralPct is made of", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["started"],
          rows: { dimension: { field: "selfReferral" }, labels: { zelfmelder: "Zelfmelders" } },
          columns: { kind: "comparison" },
        });
        if (table === null) return;
        const self = table.rows.find((row) => row.key === "zelfmelder");
        expect(self?.label).toBe("Zelfmelders");
        const pct = getKpi("selfReferralPct").reference(referenceData(dataset), period, {
          recidive,
        });
        expect(self?.values[1]).toBe(pct.value === null ? 0 : Math.round(pct.value * pct.n));
        const total = table.rows.find((row) => row.isTotal);
        expect(total?.values[1]).toBe(reference(dataset, "started", period, []).value);
      }),
      { numRuns: 40 }
    );
  });

  it("without a Totaal row or an Overig row, shares are still of the whole", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["started"],
          rows: { dimension: { field: "caseType" }, order: { top: 1, other: false }, total: false },
          columns: { kind: "comparison" },
          share: true,
        });
        if (table === null) return;
        expect(table.rows.length).toBeLessThanOrEqual(1);
        expect(table.rows.some((row) => row.isTotal || row.key === "#overig")).toBe(false);
        expect(table.notes).toEqual([]);
        const whole = reference(dataset, "started", period, []).value as number;
        for (const row of table.rows)
          expect(row.values[4]).toBe(
            whole === 0 ? null : roundForDisplay((row.values[1] as number) / whole, "percent")
          );
      }),
      { numRuns: 40 }
    );
  });
});

describe("measures per period, and tables turned a quarter", () => {
  it("a column per quarter and measure by team: each cell is that measure's reference in that quarter", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("team")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: [{ kpi: "started", label: "Gestart" }, "meanWaitDays"],
          rows: { dimension: { field: "team" } },
          columns: { kind: "measures", of: "quarters" },
        });
        if (table === null) return;
        const quarters = seriesPeriods("quarters", period);
        const wait = getKpi("meanWaitDays");
        expect(table.columns.map((c) => [c.header, c.format])).toEqual(
          quarters.flatMap((q) => [
            [`${q.label}: Gestart`, "count"],
            [`${q.label}: ${wait.label}`, "days"],
          ])
        );
        // Two-level headers: the quarter above, the measure below.
        expect(table.columns.map((c) => c.group)).toEqual(
          quarters.flatMap((q) => [
            { label: q.label, header: "Gestart" },
            { label: q.label, header: wait.label },
          ])
        );
        expect(table.periodColumns).toBeUndefined();
        for (const row of table.rows) {
          if (row.key === "") continue;
          const filters = rowFilter("team", row.key);
          const expected = quarters.flatMap((q) => [
            reference(dataset, "started", q, filters).value,
            reference(dataset, "meanWaitDays", q, filters).value,
          ]);
          expect([row.label, row.values]).toEqual([row.label, expected]);
        }
      }),
      { numRuns: 30 }
    );
  });

  it("turned a quarter: the quarters down the side, the ratings across, the same numbers", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const spec: TemplateTableSpec = {
          id: "t",
          title: "T",
          measures: ["closed"],
          rows: { dimension: { field: "rating" } },
          columns: { kind: "series", of: "quarters" },
        };
        const upright = render(dataset, period, spec);
        const turned = render(dataset, period, { ...spec, transpose: true });
        if (upright === null || turned === null) return;
        expect(turned.columns.map((c) => c.header)).toEqual(upright.rows.map((r) => r.label));
        expect(turned.rows.map((r) => r.label)).toEqual(upright.columns.map((c) => c.header));
        turned.rows.forEach((row, q) =>
          expect(row.values).toEqual(upright.rows.map((r) => r.values[q]))
        );
        expect(turned.rowHeader).toBe("");
      }),
      { numRuns: 30 }
    );
  });
});

describe("a measure with a filter of its own", () => {
  it("one table of all cases with a row over IT and LS only: each row is its reference with its own filter", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("caseType")) return;
        const itLs: CaseFilter[] = [{ field: "caseType", values: ["IT", "LS"] }];
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: [
            "registrations",
            { kpi: "started", label: "Opgestart IT en LS", filter: itLs },
            { kpi: "started", filter: [{ field: "caseType", values: ["IA"] }] },
          ],
          columns: { kind: "series", of: "years", count: 2 },
        });
        if (table === null) return;
        const years = seriesPeriods("years", period, 2);
        expect(table.rows.map((r) => r.label)).toEqual([
          getKpi("registrations").label,
          "Opgestart IT en LS",
          getKpi("started").label,
        ]);
        expect(table.rows.map((r) => r.values)).toEqual([
          years.map((y) => reference(dataset, "registrations", y, []).value),
          years.map((y) => reference(dataset, "started", y, itLs).value),
          years.map(
            (y) => reference(dataset, "started", y, [{ field: "caseType", values: ["IA"] }]).value
          ),
        ]);
      }),
      { numRuns: 30 }
    );
  });

  it("a measure filtering on a column the export lacks leaves the table out, naming it", () => {
    const dataset = fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 })[0] as Dataset;
    const engine = createEngine(dataset);
    const period = parsePeriod("t/m Q3 2024");
    const outcome = renderTemplateTable(
      { engine, period, previous: previousYearPeriod(period), recidive },
      {
        id: "t",
        title: "T",
        measures: [{ kpi: "started", filter: [{ field: "weight", values: ["zwaar"] }] }],
        columns: { kind: "comparison" },
      }
    );
    expect(outcome).toMatchObject({
      kind: "omitted",
      reason: "de kolom Zwaarte hulpvraag (filter) ontbreekt in de export",
    });
  });
});

describe("column groups over a series of periods", () => {
  it("measures down the side, case type × years across (as deBasis's overview): each cell is its reference", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("caseType")) return;
        const table = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["started", { kpi: "meanDurationClosed", label: "Doorlooptijd" }],
          columns: {
            kind: "crosstab",
            dimension: { field: "caseType" },
            of: "years",
            count: 2,
            labels: { IT: "Individuele trajecten" },
            total: false,
          },
        });
        if (table === null) return;
        const years = seriesPeriods("years", period, 2);
        const groups = table.columns.map((c) => c.group);
        // Each shown case type once per year, its years together, no Totaal column.
        expect(groups.every((g) => g !== undefined && g.label !== "Totaal")).toBe(true);
        for (let c = 0; c < groups.length; c += 2)
          expect([groups[c]?.header, groups[c + 1]?.header]).toEqual(years.map((y) => y.label));
        const keyOf = (label: string): string =>
          label === "Individuele trajecten" ? "IT" : label === "Onbekend" ? "" : label;
        for (const row of table.rows) {
          const kpi = row.key as KpiId;
          table.columns.forEach((column, c) => {
            const group = column.group as { label: string; header: string };
            if (group.label === "Onbekend") return; // empty or unusable: no filter says "unusable"
            const year = years.find((y) => y.label === group.header) as Period;
            const filters: CaseFilter[] = [{ field: "caseType", values: [keyOf(group.label)] }];
            expect([row.label, column.header, row.values[c]]).toEqual([
              row.label,
              column.header,
              reference(dataset, kpi, year, filters).value,
            ]);
          });
        }
      }),
      { numRuns: 30 }
    );
  });

  it("measure-major: each measure above its periods", () => {
    const dataset = fc.sample(datasetArbitrary, { numRuns: 1, seed: 11 })[0] as Dataset;
    const period = parsePeriod("t/m Q3 2024");
    const table = render(dataset, period, {
      id: "t",
      title: "T",
      measures: [{ kpi: "active", label: "Aantal behandeld" }, "meanDurationClosed"],
      columns: { kind: "measures", of: "years", count: 2, first: "measure" },
    });
    expect(table?.columns.map((c) => c.header)).toEqual([
      "Aantal behandeld: t/m Q3 2023",
      "Aantal behandeld: t/m Q3 2024",
      `${getKpi("meanDurationClosed").label}: t/m Q3 2023`,
      `${getKpi("meanDurationClosed").label}: t/m Q3 2024`,
    ]);
    expect(table?.rows[0]?.values).toEqual([
      reference(dataset, "active", previousYearPeriod(period), []).value,
      reference(dataset, "active", period, []).value,
      reference(dataset, "meanDurationClosed", previousYearPeriod(period), []).value,
      reference(dataset, "meanDurationClosed", period, []).value,
    ]);
  });
});
