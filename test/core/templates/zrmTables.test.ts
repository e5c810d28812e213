// Tables over the ZRM's (case, main domain) pairs: each cell of a table broken down by the pairs'
// own domain (zrmDomain) equals the ZRM KPI's plain reference on the ZRM rows of that domain; the
// growth per domain is the standard report's "ZRM-groei per domein"; a case field breaks the
// pairs down through their case. On the sample export, De Badde's "Domein / Groei" and the mean
// end score per product equal a plain computation over the sample's ZRM rows.
import fc from "fast-check";
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { matchDomain } from "../../../src/core/domains/matchDomain";
import { createEngine } from "../../../src/core/engine/createEngine";
import { getKpi, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { caseRecords } from "../../../src/core/measures/caseRecords";
import { referenceZrmGrowth } from "../../../src/core/measures/reference/groups/domainGroupReferences";
import { referenceData, type ReferenceData } from "../../../src/core/measures/referenceData";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { resolveRecidiveOptions } from "../../../src/core/recidive/recidiveOptions";
import { roundForDisplay } from "../../../src/core/report/buildReportRow";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../../src/core/sample/generateSampleExport";
import { getBuiltInTemplate } from "../../../src/core/templates/builtInTemplates";
import type { TemplateTableOutcome } from "../../../src/core/templates/renderedTable";
import { renderTemplateTable } from "../../../src/core/templates/renderTemplateTable";
import { seriesPeriods } from "../../../src/core/templates/seriesPeriods";
import type { TemplateTableSpec } from "../../../src/core/templates/templateSpec";
import type { CaseFilter, Dataset, Period } from "../../../src/core/types";
import { datasetArbitrary, periodArbitrary } from "../measures/referenceArbitraries";

const recidive = resolveRecidiveOptions();
const MEASURES: readonly KpiId[] = ["goalReachedPct", "zrmMeanEndScore", "zrmMeanGrowth"];

function render(dataset: Dataset, period: Period, spec: TemplateTableSpec): TemplateTableOutcome {
  return renderTemplateTable(
    { engine: createEngine(dataset), period, previous: previousYearPeriod(period), recidive },
    spec
  );
}

/** The KPI's reference on the data given, rounded as the table shows it. */
function reference(
  data: ReferenceData,
  kpi: KpiId,
  period: Period,
  filters: readonly CaseFilter[]
): number | null {
  const definition = getKpi(kpi);
  return roundForDisplay(
    definition.reference(data, period, { filters, recidive }).value,
    definition.format
  );
}

describe("the measures over ZRM pairs by zrmDomain", () => {
  it.each([
    ["without a filter", []],
    ["for individual trajects", [{ field: "caseType", values: ["IT"] }]],
  ] as const)(
    "%s: each cell of two years × three measures is the reference on the ZRM rows of its domain",
    (_, filters) => {
      let cells = 0;
      fc.assert(
        fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
          const spec: TemplateTableSpec = {
            id: "t",
            title: "T",
            measures: MEASURES,
            rows: { dimension: { field: "zrmDomain" } },
            columns: { kind: "measures", of: "years", count: 2 },
            ...(filters.length > 0 ? { filter: filters } : {}),
          };
          const outcome = render(dataset, period, spec);
          if (dataset.zrm === undefined) {
            expect(outcome).toMatchObject({ reason: "de tabel ZRM-scores ontbreekt" });
            return;
          }
          if (outcome.kind === "omitted") {
            // A random export may lack a column a filter or measure reads, never the domain.
            expect(outcome.reason).toMatch(/^de kolom(men)? .* ontbreek(t|en) in de export$/);
            return;
          }
          const { table } = outcome;
          expect(table.rowHeader).toBe("Domein");
          const years = seriesPeriods("years", period, 2);
          const data = referenceData(dataset);
          for (const row of table.rows) {
            const zrm = row.isTotal ? data.zrm : data.zrm?.filter((z) => z.domain === row.key);
            const expected = years.flatMap((y) =>
              MEASURES.map((m) => reference({ ...data, ...(zrm ? { zrm } : {}) }, m, y, filters))
            );
            expect([row.label, row.values]).toEqual([row.label, expected]);
            cells += row.values.filter((v) => v !== null && v !== 0).length;
          }
          // A domain row is shown only when one of its cells has a value.
          for (const row of table.rows.filter((r) => !r.isTotal))
            expect(row.values.some((v) => v !== null)).toBe(true);
        }),
        // A fixed seed: the count of cells checked below must not depend on the draw.
        { numRuns: 250, seed: 20241007 }
      );
      // The property checked real values, not only empty tables.
      expect(cells).toBeGreaterThan(filters.length > 0 ? 10 : 200);
    }
  );

  it("the growth per domain is the standard report's ZRM-groei per domein, row for row", () => {
    let rows = 0;
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        const outcome = render(dataset, period, {
          id: "groei",
          title: "Groei",
          measures: [{ kpi: "zrmMeanGrowth", label: "Groei" }],
          rows: { dimension: { field: "zrmDomain" }, total: false },
          columns: { kind: "measures" },
        });
        if (outcome.kind === "omitted") return;
        const group = referenceZrmGrowth(referenceData(dataset), period, {});
        // The same rows and values; the order may differ where two values round alike.
        const byKey = (a: [string, unknown], b: [string, unknown]): number =>
          a[0].localeCompare(b[0]);
        expect(
          outcome.table.rows.map((r): [string, unknown] => [r.key, r.values[0]]).sort(byKey)
        ).toEqual(
          group
            .map((g): [string, unknown] => [
              g.key,
              roundForDisplay(g.values.growth ?? null, "decimal"),
            ])
            .sort(byKey)
        );
        rows += group.length;
      }),
      { numRuns: 250, seed: 20241007 }
    );
    expect(rows).toBeGreaterThan(20);
  });

  it("a case field breaks the pairs down through their case: the mean end score per team", () => {
    fc.assert(
      fc.property(datasetArbitrary, periodArbitrary, (dataset, period) => {
        if (!dataset.cases.mappedFields.has("team")) return;
        const outcome = render(dataset, period, {
          id: "t",
          title: "T",
          measures: ["zrmMeanEndScore"],
          rows: { dimension: { field: "team" } },
          columns: { kind: "series", of: "years", count: 1 },
        });
        if (outcome.kind === "omitted") return;
        const data = referenceData(dataset);
        for (const row of outcome.table.rows) {
          const filters: CaseFilter[] = row.isTotal ? [] : [{ field: "team", values: [row.key] }];
          expect([row.label, row.values]).toEqual([
            row.label,
            [reference(data, "zrmMeanEndScore", period, filters)],
          ]);
        }
      }),
      { numRuns: 150 }
    );
  });
});

describe("De Badde's ZRM tables on the sample export, against a plain computation over its ZRM rows", () => {
  const sample = generateSampleExport();
  const dataset = loadDataset({
    cases: { rows: sample.cases },
    zrm: { rows: sample.zrm },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
  const records = caseRecords(dataset.cases);
  const y2023 = parsePeriod("2023");
  const template = getBuiltInTemplate("debadde");

  /**
   * Per (case, domain) of the IT cases closed in 2023 (and of the product, when given), on their
   * main domains: the end score of the first ZRM row that has one, and the growth of the first
   * that has both scores (null: none; the sample leaves some scores empty).
   */
  function plainPairs(
    product?: string
  ): { domain: string; end: number | null; growth: number | null }[] {
    const closed = new Map(
      records
        .filter(
          (r) =>
            r.caseType === "IT" &&
            (product === undefined || r.product === product) &&
            !r.invalid.has("closedOn") &&
            r.closedOn !== null &&
            r.closedOn >= y2023.start &&
            r.closedOn <= y2023.end
        )
        .map((r) => [r.caseId, r.mainDomains])
    );
    const pairs = new Map<string, { domain: string; end: number | null; growth: number | null }>();
    for (const [caseId, written, begin, end] of sample.zrm.slice(1)) {
      // The sample writes some domains as exports do ("Financien", "Verslaving"): by their name.
      const domain = matchDomain(String(written)).name;
      const domains = closed.get(String(caseId));
      if (domains === undefined || !domains.includes(domain)) continue;
      const key = `${String(caseId)}|${domain}`;
      const pair = pairs.get(key) ?? { domain, end: null, growth: null };
      pairs.set(key, pair);
      if (typeof end !== "number") continue;
      pair.end ??= end;
      if (typeof begin === "number") pair.growth ??= end - begin;
    }
    return [...pairs.values()];
  }
  /** The mean of the values that are numbers; null when none is. */
  const mean = (values: readonly (number | null)[]): number | null => {
    const numbers = values.filter((v) => v !== null);
    return numbers.length === 0 ? null : numbers.reduce((sum, v) => sum + v, 0) / numbers.length;
  };

  function rendered(id: string) {
    const spec = template?.tables.find((t) => t.id === id) as TemplateTableSpec;
    const outcome = render(dataset, y2023, spec);
    if (outcome.kind === "omitted") throw new Error(`${id}: ${outcome.reason}`);
    return outcome.table;
  }

  it("Domein / Groei: every domain's mean growth, largest first, no Totaal", () => {
    const pairs = plainPairs();
    expect(pairs.length).toBe(PINNED.pairs);
    const domains = [...new Set(pairs.map((p) => p.domain))];
    const expected = domains
      .map((domain): [string, number | null] => [
        domain,
        mean(pairs.filter((p) => p.domain === domain).map((p) => p.growth)),
      ])
      .filter((row): row is [string, number] => row[1] !== null)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "nl"))
      .map(([domain, growth]) => [domain, [roundForDisplay(growth, "decimal")]]);
    const table = rendered("zrmGroei");
    expect(table.columns.map((c) => c.header)).toEqual(["Groei"]);
    expect(table.rowHeader).toBe("Domein");
    expect(table.chart).toBe("bar");
    expect(table.rows.map((r) => [r.label, r.values])).toEqual(expected);
    expect(table.rows[0]?.values).toEqual([PINNED.topGrowth]);
  });

  it("the dashboard per product: the mean ZRM end score of each product and in total", () => {
    const table = rendered("dashboardPerProduct");
    const row = table.rows.find((r) => r.key === "zrmMeanEndScore");
    expect(row?.label).toBe("Gemiddelde eindscore ZRM");
    const products = table.columns.slice(0, -1).map((c) => c.header);
    expect(table.columns.at(-1)?.header).toBe("Totaal");
    const expected = [...products.map((p) => plainPairs(p)), plainPairs()].map((pairs) =>
      roundForDisplay(mean(pairs.map((p) => p.end)), "decimal")
    );
    expect(row?.values).toEqual(expected);
    expect(row?.values.at(-1)).toBe(PINNED.meanEndScore);
  });
});

/** The sample's figures for IT cases closed in 2023 (from the plain computation above). */
const PINNED = { pairs: 1076, topGrowth: 1.6, meanEndScore: 3.2 };
