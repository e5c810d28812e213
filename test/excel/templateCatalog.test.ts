import { TemplateError } from "../../src/core";
import { UserFacingError } from "../../src/excel/officeErrorMessage";
import { parseStoredSettings } from "../../src/excel/storedSettings";
import { resolveTemplate, templateFromFile, templateLabel } from "../../src/excel/templateCatalog";
import { generateBlocker } from "../../src/taskpane/generateBlocker";
import { initialState, settingsFromState } from "../../src/taskpane/paneState";
import { templateValue } from "../../src/taskpane/templateField";
import { TEST_TEMPLATE } from "./templateFixture";

const NOW = new Date(2024, 9, 7);

describe("templateFromFile", () => {
  it("reads a template file, its id the file name without .json", () => {
    const template = templateFromFile(
      `\uFEFF${JSON.stringify({ ...TEST_TEMPLATE, id: undefined })}`,
      "Wijk.JSON"
    );
    expect(template.id).toBe("Wijk");
    expect(template.tables.map((t) => t.id)).toEqual(["perTeam", "soort", "kruis", "wijk"]);
  });

  it("reads back what it stored: a parsed template is a valid template", () => {
    const stored = JSON.parse(
      JSON.stringify(templateFromFile(JSON.stringify(TEST_TEMPLATE), "x.json"))
    );
    expect(resolveTemplate({ kind: "own", fileName: "x.json", template: stored }, [])).toEqual(
      TEST_TEMPLATE
    );
  });

  describe("edge cases", () => {
    it("says in Dutch that a file is no JSON", () => {
      expect(() => templateFromFile("{ title: ", "kapot.json")).toThrow(UserFacingError);
      expect(() => templateFromFile("{ title: ", "kapot.json")).toThrow(
        /^Het bestand "kapot.json" is geen geldige JSON/
      );
    });

    it("names the bad key of JSON that is no template", () => {
      const text = JSON.stringify({
        title: "T",
        tables: [{ ...TEST_TEMPLATE.tables[0], chart: "taart" }],
      });
      expect(() => templateFromFile(text, "t.json")).toThrow(TemplateError);
      expect(() => templateFromFile(text, "t.json")).toThrow(/^tables\[0\]\.chart: /);
    });
  });
});

describe("templateLabel", () => {
  it("names a seed template by its organisation and another by its title", () => {
    expect(templateLabel({ ...TEST_TEMPLATE, id: "utrecht" })).toBe(
      "Buurtteamorganisatie Sociaal Utrecht"
    );
    expect(templateLabel(TEST_TEMPLATE)).toBe("Testorganisatie \u2013 kwartaalcijfers");
    expect(templateLabel({ ...TEST_TEMPLATE, title: "{periode}" })).toBe("testorganisatie");
  });
});

describe("the pane's template choice", () => {
  it("is stored with the settings and read back from them", () => {
    const state = initialState(null, NOW, [TEST_TEMPLATE]);
    expect(templateValue(state)).toBe("");
    expect(settingsFromState(state).template).toBeUndefined();
    state.template = { kind: "builtIn", id: "testorganisatie" };
    const saved = settingsFromState(state);
    expect(saved.template).toEqual({ kind: "builtIn", id: "testorganisatie" });
    const again = initialState(parseStoredSettings(JSON.stringify(saved)), NOW, [TEST_TEMPLATE]);
    expect(templateValue(again)).toBe("testorganisatie");
  });

  it("blocks Rapport maken until an own template file is read", () => {
    const state = initialState(null, NOW);
    state.ownTemplate = true;
    expect(generateBlocker(state)).toBe(
      "Nog niet mogelijk: kies in stap 3 een sjabloonbestand (.json), of een ander sjabloon."
    );
    state.template = { kind: "own", fileName: "t.json", template: TEST_TEMPLATE };
    expect(generateBlocker(state)).toBe("");
    // A template can be published: its tables are audited like the standard report's.
    state.publication = { threshold: 5 };
    expect(generateBlocker(state)).toBe("");
  });

  describe("edge cases", () => {
    it("drops a stored template entry of the wrong shape, keeping the rest", () => {
      const settings = parseStoredSettings({
        version: 1,
        reports: [],
        period: "Q3 2024",
        template: { kind: "own" },
      });
      expect(settings).toEqual({ version: 1, reports: [], period: "Q3 2024" });
    });
  });
});
