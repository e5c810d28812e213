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

  it("counts the issues per kind in publication mode, naming no row or value", () => {
    const issues: DataIssue[] = [2, 2, 7].map((row) => ({
      table: "cases",
      row,
      column: "Startdatum",
      code: "INVALID_DATE",
      severity: "error",
      message: `Casussen, rij ${row}: "31-02-2024" is geen geldige datum (casus C-00${row}).`,
    }));
    const text = formatSummary({ ...REPORT, publication: { threshold: 5 } }, issues);
    const lines = text.split("\n");
    const first = lines.indexOf("Meldingen over de gegevens (per soort)");
    expect(lines.slice(first + 1, first + 5)).toEqual([
      "Code          Soort bevinding  Ernst  Aantal rijen",
      "────────────  ───────────────  ─────  ────────────",
      "INVALID_DATE  Ongeldige datum  Fout              2",
      "De meldingen zelf (rijnummers, casusnummers, waarden): maak het rapport zonder --publicatie.",
    ]);
    expect(text).not.toMatch(/rij \d|31-02-2024|C-00|Startdatum/);
  });

  it("lists the first ten issues with table, sheet row, column and message, and says where the rest are", () => {
    const issues: DataIssue[] = Array.from({ length: 33 }, (_, i) => ({
      table: i === 1 ? "zrm" : "cases",
      row: i + 2,
      column: i === 1 ? "Domein" : "Startdatum",
      code: "INVALID_DATE",
      severity: i === 1 ? "warning" : "error",
      message: `"31-02-2024" is geen geldige datum (${i + 2})`,
    }));
    const lines = formatSummary(REPORT, issues, { caseCount: 1234, out: "rapport.xlsx" }).split(
      "\n"
    );
    const start = lines.indexOf("Meldingen over de gegevens (de eerste 10)");
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start, start + 6)).toEqual([
      "Meldingen over de gegevens (de eerste 10)",
      "Tabel       Rij  Kolom       Ernst         Melding",
      "──────────  ───  ──────────  ────────────  ───────",
      'Casussen      2  Startdatum  Fout          "31-02-2024" is geen geldige datum (2)',
      'ZRM-scores    3  Domein      Waarschuwing  "31-02-2024" is geen geldige datum (3)',
      'Casussen      4  Startdatum  Fout          "31-02-2024" is geen geldige datum (4)',
    ]);
    expect(lines.slice(start + 12)).toEqual([
      'Casussen     11  Startdatum  Fout          "31-02-2024" is geen geldige datum (11)',
      "… en nog 23 meldingen: zie het werkblad Controle in rapport.xlsx",
      "",
      "1.234 casussen gelezen; 33 meldingen over de gegevens (32 fouten, 1 waarschuwing).",
      "",
    ]);
  });

  it("points to --json and --uit for the rest without --uit", () => {
    const text = formatSummary(
      REPORT,
      Array.from({ length: 11 }, () => issue("warning"))
    );
    expect(text).toContain(
      "\n… en nog 1 melding: gebruik --json of --uit om ze allemaal te zien\n"
    );
  });

  describe("edge cases", () => {
    it("uses the singular for one issue", () => {
      expect(formatSummary(REPORT, [issue("error")])).toContain(
        "1 melding over de gegevens (1 fout, 0 waarschuwingen)."
      );
    });

    it('says "1 casus" and "1 waarschuwing" for one', () => {
      expect(formatSummary(REPORT, [issue("warning")], { caseCount: 1 })).toContain(
        "\n1 casus gelezen; 1 melding over de gegevens (0 fouten, 1 waarschuwing).\n"
      );
      expect(formatSummary(REPORT, [], { caseCount: 1 })).toContain(
        "\n1 casus gelezen; geen meldingen over de gegevens.\n"
      );
    });

    it("lists all issues and no remainder line when there are ten or fewer", () => {
      const text = formatSummary(REPORT, [issue("error")], { out: "rapport.xlsx" });
      expect(text).toContain(
        "\nMeldingen over de gegevens\nTabel     Rij  Kolom  Ernst  Melding\n"
      );
      expect(text).not.toContain("en nog");
    });
  });
});
