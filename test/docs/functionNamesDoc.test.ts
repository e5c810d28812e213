import { readFileSync } from "node:fs";
import path from "node:path";
import english from "../../src/functions/locales/en-us.json";

const FUNCTIES = path.join(__dirname, "..", "..", "docs", "functies.md");

describe("docs/functies.md, Engelse functienamen", () => {
  it("lists every function with the English name Excel shows", () => {
    const section = readFileSync(FUNCTIES, "utf8").split("## Engelse functienamen")[1] ?? "";
    const rows = [
      ...section.matchAll(/^\| `WELZIJN\.([A-Z]+)`\s*\| `WELZIJN\.([A-Z]+)`\s*\|$/gm),
    ].map((m) => [m[1], m[2]]);
    const expected = Object.entries(english.functions).map(([dutch, f]) => [dutch, f.name]);
    expect(rows).toEqual(expected);
    expect(rows).toContainEqual(["AANMELDINGEN", "REGISTRATIONS"]);
  });
});
