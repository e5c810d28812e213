import { getGroup, GROUP_REGISTRY } from "../../../src/core/kpis/groupRegistry";
import { getKpi, KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import {
  definitionEntries,
  groupDefinitionEntry,
  kpiDefinitionEntry,
  parameterDefaultText,
} from "../../../src/core/report/definitionEntries";
import { definitionLines } from "../../../src/core/report/definitionLines";
import { resolveGroup } from "../../../src/functions/groupNames";
import { declaredFunctionNames } from "../../functions/declaredFunctions";

describe("definitionEntries", () => {
  it("gives the waiting time's texts from the registry", () => {
    expect(kpiDefinitionEntry(getKpi("meanWaitDays"))).toEqual({
      id: "meanWaitDays",
      kind: "kpi",
      label: "Gemiddelde wachttijd in dagen",
      definition:
        "Het gemiddelde aantal dagen tussen aanmelding en intake, over de casussen met een intake in de periode.",
      unit: "dagen (hele kalenderdagen tussen twee datums; een gemiddelde kan decimalen hebben)",
      parameters: [],
      excludes:
        "Casussen zonder intakedatum of zonder aanmelddatum, casussen met een onbruikbare intake- of aanmelddatum, en " +
        "casussen met een intakedatum vóór de aanmelddatum: die intakedatum telt als onbruikbaar (melding " +
        "INTAKE_BEFORE_REGISTRATION).",
      smallNumbers:
        "in publicatiemodus verborgen als het over minder casussen gaat dan de drempel (standaard 5)",
      functionName: "WELZIJN.WACHTTIJD",
    });
  });

  it("lists every KPI, then every group, each with a definition and what it leaves out", () => {
    const entries = definitionEntries();
    expect(entries.map((e) => e.id)).toEqual([
      ...KPI_REGISTRY.map((k) => k.id),
      ...GROUP_REGISTRY.map((g) => g.id),
    ]);
    for (const entry of entries) {
      expect(entry.definition).toMatch(/^[A-Z].*\.$/s);
      expect(entry.excludes).toMatch(/^[A-Z].*\.$/s);
    }
  });

  it("names the recidive parameters with their defaults in words", () => {
    expect(kpiDefinitionEntry(getKpi("recidive")).parameters).toEqual([
      { label: "Minimale tussenpoos in maanden", defaultText: "6 maanden" },
      { label: "Alleen bij een gedeeld hoofddomein", defaultText: "ja" },
      {
        label: "Datum die als start telt",
        defaultText: "startdatum (of de aanmelddatum als de startdatum leeg is); of: aanmelddatum",
      },
    ]);
  });

  it("gives a group's unit and small-number rule per column when they differ", () => {
    const team = groupDefinitionEntry(getGroup("byTeam"));
    expect(team.unit).toBe(
      "Opgestart, Behandeld, Afgesloten: aantal; Gemiddelde wachttijd in dagen: dagen (hele kalenderdagen tussen " +
        "twee datums; een gemiddelde kan decimalen hebben)"
    );
    expect(groupDefinitionEntry(getGroup("byDomain")).unit).toBe("aantal");
    expect(parameterDefaultText(getGroup("byAgeBand").parameters[0]!)).toBe(
      "0–17, 18–26, 27–44, 45–54, 55–64, 65+"
    );
    expect(parameterDefaultText(getGroup("byDomain").parameters[0]!)).toBe("alle rijen");
  });

  it("names functions that exist: the KPI's own, TOP for a grouping TOP knows", () => {
    const declared = declaredFunctionNames();
    for (const kpi of KPI_REGISTRY) {
      const name = kpiDefinitionEntry(kpi).functionName;
      expect(name).toBe(`WELZIJN.${kpi.functionName}`);
      expect(declared.has(kpi.functionName)).toBe(true);
    }
    for (const group of GROUP_REGISTRY.filter((g) => g.functionName === "TOP"))
      expect(
        resolveGroup(group.keyLabel === "Type traject" ? "soort traject" : group.keyLabel).id
      ).toBe(group.id);
    expect(getGroup("zrmGrowth").functionName).toBe("ZRMGROEI");
    expect(getGroup("activities").functionName).toBe("COLLECTIEF");
  });

  describe("edge cases", () => {
    it("puts a 'Wat niet meetelt' line under a definition only when there is one", () => {
      expect(
        definitionLines([
          {
            label: "Afgesloten",
            definition: "Het aantal.",
            excludes: "Casussen zonder einddatum.",
          },
          { label: "Recidive: Heropening", definition: "Opgestarte casussen." },
        ])
      ).toEqual([
        { label: "Afgesloten", text: "Het aantal." },
        { label: "Wat niet meetelt", text: "Casussen zonder einddatum.", sub: true },
        { label: "Recidive: Heropening", text: "Opgestarte casussen." },
      ]);
    });
  });
});
