import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { definitionEntries } from "../../src/core/report/definitionEntries";
import { renderDefinitionsMarkdown } from "../../src/core/report/renderDefinitionsMarkdown";
import { STANDARD_REPORT_TABLES } from "../../src/core/report/standardReportTables";

const FILE = path.join(__dirname, "..", "..", "docs", "definities.md");
const COMMAND = "npm run docs:definities";
const STALE = `docs/definities.md is verouderd: ${COMMAND}`;

/** The file as the registries make it now (what scripts/definities.js writes). */
function rendered(): string {
  return renderDefinitionsMarkdown(definitionEntries(), {
    command: COMMAND,
    tables: STANDARD_REPORT_TABLES,
  });
}

/** Throws {@link STALE}, with the first line that differs, when `committed` is not `fresh`. */
function expectCurrent(committed: string, fresh: string): void {
  if (committed === fresh) return;
  const a = committed.split("\n");
  const b = fresh.split("\n");
  const at = a.findIndex((line, i) => line !== b[i]);
  const line = at < 0 ? b.length : at + 1;
  throw new Error(
    `${STALE}\n(eerste verschil op regel ${line}:\n  in het bestand: ${a[line - 1] ?? "(einde)"}\n  uit de code:    ${b[line - 1] ?? "(einde)"})`
  );
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, "")
    .replace(/ /g, "-");
}

describe("docs/definities.md", () => {
  it("is what the registries render now", () => {
    expectCurrent(readFileSync(FILE, "utf8"), rendered());
  });

  it("fails with the regenerate command when a registry text changed", () => {
    const fresh = rendered();
    // A registry text edited after the file was written: the committed file no longer matches.
    const changed = fresh.replace(
      "Het aantal casussen met een aanmelddatum in de periode.",
      "Het aantal casussen met een aanmelddatum in het kwartaal."
    );
    expect(changed).not.toBe(fresh);
    expect(() => expectCurrent(fresh, changed)).toThrow(STALE);
    expect(() => expectCurrent(fresh, changed)).toThrow(/regel \d+/);
  });

  it("names every KPI and group with its definition, exclusions and function", () => {
    const text = rendered();
    for (const entry of definitionEntries()) {
      expect(text).toContain(`### ${entry.label}\n\n${entry.definition}\n`);
      expect(text).toContain(`- **Wat niet meetelt:** ${entry.excludes}`);
      if (entry.functionName !== undefined)
        expect(text).toContain(`- **Functie:** \`=${entry.functionName}\``);
    }
  });

  it("says it is generated and how to regenerate it, and spells out the period rules", () => {
    const text = rendered();
    expect(text).toContain("Dit bestand is gemaakt uit de code");
    expect(text).toContain(`maak het opnieuw met \`${COMMAND}\``);
    expect(text).toContain(
      "| `t/m Q3 2024` | 1-1-2024 t/m 30-9-2024 | t/m Q3 2023 (1-1-2023 t/m 30-9-2023) |"
    );
    expect(text).toContain("## De recidiveregel");
    expect(text).toContain("| Heropening | Opgestarte casussen van een cliënt van wie een eerdere");
    expect(text).toContain('- **In het standaardrapport:** "Top 5 hoofddomeinen ZRM".');
    expect(text).toContain(
      "  - Ondergrenzen van de leeftijdsgroepen: 0–17, 18–26, 27–44, 45–54, 55–64, 65+."
    );
  });

  it("links only to files that exist in the repository", () => {
    const text = readFileSync(FILE, "utf8");
    const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] as string);
    expect(links).toEqual(["functies.md"]);
    for (const link of links)
      expect(() => readFileSync(path.join(path.dirname(FILE), link))).not.toThrow();
  });

  it("has a heading for every link from the other docs into it, each heading once", () => {
    const headings = [...rendered().matchAll(/^#+ (.+)$/gm)].map((m) => anchorOf(m[1] as string));
    expect(new Set(headings).size).toBe(headings.length);
    const docs = path.dirname(FILE);
    const anchors = readdirSync(docs)
      .filter((name) => name.endsWith(".md"))
      .flatMap((name) =>
        [
          ...readFileSync(path.join(docs, name), "utf8").matchAll(/\]\(definities\.md#([^)]+)\)/g),
        ].map((m) => m[1] as string)
      );
    expect(anchors.length).toBeGreaterThanOrEqual(20);
    for (const anchor of anchors) expect(headings).toContain(anchor);
  });
});
