import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { headingAnchors, markdownFiles, markdownLinks, ROOT, withoutCode } from "./markdownLinks";

// The docs must stand alone: a reader of the repository can follow every link. Note: the
// guide and the README link docs/definities.md, docs/installatie.md and docs/excel-checklist.md,
// which are written on other branches of the same change; this test reads the file system, so
// it passes once those are merged (and fails, rightly, as long as one of them is missing).

const FILES = markdownFiles();

/** The developer documents, in English (sideloading.md is Dutch, for developers). */
const DEVELOPER_DOCS: Record<string, RegExp> = {
  "docs/adding-a-kpi.md": /^> Developer documentation \(English\)\./,
  "docs/architecture.md": /^> Developer documentation \(English\)\./,
  "docs/differences.md": /^> Developer documentation \(English\)\./,
  "docs/engine.md": /^> Developer documentation \(English\)\./,
  "docs/input.md": /^> Developer documentation \(English\)\./,
  "docs/report.md": /^> Developer documentation \(English\)\./,
  "docs/taskpane.md": /^> Developer documentation \(English\)\./,
  "docs/sideloading.md": /^> Voor ontwikkelaars\./,
};

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target);
}

describe("README.md and docs/*.md stand alone", () => {
  it("finds the documentation, the guide among it", () => {
    expect(FILES).toEqual(expect.arrayContaining(["README.md", "docs/handleiding.md"]));
    expect(markdownLinks("docs/handleiding.md").length).toBeGreaterThan(20);
  });

  it.each(FILES)("%s: every relative link and image is a file in the repository", (file) => {
    const broken = markdownLinks(file)
      .filter((link) => !isExternal(link.target) && !link.target.startsWith("#"))
      .filter((link) => {
        const target = path.resolve(
          ROOT,
          path.dirname(file),
          decodeURI(link.target.split("#")[0]!)
        );
        const inside = target === ROOT || target.startsWith(ROOT + path.sep);
        return !inside || !existsSync(target);
      })
      .map((link) => `${file}:${link.line} ${link.target}`);
    expect(broken).toEqual([]);
  });

  it.each(FILES)("%s: every #anchor names a heading of its file", (file) => {
    const broken = markdownLinks(file)
      .filter((link) => !isExternal(link.target) && link.target.includes("#"))
      .filter((link) => {
        const [page, anchor] = link.target.split("#") as [string, string];
        const target = page === "" ? file : path.posix.join(path.posix.dirname(file), page);
        if (!target.endsWith(".md") || !existsSync(path.join(ROOT, target))) return false;
        return !headingAnchors(target).has(decodeURIComponent(anchor));
      })
      .map((link) => `${file}:${link.line} ${link.target}`);
    expect(broken).toEqual([]);
  });

  it.each(FILES)("%s: names no file outside the repository and no SPEC", (file) => {
    const lines = readFileSync(path.join(ROOT, file), "utf8").split("\n");
    const found: string[] = [];
    lines.forEach((line, i) => {
      if (/\bSPEC\b/.test(line)) found.push(`${file}:${i + 1} SPEC`);
      if (/(^|[\s`'"(])\/work\//.test(line)) found.push(`${file}:${i + 1} /work/`);
      // A path with "..", read from the repository root, must stay inside it
      // ("./map/../map/export.xlsx" does; "../shared/STYLE.md" does not).
      for (const match of line.matchAll(/[\w./-]*\.\.\/[\w./-]*/g)) {
        const target = path.resolve(ROOT, match[0]);
        if (!target.startsWith(ROOT + path.sep)) found.push(`${file}:${i + 1} ${match[0]}`);
      }
    });
    expect(found).toEqual([]);
  });

  it.each(Object.entries(DEVELOPER_DOCS))(
    "%s starts by saying it is developer documentation",
    (file, firstLine) => {
      expect(readFileSync(path.join(ROOT, file), "utf8").split("\n")[0]).toMatch(firstLine);
    }
  );

  it("the README links the user docs, and the developer docs under Voor ontwikkelaars", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const developerPart = readme.slice(readme.indexOf("\n## Voor ontwikkelaars"));
    const userPart = readme.slice(0, readme.indexOf("\n## Voor ontwikkelaars"));
    const targets = (text: string) =>
      [...withoutCode(text).matchAll(/\]\((docs\/[^)#\s]+)/g)].map((m) => m[1] ?? "");
    expect(developerPart).not.toBe(readme);
    expect(targets(userPart)).toEqual(
      expect.arrayContaining([
        "docs/handleiding.md",
        "docs/definities.md",
        "docs/functies.md",
        "docs/installatie.md",
        "docs/excel-checklist.md",
      ])
    );
    expect(targets(developerPart)).toEqual(expect.arrayContaining(Object.keys(DEVELOPER_DOCS)));
    expect(targets(userPart).filter((t) => t in DEVELOPER_DOCS)).toEqual([]);
  });
});
