import { readFileSync } from "node:fs";
import path from "node:path";
import kpiEnglish from "../../src/functions/generated/kpiFunctions.en-us.json";
import english from "../../src/functions/locales/en-us.json";

const FUNCTIES = path.join(__dirname, "..", "..", "docs", "functies.md");

describe("docs/functies.md, Engelse functienamen", () => {
  it("lists every function with the English name Excel shows", () => {
    const section = readFileSync(FUNCTIES, "utf8").split("## Engelse functienamen")[1] ?? "";
    const rows = [
      ...section.matchAll(/^\| `WELZIJN\.([A-Z]+)`\s*\| `WELZIJN\.([A-Z]+)`\s*\|$/gm),
    ].map((m) => [m[1], m[2]]);
    // The hand-written functions' names and the KPI functions' names generated from the registry.
    const expected = Object.entries({ ...english.functions, ...kpiEnglish.functions }).map(
      ([dutch, f]) => [dutch, f.name]
    );
    const byDutchName = (a: unknown[], b: unknown[]): number =>
      String(a[0]).localeCompare(String(b[0]));
    expect([...rows].sort(byDutchName)).toEqual([...expected].sort(byDutchName));
    expect(rows).toContainEqual(["AANMELDINGEN", "REGISTRATIONS"]);
  });
});
