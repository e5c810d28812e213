import { computeKpi } from "../../../src/core/kpis/computeKpi";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { roundForDisplay } from "../../../src/core/report/buildReportRow";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { STANDARD_REPORT_TABLES } from "../../../src/core/report/standardReportTables";
import type { Report, ReportTable } from "../../../src/core/reportTable";
import { period } from "../../helpers/caseTable";
import { reportDataset } from "./reportFixture";
import { engineOf } from "../../helpers/engineOf";

const Q1_2024 = parsePeriod("Q1 2024");

function table(report: Report, id: string): ReportTable {
  const found = report.tables.find((t) => t.id === id);
  if (found === undefined)
    throw new Error(`no table '${id}' in ${report.tables.map((t) => t.id).join(", ")}`);
  return found;
}

/** [label, previous, current, Δ, Δ%] per row. */
function cells(
  t: ReportTable
): [string, number | null, number | null, number | null, number | null][] {
  return t.rows.map((r) => [r.label, r.previous, r.current, r.delta, r.deltaPct]);
}

describe("buildStandardReport", () => {
  const report = buildStandardReport(engineOf(reportDataset()), Q1_2024);

  it("compares the period with the same period a year earlier, with the periods as column headers", () => {
    expect(report.title).toBe("Welzijnsmonitor – rapportage Q1 2024");
    expect(report.periodLabel).toBe("Q1 2024");
    expect(report.previousLabel).toBe("Q1 2023");
    expect(table(report, "kpis").headers).toEqual([
      "Soort KPI",
      "Q1 2023",
      "Q1 2024",
      "Verschil",
      "Verschil %",
    ]);
    expect(table(report, "byTeam").headers).toEqual([
      "Team",
      "Q1 2023",
      "Q1 2024",
      "Verschil",
      "Verschil %",
    ]);
  });

  it('fills "Inzicht meetbare resultaten" with the hand-worked values, Δ and Δ%', () => {
    const rows = cells(table(report, "kpis"));
    expect(rows.slice(0, 6)).toEqual([
      ["Aantal aanmeldingen", 2, 4, 2, 1],
      ["Aantal informatie en advies (opgestart of direct opgelost)", 0, 1, 1, null], // previous 0: no Δ%
      ["Gemiddelde wachttijd in dagen", 9, 10, 1, null], // 8.5 days shown as 9; a mean: Δ in days, no Δ%
      ["Opgestart", 2, 4, 2, 1],
      ["Behandeld (in behandeling)", 2, 6, 4, 2],
      ["Afgesloten", 2, 3, 1, 0.5],
    ]);
    const recidive = rows.filter(
      ([label]) => label.includes("recidive") || label.includes("Recidive")
    );
    expect(recidive).toEqual([
      ["Aantal recidive trajecten, zelfde hoofddomein (IT+LS)", 0, 1, 1, null],
      ["Percentage recidive, zelfde hoofddomein (IT+LS)", 0, 0.333, 0.333, null], // 1/3, rounded to the 33,3% shown
    ]);
  });

  it("counts recidive over IT and LS, as the registry computes with that filter", () => {
    const filters = [{ field: "caseType" as const, values: ["IT", "LS"] }];
    const row = table(report, "kpis").rows.find((r) => r.key === "recidivePct");
    expect(row?.current).toBe(
      roundForDisplay(
        computeKpi(engineOf(reportDataset()), "recidivePct", Q1_2024, { filters }),
        "percent"
      )
    );
    expect(row).toMatchObject({ format: "percent", polarity: "down", deltaKind: "points" });
  });

  it("leaves out KPI rows whose data the export lacks and names them in a note", () => {
    const kpis = table(report, "kpis");
    expect(kpis.rows.map((r) => r.key)).not.toContain("complaints");
    expect(kpis.notes).toContain(
      "Niet opgenomen, want de gegevens ontbreken in de export: Klachten (geen klachtentabel aangeleverd)."
    );
    expect(table(report, "results").rows.map((r) => r.key)).not.toContain("goalReachedPct");
  });

  it("names the missing column of each KPI row it leaves out", () => {
    const noEnd = buildStandardReport(engineOf(reportDataset({ unmapped: ["closedOn"] })), Q1_2024);
    const note = table(noEnd, "kpis").notes?.find((n) => n.startsWith("Niet opgenomen"));
    expect(note).toBe(
      "Niet opgenomen, want de gegevens ontbreken in de export: " +
        "Behandeld (in behandeling) (geen kolom Einddatum), Afgesloten (geen kolom Einddatum), " +
        "Lopend per einddatum (geen kolom Einddatum), Aantal unieke cliënten (geen kolom Einddatum), " +
        "Aantal hulpvragen (geen kolom Einddatum), " +
        "Aantal recidive trajecten, zelfde hoofddomein (IT+LS) (geen kolom Einddatum), " +
        "Aantal recidivisten, zelfde hoofddomein (IT+LS) (geen kolom Einddatum), " +
        "Percentage recidive, zelfde hoofddomein (IT+LS) (geen kolom Einddatum), " +
        "Klachten (geen klachtentabel aangeleverd)."
    );
  });

  it("splits individual support into IT and LS rows", () => {
    expect(cells(table(report, "individual")).slice(0, 3)).toEqual([
      ["Individuele trajecten – opgestart", 1, 3, 2, 2],
      ["Individuele trajecten – behandeld", 1, 5, 4, 4],
      ["Individuele trajecten – afgesloten", 1, 2, 1, 1],
    ]);
  });

  it("names case types in words and ends group tables with a bold Totaal", () => {
    const types = table(report, "byCaseType");
    expect(cells(types)).toEqual([
      ["Individuele trajecten", 1, 5, 4, 4],
      ["Informatie en advies", 0, 1, 1, null],
      ["Leun en steun", 1, 0, -1, -1],
      ["Totaal", 2, 6, 4, 2],
    ]);
    expect(types.rows.map((r) => r.isTotal)).toEqual([false, false, false, true]);
    expect(types.rows[0]?.key).toBe("IT");
  });

  it("sorts a table by its own measure when the group sorts by another", () => {
    expect(cells(table(report, "byTeam")).map((r) => r[0])).toEqual(["Noord", "Zuid", "Totaal"]);
    expect(cells(table(report, "byTeam.started"))).toEqual([
      ["Zuid", 1, 3, 2, 2],
      ["Noord", 1, 1, 0, 0],
      ["Totaal", 2, 4, 2, 1],
    ]);
  });

  it("labels months by name when the period lies in one year", () => {
    expect(cells(table(report, "byMonth"))).toEqual([
      ["januari", 1, 2, 1, 1],
      ["februari", 1, 1, 0, 0],
      ["maart", 0, 1, 1, null],
      ["Totaal", 2, 4, 2, 1],
    ]);
  });

  it("gives the recidive breakdown over IT and LS", () => {
    expect(cells(table(report, "recidive"))).toEqual([
      ["Opgestarte trajecten (IT+LS)", 2, 3, 1, 0.5],
      ["Recidive trajecten, elk hoofddomein (IT+LS)", 0, 1, 1, null],
      ["waarvan meerdere voorgaande casussen", 0, 0, 0, null],
      ["waarvan gelijke vraag (zelfde hoofddomein)", 0, 1, 1, null],
      ["waarvan alleen nieuwe vragen", 0, 0, 0, null],
      ["Heropening (IT+LS)", 0, 0, 0, null],
      ["Nieuwe cliënten (IT+LS)", 2, 2, 0, 0],
    ]);
  });

  it("leaves out tables without data and lists them in the parameters with the reason", () => {
    const ids = report.tables.map((t) => t.id);
    expect(ids).not.toContain("activities");
    expect(ids).not.toContain("zrmGrowth");
    expect(report.parameters).toContainEqual({
      label: "Niet opgenomen: Collectieve trajecten per categorie",
      value: "geen activiteitentabel aangeleverd",
    });
    expect(report.parameters).toContainEqual({
      label: "Niet opgenomen: ZRM-groei per domein",
      value: "geen ZRM-scores aangeleverd",
    });
  });

  it("lists the periods and recidive parameters in Dutch", () => {
    expect(report.parameters.slice(0, 8)).toEqual([
      { label: "Periode", value: "Q1 2024 (1-1-2024 t/m 31-3-2024)" },
      { label: "Vergelijkingsperiode", value: "Q1 2023 (1-1-2023 t/m 31-3-2023)" },
      {
        label: "Recidive: geteld over",
        value: "opgestarte individuele trajecten (IT) en leun en steun (LS)",
      },
      { label: "Recidive: minimale tussenpoos", value: "6 maanden" },
      { label: "Recidive: gelijk hoofddomein vereist", value: "ja" },
      { label: "Recidive: startdatum", value: "startdatum (of aanmelddatum als die ontbreekt)" },
      { label: "Hoofddomeinen ZRM: top", value: "5" },
      { label: "Publicatiemodus", value: "uit: alle aantallen zichtbaar (interne versie)" },
    ]);
  });

  it("takes the definitions from the registries, once each", () => {
    const labels = report.definitions.map((d) => d.label);
    expect(labels).toContain("Aantal aanmeldingen");
    expect(labels).toContain("Per team");
    expect(new Set(labels).size).toBe(labels.length);
    expect(report.definitions.find((d) => d.label === "Aantal aanmeldingen")?.definition).toBe(
      "Het aantal casussen met een aanmelddatum in de periode."
    );
  });

  it("builds only the tables asked for, in the definition order", () => {
    const only = buildStandardReport(engineOf(reportDataset()), Q1_2024, {
      tables: ["byTeam", "kpis"],
    });
    expect(only.tables.map((t) => t.id)).toEqual(["kpis", "byTeam"]);
  });

  it("uses a given comparison period and recidive options", () => {
    const previous = period("2023", "2023-01-01", "2023-12-31");
    const other = buildStandardReport(engineOf(reportDataset()), Q1_2024, {
      previous,
      recidive: { minGapMonths: 12 },
      tables: ["kpis"],
    });
    expect(other.previousLabel).toBe("2023");
    // a3 closed 2023-03-10 is less than 12 months before a4's start: no recidive.
    expect(table(other, "kpis").rows.find((r) => r.key === "recidive")?.current).toBe(0);
    expect(other.parameters).toContainEqual({
      label: "Recidive: minimale tussenpoos",
      value: "12 maanden",
    });
  });

  describe("publication mode", () => {
    const published = buildStandardReport(engineOf(reportDataset()), Q1_2024, {
      publication: { threshold: 5 },
    });

    it("marks person counts below 5 as small and hides means over fewer than 5 cases", () => {
      const rows = table(published, "kpis").rows;
      expect(rows.find((r) => r.key === "registrations")?.suppressed).toEqual({
        previous: "small",
        current: "small",
        delta: true,
      });
      expect(rows.find((r) => r.key === "meanWaitDays")?.suppressed).toEqual({
        previous: "hidden",
        current: "hidden",
        delta: true,
      });
      // Behandeld 6 is the Totaal of "Type trajecten", which must stay hidden (below).
      expect(rows.find((r) => r.key === "active")?.suppressed).toEqual({
        previous: "small",
        current: "hidden",
        delta: true,
      });
      expect(published.publication).toEqual({ threshold: 5 });
    });

    it("hides further cells so that neither the Totaal nor the same numbers in other tables give anything away", () => {
      // Current: IT 5, IA 1 (<5), LS 0, Totaal 6: visible, IA = 6 − 5 − 0. The Totaal (and its
      // twin Behandeld) is hidden: "–*" says at least 5, and Behandeld = afgesloten (<5) + lopend
      // (<5) says at most 8, so IA is 1, 2 or 3 — as wide as hiding any cell can make it here (a
      // zero is never hidden to protect). Previous: IT 1, LS 1 and the Totaal 2 are all small.
      const types = table(published, "byCaseType");
      expect(
        types.rows.map((r) => [
          r.label,
          r.suppressed?.previous ?? null,
          r.suppressed?.current ?? null,
        ])
      ).toEqual([
        ["Individuele trajecten", "small", null],
        ["Informatie en advies", null, "small"],
        ["Leun en steun", "small", null],
        ["Totaal", "small", "hidden"],
      ]);
      expect(types.notes?.some((n) => n.startsWith("<5: minder dan 5 personen"))).toBe(true);
      // The same quantities elsewhere: Behandeld 6 (= Totaal), IT – behandeld 5, LS – behandeld 0.
      // Had they stayed visible, IA = 6 − 5 − 0 = 1 would be recoverable.
      const current = (id: string, key: string) =>
        table(published, id).rows.find((r) => r.key === key)?.suppressed?.current;
      expect(current("kpis", "active")).toBe("hidden");
      expect(current("individual", "IT.active")).toBeUndefined();
      expect(current("individual", "LS.active")).toBeUndefined();
      // Every other table whose Totaal is Behandeld hides it as well.
      expect(current("byAgeBand", "")).toBe("hidden"); // Onbekend 6 = Totaal
      expect(table(published, "byAgeBand").rows.at(-1)?.suppressed?.current).toBe("hidden");
      expect(table(published, "byComplexity").rows.at(-1)?.suppressed?.current).toBe("hidden");
    });

    it("shows recidive in the first table as the breakdown shows “waarvan gelijke vraag”", () => {
      const kpis = table(published, "kpis").rows;
      const breakdown = table(published, "recidive").rows;
      expect(kpis.find((r) => r.key === "recidive")?.suppressed?.current).toBe("small");
      expect(breakdown.find((r) => r.key === "sameQuestion")?.suppressed?.current).toBe("small");
      // The rate over 3 started cases is hidden with its numerator.
      expect(kpis.find((r) => r.key === "recidivePct")?.suppressed?.current).toBe("hidden");
    });

    it("says so in the parameters", () => {
      expect(published.parameters).toContainEqual({
        label: "Publicatiemodus",
        value: "aan: aantallen van minder dan 5 personen afgeschermd",
      });
    });
  });

  describe("edge cases", () => {
    it("leaves out a group table whose column is missing and names the column", () => {
      const noTeam = buildStandardReport(engineOf(reportDataset({ unmapped: ["team"] })), Q1_2024);
      expect(noTeam.tables.map((t) => t.id).filter((id) => id.startsWith("byTeam"))).toEqual([]);
      expect(noTeam.parameters).toContainEqual({
        label: "Niet opgenomen: Per team – opgestart",
        value: "kolom Team ontbreekt",
      });
    });

    it("counts recidive over all cases when the export has no case type", () => {
      const noType = buildStandardReport(
        engineOf(reportDataset({ unmapped: ["caseType"] })),
        Q1_2024,
        {
          tables: ["kpis", "individual"],
        }
      );
      expect(noType.tables.map((t) => t.id)).toEqual(["kpis"]);
      const kpis = table(noType, "kpis");
      // Started in P without a filter: a1 a2 a4 a5; recidive a4.
      expect(kpis.rows.find((r) => r.key === "recidivePct")?.current).toBe(0.25);
      expect(kpis.notes).toContain(
        "Geen soort traject in de export: recidive is over alle casussen geteld."
      );
      expect(noType.parameters).toContainEqual({
        label: "Recidive: geteld over",
        value: "alle opgestarte casussen (geen soort traject in de export)",
      });
    });

    it("claims no IT+LS scope in the labels when recidive is counted over all cases", () => {
      const noType = buildStandardReport(
        engineOf(reportDataset({ unmapped: ["caseType"] })),
        Q1_2024,
        {
          tables: ["kpis", "recidive"],
        }
      );
      expect(table(noType, "kpis").rows.find((r) => r.key === "recidive")?.label).toBe(
        "Aantal recidive trajecten, zelfde hoofddomein"
      );
      const breakdown = table(noType, "recidive");
      expect(breakdown.headers[0]).toBe("Alle casussen");
      expect(breakdown.rows.map((r) => r.label).slice(0, 2)).toEqual([
        "Opgestarte trajecten",
        "Recidive trajecten, elk hoofddomein",
      ]);
    });

    it("uses the top N in the title of the domain table", () => {
      const top3 = buildStandardReport(engineOf(reportDataset()), Q1_2024, {
        topN: 3,
        tables: ["topDomains"],
      });
      expect(top3.tables[0]?.title).toBe("Top 3 hoofddomeinen ZRM");
      expect(top3.tables[0]?.rows.map((r) => r.label)).toEqual([
        "Financiën",
        "Huisvesting",
        "Sociaal netwerk",
        "Overig",
        "Totaal hulpvragen",
      ]);
    });

    it("gives every table of the standard definition a unique id", () => {
      const ids = STANDARD_REPORT_TABLES.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});
