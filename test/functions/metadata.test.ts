import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { KPI_REGISTRY } from "../../src/core/kpis/kpiRegistry";
import * as functions from "../../src/functions/functions";
import { FUNCTION_FILES } from "./declaredFunctions";

interface EnglishTexts {
  functions: Record<string, { name: string; description: string }>;
  parameters: Record<string, { name: string; description: string }>;
}

const { localizeMetadata, readEnglish } = require("../../scripts/functions-locale.js") as {
  localizeMetadata: (
    metadata: FunctionsMetadata,
    locale: EnglishTexts
  ) => { metadata: FunctionsMetadata; missing: string[] };
  readEnglish: () => EnglishTexts;
};
const english = readEnglish();

interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: {
      name: string;
      description?: string;
      optional?: boolean;
      repeating?: boolean;
      dimensionality?: string;
    }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

describe("the functions metadata (what the build writes to functions.json)", () => {
  let metadata: FunctionsMetadata;
  let associate: { functionName: string; id: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      FUNCTION_FILES.map((file) => resolve(__dirname, "../..", file))
    );
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson) as FunctionsMetadata;
    associate = result.associate;
  });

  it("lists every KPI function, the grouped and breakdown functions, PERIODE, VORIGJAAR, TOP, KPIS and VERSIE", () => {
    const ids = metadata.functions.map((fn) => fn.id);
    expect(ids.sort()).toEqual(
      [
        ...KPI_REGISTRY.map((kpi) => kpi.functionName),
        "ZRMGROEI",
        "COLLECTIEF",
        "RECIDIVEOVERZICHT",
        "PERIODE",
        "VORIGJAAR",
        "TOP",
        "KPIS",
        "VERSIE",
      ].sort()
    );
  });

  it("declares the parameters of the new functions in order, optional where they may be left out", () => {
    const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));
    const shape = (id: string): [string, boolean][] =>
      (byId.get(id)?.parameters ?? []).map((p) => [p.name, p.optional === true]);
    expect(shape("ZRMGROEI")).toEqual([
      ["tabel", false],
      ["zrmtabel", false],
      ["periode", false],
      ["domein", true],
      ["filters", true],
    ]);
    expect(shape("COLLECTIEF")).toEqual([
      ["activiteitentabel", false],
      ["periode", false],
      ["categorie", true],
      ["maat", true],
    ]);
    expect(shape("RECIDIVEOVERZICHT")).toEqual([
      ["tabel", false],
      ["periode", false],
      ["minMaanden", true],
      ["startveld", true],
      ["filters", true],
    ]);
    expect(shape("TOP").map(([name]) => name)).toEqual([
      "tabel",
      "periode",
      "groepering",
      "aantal",
      "metTotaal",
      "maat",
      "filters",
    ]);
    for (const id of ["ZRMGROEI", "COLLECTIEF", "RECIDIVEOVERZICHT"])
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
  });

  it("associates every id with an exported function of the module", () => {
    for (const { functionName, id } of associate) {
      expect(typeof (functions as Record<string, unknown>)[functionName]).toBe("function");
      expect(metadata.functions.some((fn) => fn.id === id)).toBe(true);
    }
  });

  it("describes every function and parameter in Dutch", () => {
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description).toMatch(
        /^(Geeft|Telt|Berekent|Het|De|Aantal|Gemiddelde|Percentage|Zet|Geef)\b/
      );
      for (const parameter of fn.parameters) expect(parameter.description ?? "").not.toBe("");
    }
  });

  it("takes the table as a range, the filters as repeating optional ranges, and spills TOP, KPIS and PERIODE", () => {
    const byId = new Map(metadata.functions.map((fn) => [fn.id, fn]));
    const recidive = byId.get("RECIDIVE");
    expect(recidive?.parameters.map((p) => p.name)).toEqual([
      "tabel",
      "periode",
      "minMaanden",
      "zelfdeDomein",
      "startveld",
      "filters",
    ]);
    expect(recidive?.parameters[0]?.dimensionality).toBe("matrix");
    expect(recidive?.parameters[5]).toMatchObject({
      optional: true,
      repeating: true,
      dimensionality: "matrix",
    });
    expect(byId.get("AANMELDINGEN")?.result).toEqual({ type: "number" });
    for (const id of ["TOP", "KPIS", "PERIODE", "RECIDIVEOVERZICHT"])
      expect(byId.get(id)?.result.dimensionality).toBe("matrix");
  });

  it("has an English name and help for every function and parameter; KPI functions are named after their JSON id", () => {
    const { metadata: localized, missing } = localizeMetadata(metadata, english);
    expect(missing).toEqual([]);
    for (const kpi of KPI_REGISTRY) {
      const fn = localized.functions.find((f) => f.id === kpi.functionName);
      expect(fn?.name).toBe(kpi.id.toUpperCase());
    }
    const names = localized.functions.map((fn) => fn.name);
    expect(new Set(names).size).toBe(names.length);
  });

  describe("edge cases", () => {
    it("reports a function without an English entry", () => {
      const { missing } = localizeMetadata(
        {
          functions: [
            { id: "NIEUW", name: "NIEUW", parameters: [{ name: "onbekend" }], result: {} },
          ],
        },
        english
      );
      expect(missing).toEqual(["functie NIEUW", "parameter onbekend van NIEUW"]);
    });
  });
});
