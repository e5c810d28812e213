import { formatSummary, formatTable } from "../../src/cli/formatSummary";
import type { Report, ReportRow, ReportTable } from "../../src/core/reportTable";
import type { DataIssue } from "../../src/core/types";

const row = (overrides: Partial<ReportRow>): ReportRow => ({
  label: "Aantal aanmeldingen",
  key: "registrations",
  previous: 479,
  current: 452,
  delta: -27,
  deltaPct: -27 / 479,
  format: "count",
  polarity: "neutral",
  deltaKind: "absolute",
  isTotal: false,
  ...overrides,
});

const TABLE: ReportTable = {
  id: "kpis",
  title: "Inzicht meetbare resultaten",
  headers: ["Soort KPI", "t/m Q3 2023", "t/m Q3 2024", "Verschil", "Verschil %"],
  rows: [
    row({}),
    row({
      label: "Percentage recidive (%)",
      key: "recidivePct",
      previous: 0.048,
      current: 0.032,
      delta: -0.016,
      deltaPct: null,
      format: "percent",
      deltaKind: "points",
    }),
    row({
      label: "Aantal informatie en advies",
      key: "infoAdvice",
      previous: 513,
      current: 1666,
      delta: 1153,
      deltaPct: 1153 / 513,
    }),
    row({
      label: "Klachten",
      key: "complaints",
      previous: null,
      current: 2,
      delta: null,
      deltaPct: null,
    }),
  ],
};

const REPORT: Report = {
  title: "Welzijnsmonitor – rapportage t/m Q3 2024",
  periodLabel: "t/m Q3 2024",
  previousLabel: "t/m Q3 2023",
  tables: [TABLE, { ...TABLE, id: "other", title: "Andere tabel" }],
  definitions: [],
  parameters: [],
};

const issue = (severity: "error" | "warning"): DataIssue => ({
  table: "cases",
  row: 2,
  column: "A",
  code: "INVALID_DATE",
  severity,
  message: "",
});

describe("formatTable", () => {
  it("aligns labels left and numbers right, in Dutch notation, under a rule", () => {
    expect(formatTable(TABLE)).toEqual([
      "Inzicht meetbare resultaten",
      "Soort KPI                    t/m Q3 2023  t/m Q3 2024     Verschil  Verschil %",
      "───────────────────────────  ───────────  ───────────  ───────────  ──────────",
      "Aantal aanmeldingen                  479          452          −27       −5,6%",
      "Percentage recidive (%)             4,8%         3,2%  −1,6 %-punt",
      "Aantal informatie en advies          513        1.666       +1.153     +224,8%",
      "Klachten                               –            2            –           –",
    ]);
  });

  it('shows "<threshold" for suppressed cells', () => {
    const lines = formatTable(
      { ...TABLE, rows: [row({ previous: 3, suppressed: { previous: "small", delta: true } })] },
      10
    );
    expect(lines[3]).toBe("Aantal aanmeldingen          <10          452        –*          –*");
  });

  describe("edge cases", () => {
    it("prints only the header and rule of a table without rows", () => {
      expect(formatTable({ ...TABLE, rows: [] })).toHaveLength(3);
    });
  });
});

describe("formatSummary", () => {
  it("prints the title, the first table and the issue count by default", () => {
    const text = formatSummary(REPORT, [issue("error"), issue("warning"), issue("warning")], {
      caseCount: 1234,
    });
    expect(
      text.startsWith(
        "Welzijnsmonitor – rapportage t/m Q3 2024, vergeleken met t/m Q3 2023\n\nInzicht meetbare resultaten\n"
      )
    ).toBe(true);
    expect(text).not.toContain("Andere tabel");
    expect(
      text.endsWith(
        "\n1.234 casussen gelezen; 3 meldingen over de gegevens (1 fout, 2 waarschuwingen).\n"
      )
    ).toBe(true);
  });

  it("prints the asked tables in the asked order and skips unknown ids", () => {
    const text = formatSummary(REPORT, [], { tableIds: ["other", "bestaat-niet", "kpis"] });
    expect(text.indexOf("Andere tabel")).toBeLessThan(text.indexOf("Inzicht meetbare resultaten"));
    expect(text.endsWith("\ngeen meldingen over de gegevens.\n")).toBe(true);
  });

  it("states publication mode under the title", () => {
    const text = formatSummary({ ...REPORT, publication: { threshold: 5 } }, []);
    expect(text.split("\n")[1]).toBe(
      "Publicatieversie: aantallen van minder dan 5 personen zijn afgeschermd (<5)."
    );
  });

  describe("edge cases", () => {
    it("uses the singular for one issue", () => {
      expect(formatSummary(REPORT, [issue("error")])).toContain(
        "1 melding over de gegevens (1 fout, 0 waarschuwingen)."
      );
    });
  });
});
