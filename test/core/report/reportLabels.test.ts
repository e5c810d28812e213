import { isoToDay } from "../../../src/core/dates/dayToIso";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import type { Report, ReportRow, ReportTable } from "../../../src/core/reportTable";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../../src/core/sample/generateSampleExport";
import type { Dataset } from "../../../src/core/types";
import { engineOf } from "../../helpers/engineOf";

// "One label, one number" (issue 12): a management team reads a label on page 1 and the same
// label further on; when the numbers differ, the labels must say how.

function sampleDataset(): Dataset {
  const sample = generateSampleExport();
  return loadDataset({
    cases: { rows: sample.cases },
    zrm: { rows: sample.zrm },
    activities: { rows: sample.activities },
    complaints: { rows: sample.complaints },
    asOf: isoToDay(SAMPLE_EXPORT_DATE),
  });
}

/** Tables that list KPIs: a row's label is all that names its number. */
const KPI_TABLES = new Set(["kpis", "individual", "results", "recidive"]);

/** Case, diacritics, punctuation and the word "aantal" do not set two labels apart. */
function normalize(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((word) => word !== "" && word !== "aantal")
    .join(" ");
}

interface LabelledCell {
  readonly where: string;
  readonly label: string;
  readonly values: readonly (number | null)[];
}

/**
 * What a reader takes a row's number to be: in a KPI table its label; in a table of one
 * measure per group ("Per team – behandeld") the group and the measure, as the individual
 * table writes them ("Individuele trajecten – behandeld"); in any other group table its title
 * and the group.
 */
function readerLabel(table: ReportTable, row: ReportRow): string {
  if (KPI_TABLES.has(table.id)) return normalize(row.label);
  const measure = /\s–\s(.+)$/.exec(table.title)?.[1];
  return normalize(
    measure === undefined ? `${table.title} ${row.label}` : `${row.label} ${measure}`
  );
}

function cells(report: Report): LabelledCell[] {
  return report.tables.flatMap((table) =>
    table.rows.map((row) => ({
      where: `${table.title} / ${row.label}`,
      label: readerLabel(table, row),
      values: [row.previous, row.current],
    }))
  );
}

/** Pairs of cells with one reader label and different numbers. */
function conflicts(all: readonly LabelledCell[], others: readonly LabelledCell[] = all): string[] {
  return all.flatMap((a) =>
    others
      .filter(
        (b) =>
          a !== b &&
          a.where < b.where &&
          a.label === b.label &&
          (a.values[0] !== b.values[0] || a.values[1] !== b.values[1])
      )
      .map((b) => `${a.where} ${a.values.join("→")} ≠ ${b.where} ${b.values.join("→")}`)
  );
}

describe("the labels of the standard report on the sample export", () => {
  const report = buildStandardReport(engineOf(sampleDataset()), parsePeriod("t/m Q3 2024"));
  const table = (id: string): ReportTable => {
    const found = report.tables.find((t) => t.id === id);
    if (found === undefined) throw new Error(`no table ${id}`);
    return found;
  };
  const row = (id: string, key: string): ReportRow => {
    const found = table(id).rows.find((r) => r.key === key);
    if (found === undefined) throw new Error(`no row ${key} in ${id}`);
    return found;
  };

  it("gives no two cells one label and different numbers", () => {
    expect(conflicts(cells(report))).toEqual([]);
  });

  it("gives no KPI row the bare label of a group row with another number", () => {
    // "Informatie en advies" 500 (Type trajecten – behandeld) against the KPI 498, read without the title.
    const kpiRows = cells(report).filter((c) =>
      report.tables.some((t) => KPI_TABLES.has(t.id) && c.where.startsWith(`${t.title} / `))
    );
    const groupRows = report.tables
      .filter((t) => !KPI_TABLES.has(t.id))
      .flatMap((t) =>
        t.rows.map((r) => ({
          where: `${t.title} / ${r.label}`,
          label: normalize(r.label),
          values: [r.previous, r.current],
        }))
      );
    expect(conflicts(kpiRows, groupRows)).toEqual([]);
  });

  it("says which recidive each row counts: same main domain on page 1, every main domain in the breakdown", () => {
    expect(row("kpis", "recidive")).toMatchObject({
      label: "Aantal recidive trajecten, zelfde hoofddomein (IT+LS)",
      previous: 29,
      current: 35,
    });
    expect(row("kpis", "recidivists").label).toBe(
      "Aantal recidivisten, zelfde hoofddomein (IT+LS)"
    );
    expect(row("kpis", "recidivePct").label).toBe(
      "Percentage recidive, zelfde hoofddomein (IT+LS)"
    );
    expect(row("recidive", "recidive")).toMatchObject({
      label: "Recidive trajecten, elk hoofddomein (IT+LS)",
      previous: 36,
      current: 52,
    });
    // The breakdown's part that page 1 counts bears page 1's words.
    expect(row("recidive", "sameQuestion")).toMatchObject({
      label: "waarvan gelijke vraag (zelfde hoofddomein)",
      previous: 29,
      current: 35,
    });
    expect(row("recidive", "started")).toMatchObject({
      label: "Opgestarte trajecten (IT+LS)",
      current: 662,
    });
    expect(row("kpis", "started")).toMatchObject({ label: "Opgestart", current: 1139 });
  });

  it("tells informatie en advies started or resolved directly from informatie en advies in treatment", () => {
    expect(row("kpis", "infoAdvice")).toMatchObject({
      label: "Aantal informatie en advies (opgestart of direct opgelost)",
      previous: 498,
    });
    expect(table("byCaseType").title).toBe("Type trajecten – behandeld");
    expect(row("byCaseType", "IA")).toMatchObject({ label: "Informatie en advies", previous: 500 });
    expect(normalize(row("kpis", "infoAdvice").label)).not.toBe(
      normalize(row("byCaseType", "IA").label)
    );
  });

  it("names Klantoordeel's total as the closed cases with a rating, not every closed case", () => {
    expect(row("byRating", "#totaal")).toMatchObject({
      label: "Totaal met een cijfer",
      current: 329,
    });
    expect(row("byCloseReason", "#totaal")).toMatchObject({ label: "Totaal", current: 1106 });
  });

  it("says the recidive option in the label: every main domain when sameDomain is off", () => {
    const off = buildStandardReport(engineOf(sampleDataset()), parsePeriod("t/m Q3 2024"), {
      recidive: { sameDomain: false },
      tables: ["kpis", "recidive"],
    });
    const kpis = off.tables.find((t) => t.id === "kpis");
    const breakdown = off.tables.find((t) => t.id === "recidive");
    const recidive = kpis?.rows.find((r) => r.key === "recidive");
    expect(recidive).toMatchObject({
      label: "Aantal recidive trajecten, elk hoofddomein (IT+LS)",
      current: 52,
    });
    // One label, one number: both count every main domain.
    expect(breakdown?.rows.find((r) => r.key === "recidive")?.current).toBe(recidive?.current);
  });
});
