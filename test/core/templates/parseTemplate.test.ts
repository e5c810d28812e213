import { parseTemplate, TemplateError } from "../../../src/core/templates/parseTemplate";

const table = {
  id: "perTeam",
  title: "Gestart per team",
  measures: ["started"],
  rows: { dimension: { field: "team" }, order: { top: 3 } },
  columns: { kind: "series", of: "quarters" },
};

/** The message parseTemplate throws for a template. */
function errorOf(value: unknown): string {
  try {
    parseTemplate(value, "eigen");
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return (error as Error).message;
  }
  throw new Error("no error");
}

describe("parseTemplate", () => {
  it("reads a table over the meetings by their category, measures × years", () => {
    const collective = {
      id: "collectief",
      title: "Collectieve dienstverlening",
      measures: ["collectiveTrajects", { kpi: "meetings", label: "Bijeenkomsten" }, "participants"],
      rows: { dimension: { field: "activityCategory" }, order: "alphabetical" },
      columns: { kind: "measures", of: "years", count: 2 },
    };
    expect(parseTemplate({ title: "T", tables: [collective] }, "eigen").tables).toEqual([
      collective,
    ]);
  });

  it("reads column groups over a series: case type × years, and measures above their years", () => {
    const overview = {
      id: "overzicht",
      title: "Overzicht individuele ondersteuning",
      measures: ["started", { kpi: "recidive", filter: [{ field: "caseType", values: ["IT"] }] }],
      columns: {
        kind: "crosstab",
        dimension: { field: "caseType" },
        of: "years",
        count: 2,
        labels: { IT: "Individuele trajecten" },
        total: false,
      },
    };
    const types = {
      id: "types",
      title: "Type trajecten",
      measures: ["active", "meanDurationClosed"],
      rows: { dimension: { field: "product" } },
      columns: { kind: "measures", of: "years", count: 2, first: "measure" },
    };
    expect(parseTemplate({ title: "T", tables: [overview, types] }, "eigen").tables).toEqual([
      overview,
      types,
    ]);
  });

  it("reads the measures over meetings without a breakdown next to the measures over cases", () => {
    const mixed = {
      id: "kerncijfers",
      title: "Kerncijfers",
      measures: ["registrations", "complaints", "meetings"],
      columns: { kind: "comparison" },
    };
    expect(parseTemplate({ title: "T", tables: [mixed] }, "eigen").tables).toEqual([mixed]);
  });

  it("reads a valid template, the file's name as its id when it has none", () => {
    const template = parseTemplate({ title: "Rapport {periode}", tables: [table] }, "eigen");
    expect(template).toEqual({
      id: "eigen",
      title: "Rapport {periode}",
      tables: [table],
    });
  });

  it("reads every kind of columns, age bands, an export column, a filter, share, note and chart", () => {
    const template = parseTemplate(
      {
        id: "mijn",
        title: "T",
        tables: [
          {
            id: "a",
            title: "A",
            measures: ["registrations", "closed"],
            columns: { kind: "series", of: "years", count: 4, delta: true },
            chart: "line",
          },
          {
            id: "b",
            title: "B",
            measures: ["started"],
            rows: {
              dimension: { field: "ageBand", edges: [0, 13, 18, 27, 56] },
              header: "Leeftijd",
            },
            columns: { kind: "comparison" },
            filter: [{ field: "caseType", values: ["IT"] }],
            note: "Alleen individuele trajecten.",
          },
          {
            id: "c",
            title: "C",
            measures: ["closed"],
            rows: { dimension: { column: "Wijk" }, order: { fixed: ["Noord", "Zuid"] } },
            columns: { kind: "crosstab", dimension: { field: "team" } },
            share: true,
          },
        ],
      },
      "x"
    );
    expect(template.id).toBe("mijn");
    expect(template.tables.map((t) => t.columns.kind)).toEqual([
      "series",
      "comparison",
      "crosstab",
    ]);
    expect(template.tables[1]?.rows?.dimension).toEqual({
      field: "ageBand",
      edges: [0, 13, 18, 27, 56],
    });
  });

  it.each([
    [[], "een sjabloon is een JSON-object met title en tables"],
    [{ title: "T", tables: [] }, "tables: hier hoort een lijst met ten minste één tabel"],
    [
      { title: "T", tabellen: [] },
      'tabellen: onbekende sleutel; bedoeld is een van "id", "title", "tables"',
    ],
    [{ title: "", tables: [table] }, "title: hier hoort een tekst (niet leeg)"],
    [
      { title: "T", tables: [{ ...table, measures: ["aanmeldingen"] }] },
      'tables[0].measures[0]: onbekende KPI "aanmeldingen"; bekend zijn "registrations",',
    ],
    [
      { title: "T", tables: [{ ...table, measures: ["started", "closed"] }] },
      "tables[0].measures: een tabel met rows heeft precies één KPI",
    ],
    [
      { title: "T", tables: [{ ...table, rows: { dimension: { field: "wijk" } } }] },
      'tables[0].rows.dimension.field: onbekend kenmerk "wijk"; bekend zijn "caseType",',
    ],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "series", of: "weeks" } }] },
      'tables[0].columns.of: hier hoort "quarters", "months" of "years"',
    ],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "series", of: "months", count: 2 } }] },
      'tables[0].columns.count: count hoort alleen bij "years"',
    ],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "pivot" } }] },
      'tables[0].columns.kind: hier hoort "comparison", "series", "crosstab" of "measures"',
    ],
    [
      {
        title: "T",
        tables: [{ ...table, rows: { dimension: { field: "ageBand", edges: [0, 18, 18] } } }],
      },
      "tables[0].rows.dimension.edges[2]: de ondergrenzen moeten oplopen",
    ],
    [
      {
        title: "T",
        tables: [
          {
            ...table,
            rows: { dimension: { field: "mainDomains" } },
            columns: { kind: "crosstab", dimension: { field: "team" } },
          },
        ],
      },
      "tables[0].rows.dimension: een kruistabel kan niet over een kenmerk met meer waarden per casus",
    ],
    [
      { title: "T", tables: [{ ...table, measures: ["meanWaitDays"], share: true }] },
      "tables[0].share: een aandeel kan alleen bij een aantal",
    ],
    [
      { title: "T", tables: [{ ...table, filter: [{ field: "closedOn", values: ["x"] }] }] },
      'tables[0].filter[0].field: op "closedOn" kan niet gefilterd worden; wel op "caseType",',
    ],
    [
      { title: "T", tables: [{ ...table, chart: "radar" }] },
      'tables[0].chart: hier hoort een van "bar", "column", "line", "pie"',
    ],
    [
      { title: "T", tables: [{ ...table, titel: "x" }] },
      "tables[0].titel: onbekende sleutel; bedoeld is een van",
    ],
    [{ title: "T", tables: [table, table] }, 'tables[1].id: het id "perTeam" komt al eerder voor'],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "comparison" }, transpose: true }] },
      "tables[0].transpose: kantelen kan alleen bij een tabel met alleen waarden (geen Verschil of Aandeel)",
    ],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "measures", of: "weeks" } }] },
      'tables[0].columns.of: hier hoort "quarters", "months" of "years"',
    ],
    [
      {
        title: "T",
        tables: [{ ...table, rows: { dimension: { field: "targetGroup" } } }],
      },
      'tables[0].rows.dimension: het kenmerk "targetGroup" hoort bij de activiteiten; de KPI "started" telt casussen.',
    ],
    [
      {
        title: "T",
        tables: [
          {
            ...table,
            measures: ["meetings", "participants"],
            columns: { kind: "measures" },
          },
        ],
      },
      'tables[0].rows.dimension: de KPI "meetings" telt bijeenkomsten van collectieve activiteiten; het kenmerk "team" hoort bij de casussen. Bijeenkomsten zijn uit te splitsen naar "activityCategory", "targetGroup"',
    ],
    [
      {
        title: "T",
        tables: [
          {
            ...table,
            measures: ["meetings"],
            rows: { dimension: { field: "activityCategory" } },
            columns: { kind: "crosstab", dimension: { column: "Wijk" } },
          },
        ],
      },
      'tables[0].columns.dimension: de KPI "meetings" telt bijeenkomsten van collectieve activiteiten; een kolom van de export hoort bij de casussen.',
    ],
    [
      {
        title: "T",
        tables: [
          {
            ...table,
            measures: ["started", "collectiveTrajects"],
            columns: { kind: "measures" },
            rows: { dimension: { field: "activityCategory" } },
          },
        ],
      },
      'tables[0].rows.dimension: het kenmerk "activityCategory" hoort bij de activiteiten; de KPI "started" telt casussen.',
    ],
    [
      {
        title: "T",
        tables: [{ ...table, rows: { dimension: { field: "zrmDomain" } } }],
      },
      'tables[0].rows.dimension: het kenmerk "zrmDomain" hoort bij de ZRM-scores (het domein van elke score); de KPI "started" telt casussen. Splits casussen uit naar hun hoofddomeinen ("mainDomains"), of kies een KPI over de ZRM-scores ("goalReachedPct", "zrmMeanEndScore", "zrmMeanGrowth")',
    ],
    [
      {
        title: "T",
        tables: [{ ...table, measures: ["meetings"], rows: { dimension: { field: "zrmDomain" } } }],
      },
      'tables[0].rows.dimension: de KPI "meetings" telt bijeenkomsten van collectieve activiteiten; het kenmerk "zrmDomain" hoort bij de ZRM-scores. Bijeenkomsten zijn uit te splitsen naar "activityCategory", "targetGroup"',
    ],
    [
      {
        title: "T",
        tables: [
          {
            ...table,
            measures: ["zrmMeanGrowth"],
            rows: { dimension: { field: "zrmDomain" } },
            columns: { kind: "crosstab", dimension: { field: "product" } },
          },
        ],
      },
      'tables[0].rows.dimension: een kruistabel kan niet over het kenmerk "zrmDomain"; zet de ZRM-domeinen in de rijen (rows) met kolommen per periode of per maat',
    ],
    [
      { title: "T", tables: [{ ...table, measures: ["complaints"] }] },
      'tables[0].measures[0]: de KPI "complaints" telt klachten; die horen bij geen casus en zijn niet uit te splitsen',
    ],
    [
      { title: "T", tables: [{ ...table, columns: { kind: "measures", of: "years", count: 0 } }] },
      "tables[0].columns.count: hier hoort een geheel getal van 1 tot en met 10",
    ],
    [
      {
        title: "T",
        tables: [{ ...table, columns: { kind: "measures", of: "years", first: "kpi" } }],
      },
      'tables[0].columns.first: hier hoort "period" of "measure"',
    ],
    [
      {
        title: "T",
        tables: [
          { ...table, columns: { kind: "crosstab", dimension: { field: "team" }, total: "nee" } },
        ],
      },
      "tables[0].columns.total: hier hoort true of false",
    ],
  ])("refuses %j naming the bad key", (value, message) => {
    expect(errorOf(value)).toContain(message);
  });
});
