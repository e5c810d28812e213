// The pure core keeps no state between calls: every cache belongs to an Engine (issue 13,
// "explicit state"). This scans src/core for module-level maps and sets that could be one: a
// WeakMap or WeakSet at module level, a `let` map or set, or a `const` one that is not declared
// ReadonlyMap / ReadonlySet (a lookup table made once cannot be written to, so it cannot cache).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const CORE = join(__dirname, "../../src/core");

/** Files allowed to keep one, each with the reason (none today). */
const EXEMPT: Readonly<Record<string, string>> = {};

/** The module-level declarations of a source text that hold a mutable map or set. */
function moduleCaches(source: string): string[] {
  const declarations =
    /^(?:export )?(const|let|var) (\w+)\s*(?::\s*([^=]+))?=\s*new (Weak)?(?:Map|Set)\b/gm;
  const found: string[] = [];
  for (const [, keyword, name, type, weak] of source.matchAll(declarations)) {
    const readonly = /^Readonly(Map|Set)</.test((type ?? "").trim());
    if (weak !== undefined || keyword !== "const" || !readonly) found.push(name as string);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("no module-level caches in src/core", () => {
  it("finds a cache in a source text", () => {
    const source = [
      "const resultCache = new WeakMap<Dataset, Map<string, KpiResult>>();",
      "let seen = new Set<number>();",
      "const memo = new Map<string, number>();",
      "export const BY_ID: Map<string, number> =",
      "  new Map([['a', 1]]);",
      "const LOOKUP: ReadonlyMap<string, number> = new Map([['a', 1]]);",
      "  const local = new Map<string, number>();",
    ].join("\n");
    expect(moduleCaches(source)).toEqual(["resultCache", "seen", "memo", "BY_ID"]);
  });

  it("src/core has none outside the listed exemptions", () => {
    const found = sourceFiles(CORE).flatMap((path) => {
      const file = relative(CORE, path).split("\\").join("/");
      if (EXEMPT[file] !== undefined) return [];
      return moduleCaches(readFileSync(path, "utf8")).map((name) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });
});
