import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const dist = resolve(__dirname, "../../dist");

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string }[];
}

describe("the production build in dist/", () => {
  it("holds the task pane, the functions metadata and the manifest", () => {
    for (const file of [
      "taskpane.html",
      "taskpane.js",
      "functions.js",
      "functions.json",
      "commands.js",
      "manifest.xml",
    ]) {
      expect(existsSync(resolve(dist, file))).toBe(true);
    }
  });

  it("serves office.js itself instead of loading it from a CDN", () => {
    const html = readFileSync(resolve(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/src="?office-js\/office.js/);
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(existsSync(resolve(dist, "office-js/office.js"))).toBe(true);
  });

  it("lists custom functions with namespace-ready ids and Dutch descriptions", () => {
    const metadata = JSON.parse(readFileSync(resolve(dist, "functions.json"), "utf8")) as {
      functions: FunctionMetadata[];
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      expect(fn.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(fn.name).toBe(fn.id);
      expect(fn.description).toMatch(
        /^(Geeft|Telt|Berekent|Het|De|Aantal|Gemiddelde|Percentage|Zet|Geef)/
      );
    }
    const ids = metadata.functions.map((f) => f.id);
    for (const id of [
      "VERSIE",
      "AANMELDINGEN",
      "RECIDIVE",
      "DOELSCORE",
      "KLACHTEN",
      "PERIODE",
      "VORIGJAAR",
      "TOP",
      "KPIS",
    ]) {
      expect(ids).toContain(id);
    }
  });

  it("serves English function names at the URL the manifest gives Excel in en-US", () => {
    const manifest = readFileSync(resolve(dist, "manifest.xml"), "utf8");
    expect(manifest).toMatch(/<bt:Override Locale="en-US" Value="[^"]*\/functions-en-us\.json"\/>/);
    const dutch = JSON.parse(readFileSync(resolve(dist, "functions.json"), "utf8")) as {
      functions: FunctionMetadata[];
    };
    const english = JSON.parse(readFileSync(resolve(dist, "functions-en-us.json"), "utf8")) as {
      functions: FunctionMetadata[];
    };
    expect(english.functions.map((f) => f.id)).toEqual(dutch.functions.map((f) => f.id));
    expect(english.functions.find((f) => f.id === "AANMELDINGEN")?.name).toBe("REGISTRATIONS");
  });
});
