import { readFileSync } from "node:fs";
import path from "node:path";
import { renderFieldTableMarkdown } from "../../src/core/mapping/renderFieldTable";

// docs/handleiding.md holds the field table made from the field definitions, between two
// markers. Compared cell by cell: prettier pads the committed table's columns.

const FILE = path.join(__dirname, "..", "..", "docs", "handleiding.md");
const BEGIN = "<!-- velden:";
const END = "<!-- einde velden -->";

/** The table's lines with each cell trimmed and dash rows shortened, blank lines dropped. */
function cells(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) =>
      line.startsWith("|")
        ? line
            .split("|")
            .map((cell) => cell.trim().replace(/^-+$/, "-"))
            .join("|")
        : line
    );
}

describe("the field table of docs/handleiding.md", () => {
  const text = readFileSync(FILE, "utf8");
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);

  it("is there, between its markers", () => {
    expect(begin).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(begin);
  });

  it("is the one the field definitions make (paste renderFieldTableMarkdown() when it is not)", () => {
    const committed = text.slice(text.indexOf("\n", begin) + 1, end);
    expect(cells(committed)).toEqual(cells(renderFieldTableMarkdown()));
  });

  it("names the new fields", () => {
    const table = text.slice(begin, end);
    expect(table).toMatch(/\| Samenwerkingspartners +\| categorieën \(meer per cel\) +\|/);
    expect(table).toMatch(/\| Doelgroep +\| categorie +\|/);
  });
});
