import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { getKpi, KPI_REGISTRY } from "../../src/core/kpis/kpiRegistry";
import * as generated from "../../src/functions/generated/kpiFunctions";
import {
  KPI_FUNCTIONS_ENGLISH_FILE,
  KPI_FUNCTIONS_FILE,
  kpiFunctionArguments,
  kpiWrapperName,
  renderKpiFunctions,
  renderKpiFunctionsEnglish,
} from "../../src/functions/renderKpiFunctions";
import { FUNCTION_FILES } from "./declaredFunctions";

const ROOT = resolve(__dirname, "../..");
const read = (file: string) => readFileSync(resolve(ROOT, file), "utf8");

interface GeneratedMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; description?: string; optional?: boolean }[];
  }[];
}

describe("the KPI functions generated from the registry", () => {
  it("are committed as npm run functions:generate writes them (run it after changing the registry)", () => {
    expect(read(KPI_FUNCTIONS_FILE)).toBe(renderKpiFunctions(KPI_REGISTRY));
    expect(read(KPI_FUNCTIONS_ENGLISH_FILE)).toBe(renderKpiFunctionsEnglish(KPI_REGISTRY));
  });

  it("are read by the build's metadata plugin", () => {
    expect(FUNCTION_FILES).toContain(KPI_FUNCTIONS_FILE);
    const config = read("webpack.config.js");
    for (const file of FUNCTION_FILES) expect(config).toContain(`"./${file}"`);
  });

  describe("their metadata (what the build writes to functions.json)", () => {
    let metadata: GeneratedMetadata;
    let associate: { functionName: string; id: string }[];

    beforeAll(async () => {
      const result = await generateCustomFunctionsMetadata(resolve(ROOT, KPI_FUNCTIONS_FILE));
      expect(result.errors).toEqual([]);
      metadata = JSON.parse(result.metadataJson) as GeneratedMetadata;
      associate = result.associate;
    });

    it("has one function per registry entry, in registry order, under its Dutch name and help", () => {
      expect(metadata.functions.map((fn) => [fn.id, fn.name, fn.description])).toEqual(
        KPI_REGISTRY.map((kpi) => [
          kpi.functionName,
          kpi.functionName,
          kpi.functionHelp.description,
        ])
      );
    });

    it("declares each function's parameters as the registry entry implies", () => {
      for (const kpi of KPI_REGISTRY) {
        const fn = metadata.functions.find((f) => f.id === kpi.functionName);
        expect([
          kpi.id,
          fn?.parameters.map((p) => [p.name, p.optional === true, p.description]),
        ]).toEqual([
          kpi.id,
          kpiFunctionArguments(kpi).map((a) => [a.name, a.optional, a.description]),
        ]);
      }
    });

    it("associates each id with the exported wrapper of the module", () => {
      expect(associate.map((a) => [a.id, a.functionName])).toEqual(
        KPI_REGISTRY.map((kpi) => [kpi.functionName, kpiWrapperName(kpi)])
      );
      for (const { functionName } of associate)
        expect(typeof (generated as Record<string, unknown>)[functionName]).toBe("function");
      expect(Object.keys(generated).sort()).toEqual(KPI_REGISTRY.map(kpiWrapperName).sort());
    });
  });

  it("keeps the worksheet arguments of SPEC §7: tables, period, options, filters", () => {
    const names = (id: Parameters<typeof getKpi>[0]) =>
      kpiFunctionArguments(getKpi(id)).map((a) => (a.optional ? `[${a.name}]` : a.name));
    expect(names("started")).toEqual(["tabel", "periode", "[filters]"]);
    expect(names("recidivePct")).toEqual([
      "tabel",
      "periode",
      "[minMaanden]",
      "[zelfdeDomein]",
      "[startveld]",
      "[filters]",
    ]);
    expect(names("newClientPct")).toEqual(["tabel", "periode", "[filters]"]);
    expect(names("goalReachedPct")).toEqual(["tabel", "zrmtabel", "periode", "[filters]"]);
    expect(names("complaints")).toEqual(["klachtentabel", "periode"]);
  });

  it("names each function in English after its KPI id, with the registry's English help", () => {
    const english = JSON.parse(renderKpiFunctionsEnglish(KPI_REGISTRY)) as {
      functions: Record<string, { name: string; description: string }>;
    };
    expect(english.functions.WACHTTIJD).toEqual({
      name: "MEANWAITDAYS",
      description:
        "Calculates the mean waiting time in days from registration to intake, over the cases with an intake in the period.",
    });
    expect(Object.keys(english.functions)).toEqual(KPI_REGISTRY.map((kpi) => kpi.functionName));
  });

  describe("edge cases", () => {
    it("passes null for a recidive option a function does not take", () => {
      const recidive = getKpi("recidive");
      const source = renderKpiFunctions([
        { ...recidive, functionHelp: { ...recidive.functionHelp, arguments: ["startField"] } },
      ]);
      expect(source).toContain("recidive: readRecidiveOptions(null, null, startveld),");
    });

    it("imports readRecidiveOptions only when a function takes a recidive option", () => {
      expect(renderKpiFunctions([getKpi("started")])).not.toContain("readRecidiveOptions");
    });
  });
});
