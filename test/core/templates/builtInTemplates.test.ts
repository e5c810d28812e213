import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dayToParts } from "../../../src/core/dates/dayFromParts";
import { isoToDay } from "../../../src/core/dates/dayToIso";
import { getKpi, KPI_REGISTRY, type KpiId } from "../../../src/core/kpis/kpiRegistry";
import { caseRecords, type CaseRecord } from "../../../src/core/measures/caseRecords";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import { DEFAULT_RECIDIVE_OPTIONS } from "../../../src/core/recidive/recidiveOptions";
import {
  generateSampleExport,
  SAMPLE_EXPORT_DATE,
} from "../../../src/core/sample/generateSampleExport";
import {
  BUILT_IN_TEMPLATES,
  getBuiltInTemplate,
} from "../../../src/core/templates/builtInTemplates";
import { buildStandardReport } from "../../../src/core/report/buildStandardReport";
import { parseTemplate } from "../../../src/core/templates/parseTemplate";
import { renderedCellText } from "../../../src/core/templates/renderedCellText";
import { renderedMarkText } from "../../../src/core/templates/renderedMarkText";
import type { RenderedTable } from "../../../src/core/templates/renderedTable";
import { renderTemplate, type RenderedTemplate } from "../../../src/core/templates/renderTemplate";
import type { TemplateContext } from "../../../src/core/templates/renderTemplateTable";
import type {
  MeasureSpec,
  Template,
  TemplateTableSpec,
} from "../../../src/core/templates/templateSpec";
import type { Dataset, Day, Period } from "../../../src/core/types";
import type { ReportTable } from "../../../src/core/reportTable";
import { buildRecidiveTable } from "../../../src/core/report/buildRecidiveTable";
import { createReportBuildContext } from "../../../src/core/report/reportBuildContext";
import { engineOf } from "../../helpers/engineOf";

/** KPI ids a built-in template may use before the registry has them: none (kept as the place to list them). */
const PENDING_KPIS: readonly string[] = [];

const REGISTRY_IDS = new Set<string>(KPI_REGISTRY.map((kpi) => kpi.id));

/** The KPI id of a table's measure. */
const kpiOf = (measure: MeasureSpec): string =>
  typeof measure === "string" ? measure : measure.kpi;

/** The template without the tables that need a pending KPI. */
function withoutPending(template: Template): Template {
  return {
    ...template,
    tables: template.tables.filter((table) =>
      table.measures.every((measure) => REGISTRY_IDS.has(kpiOf(measure)))
    ),
  };
}

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

/** The period each template is tried on: the quarterly ones year to date, the annual ones a whole year. */
const PERIODS: Readonly<Record<string, string>> = {
  debasis: "t/m Q3 2024",
  welstad: "2023",
  debadde: "2023",
  utrecht: "t/m Q3 2024",
  hogeland: "2023",
};

/**
 * Tables the sample export cannot serve: it has no Zwaarte, Contactmomenten, Doorverwezen naar or
 * Samenwerkingspartners column, and its activities have no Doelgroep.
 */
const OMITTED_ON_SAMPLE: Readonly<Record<string, readonly string[]>> = {
  debasis: [],
  welstad: ["zonderDoorverwijzing", "doorverwezenNaar"],
  debadde: ["zwaarte", "contactmomenten", "doorverwijzingen"],
  utrecht: [],
  hogeland: ["samenwerkingspartners", "collectiefPerDoelgroep"],
};

/**
 * How many tables of each template the Totaal check covers on the sample (deBasis's tables of
 * cases have no Totaal row, its collective table does; De Badde's zwaarte table is not in the
 * sample).
 */
const TOTAL_CHECKED: Readonly<Record<string, number>> = {
  debasis: 1,
  welstad: 4,
  debadde: 1,
  utrecht: 7,
  hogeland: 4,
};

const dataset = sampleDataset();
const records = caseRecords(dataset.cases);

function contextFor(periodText: string): TemplateContext {
  const period = parsePeriod(periodText);
  return {
    engine: engineOf(dataset),
    period,
    previous: previousYearPeriod(period),
    recidive: DEFAULT_RECIDIVE_OPTIONS,
  };
}

const rendered = new Map<string, RenderedTemplate>(
  BUILT_IN_TEMPLATES.map((template) => [
    template.id,
    renderTemplate(contextFor(PERIODS[template.id] as string), withoutPending(template)),
  ])
);

function table(templateId: string, tableId: string): RenderedTable {
  const found = rendered.get(templateId)?.tables.find((t) => t.id === tableId);
  if (found === undefined) throw new Error(`${templateId}.${tableId} not rendered`);
  return found;
}

/** The value of a row (by label) in a column (by header). */
function cell(t: RenderedTable, label: string, header: string): number | null {
  const row = t.rows.find((r) => r.label === label);
  const column = t.columns.findIndex((c) => c.header === header);
  if (row === undefined || column < 0) throw new Error(`${t.id}: no cell ${label} × ${header}`);
  return row.values[column] ?? null;
}

// Independent counts: plain filters over the case records, as SPEC §4 words each KPI.
const inPeriod = (day: Day | null, p: Period): boolean =>
  day !== null && day >= p.start && day <= p.end;
const startedIn = (r: CaseRecord, p: Period): boolean =>
  !r.invalid.has("startedOn") && inPeriod(r.start, p);
const activeIn = (r: CaseRecord, p: Period): boolean =>
  !r.invalid.has("startedOn") &&
  !r.invalid.has("closedOn") &&
  r.start !== null &&
  r.start <= p.end &&
  (r.closedOn === null || r.closedOn >= p.start);
const closedIn = (r: CaseRecord, p: Period): boolean =>
  !r.invalid.has("closedOn") && inPeriod(r.closedOn, p);
const count = (test: (r: CaseRecord) => boolean): number => records.filter(test).length;
/** Whole years between a birth date and a day. */
function ageOn(birth: Day, day: Day): number {
  const b = dayToParts(birth);
  const d = dayToParts(day);
  return d.year - b.year - (d.month < b.month || (d.month === b.month && d.day < b.day) ? 1 : 0);
}

describe("the registry of built-in templates", () => {
  it("lists the five seed organisations, in order; standaard is the lead's standard report, not a template", () => {
    expect(BUILT_IN_TEMPLATES.map((t) => t.id)).toEqual([
      "debasis",
      "welstad",
      "debadde",
      "utrecht",
      "hogeland",
    ]);
    expect(getBuiltInTemplate("standaard")).toBeUndefined();
  });

  it("finds a template by name whatever its case and spaces, and nothing for a path", () => {
    expect(getBuiltInTemplate(" Utrecht ")?.id).toBe("utrecht");
    expect(getBuiltInTemplate("HOGELAND")).toBe(BUILT_IN_TEMPLATES[4]);
    expect(getBuiltInTemplate("sjablonen/utrecht.json")).toBeUndefined();
  });

  it("uses only KPIs of the registry, or pending ones", () => {
    const used = new Set(
      BUILT_IN_TEMPLATES.flatMap((t) => t.tables.flatMap((x) => x.measures.map(kpiOf)))
    );
    const unknown = [...used].filter((id) => !REGISTRY_IDS.has(id) && !PENDING_KPIS.includes(id));
    expect(unknown).toEqual([]);
  });
});

describe.each(BUILT_IN_TEMPLATES.map((t) => [t.id, t] as const))("template %s", (id, template) => {
  it("is a valid template: parseTemplate gives it back unchanged from its JSON", () => {
    const json: unknown = JSON.parse(JSON.stringify(withoutPending(template)));
    expect(parseTemplate(json, "x")).toEqual(withoutPending(template));
  });

  it("renders on the sample export; a table is left out only for a column the sample lacks", () => {
    const result = rendered.get(id) as RenderedTemplate;
    expect(result.omitted.map((o) => o.id)).toEqual(OMITTED_ON_SAMPLE[id]);
    for (const omitted of result.omitted)
      expect(omitted.reason).toMatch(/^de kolom .+ ontbreekt in de export$/);
    expect(result.tables.length + result.omitted.length).toBe(
      withoutPending(template).tables.length
    );
    expect(result.title).toContain(parsePeriod(PERIODS[id] as string).label);
  });

  it("every count table over a single-valued dimension: the Totaal row is the sum of the rows", () => {
    const specs = new Map<string, TemplateTableSpec>(template.tables.map((t) => [t.id, t]));
    let checked = 0;
    for (const t of (rendered.get(id) as RenderedTemplate).tables) {
      const spec = specs.get(t.id) as TemplateTableSpec;
      const dimension = spec.rows?.dimension;
      if (dimension === undefined || spec.rows?.total === false) continue;
      if (
        "field" in dimension &&
        (dimension.field === "mainDomains" || dimension.field === "partners")
      )
        continue;
      if (spec.transpose === true) continue;
      // The KPI of each value column: one per measure (in blocks per year), or the one measure.
      const kpiOfColumn = (c: number): KpiId =>
        kpiOf(
          spec.measures[spec.columns.kind === "measures" ? c % spec.measures.length : 0]!
        ) as KpiId;
      // Counts and sums add up; distinct clients and trajecten need not (one may be in two rows).
      const addsUp = (c: number): boolean =>
        ["count", "sumOrNull"].includes(getKpi(kpiOfColumn(c)).rule.aggregate.kind);
      if (!t.columns.some((column, c) => column.kind === "value" && addsUp(c))) continue;
      const total = t.rows.find((r) => r.isTotal);
      expect(total).toBeDefined();
      t.columns.forEach((column, c) => {
        if (column.kind !== "value" || !addsUp(c)) return;
        const sum = t.rows.filter((r) => !r.isTotal).reduce((s, r) => s + (r.values[c] ?? 0), 0);
        expect([t.id, column.header, total?.values[c]]).toEqual([t.id, column.header, sum]);
      });
      checked += 1;
    }
    expect(checked).toBe(TOTAL_CHECKED[id]);
  });
});

describe("pinned values on the sample export, against plain counts", () => {
  const q3ytd2024 = parsePeriod("t/m Q3 2024");
  const q3ytd2023 = parsePeriod("t/m Q3 2023");
  const y2023 = parsePeriod("2023");
  const y2022 = parsePeriod("2022");

  it("deBasis: Inzicht meetbare resultaten in one table, its recidive rows as the standard report counts them (IT and LS)", () => {
    const inzicht = table("debasis", "inzicht");
    expect(inzicht.rows.map((r) => r.label)).toEqual([
      "Aantal aanmeldingen",
      "Aantal informatie en advies",
      "Gemiddelde wachttijd in dagen",
      "Aantal recidive trajecten",
      "Percentage recidive (%)",
      "Klachten",
    ]);
    const standard = buildStandardReport(engineOf(dataset), q3ytd2024).tables.find(
      (t) => t.id === "kpis"
    );
    const recidive = standard?.rows.find((r) => r.key === "recidive");
    expect(recidive).toBeDefined();
    expect([
      cell(inzicht, "Aantal recidive trajecten", "t/m Q3 2023"),
      cell(inzicht, "Aantal recidive trajecten", "t/m Q3 2024"),
    ]).toEqual([recidive?.previous, recidive?.current]);
    expect(cell(inzicht, "Aantal aanmeldingen", "t/m Q3 2024")).toBe(
      count(
        (r) =>
          r.registeredOn !== null &&
          r.registeredOn >= q3ytd2024.start &&
          r.registeredOn <= q3ytd2024.end &&
          !r.invalid.has("registeredOn")
      )
    );
  });

  it("deBasis: individuele trajecten opgestart, and AMW behandeld a year earlier", () => {
    const started = count((r) => r.caseType === "IT" && startedIn(r, q3ytd2024));
    expect(started).toBe(482);
    expect(
      cell(
        table("debasis", "overzichtIndividueleOndersteuning"),
        "Opgestart",
        "Individuele trajecten: t/m Q3 2024"
      )
    ).toBe(started);
    const amw = count((r) => r.product === "AMW" && activeIn(r, q3ytd2023));
    expect(amw).toBe(642);
    expect(cell(table("debasis", "typeTrajecten"), "AMW", "Aantal behandeld: t/m Q3 2023")).toBe(
      amw
    );
  });

  it("deBasis: type trajecten, deBasis's own products first, then the others by number treated, largest first", () => {
    const t = table("debasis", "typeTrajecten");
    // Not by the last column (the mean duration): AMW (684 behandeld) before SMW (405).
    expect(t.rows.map((r) => [r.label, cell(t, r.label, "Aantal behandeld: t/m Q3 2024")])).toEqual(
      [
        ["Schoolmaatschappelijk werk", 86],
        ["Huiselijk geweld", 99],
        ["AMW", 684],
        ["SMW", 405],
        ["OCO", 242],
        ["Jongerenwerk", 76],
      ]
    );
  });

  it("Welstad: age band 27–55 of the three forms of support, and leun en steun afgesloten in 2021", () => {
    const band = count(
      (r) =>
        ["IT", "LS", "IA"].includes(r.caseType ?? "") &&
        activeIn(r, y2023) &&
        r.birthDate !== null &&
        r.start !== null &&
        ageOn(r.birthDate, r.start) >= 27 &&
        ageOn(r.birthDate, r.start) <= 55
    );
    expect(band).toBe(823);
    expect(cell(table("welstad", "leeftijden"), "27–55", "2023")).toBe(band);
    const closed = count((r) => r.caseType === "LS" && closedIn(r, parsePeriod("2021")));
    expect(closed).toBe(33);
    expect(cell(table("welstad", "leunEnSteun"), "Afgesloten", "2021")).toBe(closed);
  });

  it("De Badde: complexity from the export's own column, and the crosstab per product", () => {
    const plain = count(
      (r) =>
        r.caseType === "IT" && r.complexity === "Niet complex, 1 probleem" && activeIn(r, y2023)
    );
    expect(plain).toBe(332);
    const complexity = table("debadde", "complexiteit");
    expect(cell(complexity, "Niet complex, 1 probleem", "2023")).toBe(plain);
    const all = count((r) => r.caseType === "IT" && r.complexity !== null && activeIn(r, y2023));
    expect(cell(complexity, "Niet complex, 1 probleem", "Aandeel")).toBe(
      Math.round((plain / all) * 1000) / 1000
    );
    const perProduct = table("debadde", "dashboardPerProduct");
    const smw = count((r) => r.caseType === "IT" && r.product === "SMW" && activeIn(r, y2023));
    expect(smw).toBe(182);
    expect(cell(perProduct, "Behandeld (in behandeling)", "SMW")).toBe(smw);
  });

  it("Utrecht: lopend per team in Q2, klantoordeel 8 in Q1, kan niet zelfstandig verder in september", () => {
    const q2 = parsePeriod("Q2 2024");
    const noord = count((r) => r.team === "Team Noord" && activeIn(r, q2));
    expect(noord).toBe(221);
    expect(cell(table("utrecht", "casussenPerTeamKwartaal"), "Team Noord", "Q2 2024: Lopend")).toBe(
      noord
    );
    const eights = count(
      (r) =>
        !r.invalid.has("rating") &&
        r.rating !== null &&
        Math.round(r.rating) === 8 &&
        closedIn(r, parsePeriod("Q1 2024"))
    );
    expect(eights).toBe(34);
    // Turned a quarter as in Utrecht's report: the quarters down the side, the ratings across.
    expect(cell(table("utrecht", "klantoordeel"), "Q1 2024", "8")).toBe(eights);
    const september = parsePeriod("sep 2024");
    const no = count((r) => r.canContinueAlone === false && closedIn(r, september));
    expect(no).toBe(10);
    expect(cell(table("utrecht", "zelfstandigVerder"), "Nee", "sep 2024")).toBe(no);
  });

  it("Mensenwerk Hogeland: verwijzingen door de huisarts, two years", () => {
    for (const [period, expected] of [
      [y2022, 159],
      [y2023, 184],
    ] as const) {
      const plain = count((r) => r.referrer === "Huisarts" && startedIn(r, period));
      expect(plain).toBe(expected);
      expect(cell(table("hogeland", "verwijzingen"), "Huisarts", period.label)).toBe(plain);
    }
  });
});

describe("Mensenwerk Hogeland's recidive table on the sample export", () => {
  /** The standard report's recidive breakdown over IT cases, as buildRecidiveTable makes it. */
  function breakdown(periodText: string): ReportTable {
    const period = parsePeriod(periodText);
    const built = buildRecidiveTable(
      {
        kind: "recidiveBreakdown",
        id: "recidive",
        title: "Recidive",
        keyLabel: "Individuele trajecten",
        filters: [{ field: "caseType", values: ["IT"] }],
      },
      createReportBuildContext({
        engine: engineOf(dataset),
        period,
        previous: previousYearPeriod(period),
        recidive: DEFAULT_RECIDIVE_OPTIONS,
        topN: 5,
      })
    );
    if (!("table" in built)) throw new Error(built.omitted);
    return built.table;
  }

  /** Each column of the template's table and the breakdown row it shows. */
  const COLUMNS: readonly (readonly [string, string])[] = [
    ["Totaal aantal individuele trajecten opgestart", "started"],
    ["Recidive casussen", "recidive"],
    ["Waarvan meerdere voorgaande casussen", "multiplePrevious"],
    ["Recidive met alleen nieuwe vragen", "onlyNewQuestions"],
    ["Recidive met een gelijke vraag", "sameQuestion"],
  ];

  it("has the years as rows and the five columns of Hogeland's report, in its words", () => {
    const recidive = table("hogeland", "recidive");
    expect(recidive.rows.map((r) => r.label)).toEqual(["2022", "2023"]);
    expect(recidive.columns.map((c) => c.header)).toEqual(COLUMNS.map(([header]) => header));
  });

  it("equals the standard report's recidive breakdown over IT, cell by cell, both years", () => {
    const recidive = table("hogeland", "recidive");
    const report = breakdown("2023");
    const reportCells = (side: "current" | "previous"): [string, number | null | undefined][] =>
      COLUMNS.map(([header, key]) => [header, report.rows.find((r) => r.key === key)?.[side]]);
    const mine = (year: string): [string, number | null][] =>
      COLUMNS.map(([header]) => [header, cell(recidive, year, header)]);
    expect(mine("2023")).toEqual(reportCells("current"));
    expect(mine("2022")).toEqual(reportCells("previous"));
    // Pinned: the sample has recidive of every kind, so no column agrees by being 0; a gelijke
    // vraag plus alleen nieuwe vragen is every recidive case.
    expect(mine("2023").map(([, value]) => value)).toEqual([609, 34, 4, 4, 30]);
    expect(mine("2022").map(([, value]) => value)).toEqual([509, 20, 2, 2, 18]);
  });
});

describe("the collective tables on the sample export, against plain counts over its activity rows", () => {
  /** The sample's meetings as plain rows: Activiteitnummer, Activiteit, Categorie, Datum, Aantal deelnemers. */
  const meetings = generateSampleExport()
    .activities.slice(1)
    .map(([id, , category, date, participants]) => ({
      id: String(id),
      category: String(category),
      date: date as number,
      participants: participants as number | "",
    }));
  /**
   * Trajecten, bijeenkomsten and deelnemers of the meetings in a period (of one category, or all);
   * deelnemers null when no meeting has a number (the sample's bewonersinitiatieven).
   */
  function plain(p: Period, category?: string): [number, number, number | null] {
    const taken = meetings.filter(
      (m) =>
        m.date >= p.start && m.date <= p.end && (category === undefined || m.category === category)
    );
    const numbers = taken.flatMap((m) =>
      typeof m.participants === "number" ? [m.participants] : []
    );
    return [
      new Set(taken.map((m) => m.id)).size,
      taken.length,
      numbers.length === 0 ? null : numbers.reduce((sum, n) => sum + n, 0),
    ];
  }

  it("deBasis: collectieve dienstverlening, every category and the Totaal, both years", () => {
    const t = table("debasis", "collectieveDienstverlening");
    expect(t.rowHeader).toBe("Type collectieve trajecten");
    expect(t.columns.map((c) => c.header)).toEqual([
      "t/m Q3 2023: Aantal collectieve trajecten",
      "t/m Q3 2023: Aantal bijeenkomsten",
      "t/m Q3 2023: Aantal deelnemers",
      "t/m Q3 2024: Aantal collectieve trajecten",
      "t/m Q3 2024: Aantal bijeenkomsten",
      "t/m Q3 2024: Aantal deelnemers",
    ]);
    const periods = [parsePeriod("t/m Q3 2023"), parsePeriod("t/m Q3 2024")];
    const categories = [...new Set(meetings.map((m) => m.category))];
    expect(t.rows.map((r) => r.label).sort()).toEqual([...categories, "Totaal"].sort());
    for (const row of t.rows) {
      const category = row.isTotal ? undefined : row.label;
      expect([row.label, row.values]).toEqual([
        row.label,
        periods.flatMap((p) => plain(p, category)),
      ]);
    }
    // Pinned: the sample's meetings t/m Q3 2024.
    expect(plain(periods[1]!)).toEqual([15, 355, 4123]);
  });

  it("deBasis: a category whose meetings have no participant count shows n.v.t. there, as the seed and SPEC §4 do", () => {
    const t = table("debasis", "collectieveDienstverlening");
    const row = t.rows.find((r) => r.label === "Bewonersinitiatieven");
    if (row === undefined) throw new Error("no row Bewonersinitiatieven");
    // As every output shows a cell: the mark if any, else the value's text.
    const texts = t.columns.map(
      (column, c) =>
        renderedMarkText(t, row, c) ?? renderedCellText(row, column, row.values[c] ?? null)
    );
    expect(texts).toEqual(["1", "7", "n.v.t.", "1", "7", "n.v.t."]);
  });

  it("deBasis: collectieve trajecten, the two years; Welstad and Hogeland per category in the year", () => {
    const summary = table("debasis", "collectieveTrajecten");
    expect(summary.rows.map((r) => [r.key, r.values])).toEqual([
      [
        "collectiveTrajects",
        [plain(parsePeriod("t/m Q3 2023"))[0], plain(parsePeriod("t/m Q3 2024"))[0]],
      ],
      ["meetings", [plain(parsePeriod("t/m Q3 2023"))[1], plain(parsePeriod("t/m Q3 2024"))[1]]],
      [
        "participants",
        [plain(parsePeriod("t/m Q3 2023"))[2], plain(parsePeriod("t/m Q3 2024"))[2]],
      ],
    ]);
    const y2023 = parsePeriod("2023");
    const welstad = table("welstad", "collectieveOndersteuning");
    expect(welstad.columns.map((c) => c.header)).toEqual(["Bijeenkomsten", "Deelnemers"]);
    const labels = welstad.rows.filter((r) => !r.isTotal).map((r) => r.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "nl")));
    for (const row of welstad.rows)
      expect([row.label, row.values]).toEqual([
        row.label,
        plain(y2023, row.isTotal ? undefined : row.label).slice(1),
      ]);
    const hogeland = table("hogeland", "collectiefPerCategorie");
    for (const row of hogeland.rows)
      expect([row.label, row.values]).toEqual([
        row.label,
        plain(y2023, row.isTotal ? undefined : row.label),
      ]);
  });
});

describe("the example own template (docs/voorbeelden/eigen-sjabloon.json)", () => {
  const file = join(__dirname, "../../../docs/voorbeelden/eigen-sjabloon.json");
  const template = parseTemplate(JSON.parse(readFileSync(file, "utf8")), "eigen-sjabloon");

  it("parses, and renders every table on the sample export", () => {
    expect(template.id).toBe("gemeente");
    const result = renderTemplate(contextFor("t/m Q3 2024"), template);
    expect(result.omitted).toEqual([]);
    expect(result.title).toBe("Kwartaalrapportage voor de gemeente t/m Q3 2024");
    const crosstab = result.tables.find((t) => t.id === "teamPerVorm") as RenderedTable;
    expect(crosstab.columns.map((c) => c.header)).toEqual(["IT", "IA", "LS", "Totaal"]);
    const plain = count(
      (r) =>
        r.team === "Team Zuid" && r.caseType === "LS" && activeIn(r, parsePeriod("t/m Q3 2024"))
    );
    expect(cell(crosstab, "Team Zuid", "LS")).toBe(plain);
  });
});
