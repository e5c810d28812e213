import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The repository root. */
export const ROOT = path.resolve(__dirname, "../..");

/** A link or image in a Markdown file. */
export interface MarkdownLink {
  /** The file, relative to the root ("docs/handleiding.md"). */
  readonly file: string;
  readonly line: number;
  readonly image: boolean;
  /** The target as written ("images/rapport.png", "functies.md#filters", "#stap-1-gegevens"). */
  readonly target: string;
}

/**
 * The documentation a reader of the repository gets: README.md and every docs/*.md.
 *
 * @returns paths relative to the root, sorted
 */
export function markdownFiles(): string[] {
  const docs = readdirSync(path.join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`);
  return ["README.md", ...docs.sort()];
}

/**
 * A Markdown text without what it shows as code: fenced blocks become empty lines (so line
 * numbers stay), inline code spans become spaces (unless kept).
 *
 * @param text - the Markdown text
 * @param keepInline - keep inline code spans (a heading's anchor includes their text)
 * @returns the prose
 */
export function withoutCode(text: string, keepInline = false): string {
  let fenced = false;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        fenced = !fenced;
        return "";
      }
      if (fenced || keepInline) return fenced ? "" : line;
      return line.replace(/`[^`]*`/g, (code) => " ".repeat(code.length));
    })
    .join("\n");
}

/**
 * Every inline link and image of a Markdown file, outside code.
 *
 * @param file - path relative to the root
 * @returns the links in order
 */
export function markdownLinks(file: string): MarkdownLink[] {
  const lines = withoutCode(readFileSync(path.join(ROOT, file), "utf8")).split("\n");
  const links: MarkdownLink[] = [];
  lines.forEach((text, i) => {
    for (const match of text.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
      links.push({ file, line: i + 1, image: match[1] === "!", target: match[2] ?? "" });
  });
  return links;
}

/**
 * The anchors GitHub gives the headings of a Markdown file: lower case, punctuation
 * removed, spaces to hyphens, "-1", "-2" … for repeats.
 *
 * @param file - path relative to the root
 * @returns the anchors, without "#"
 */
export function headingAnchors(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of withoutCode(readFileSync(path.join(ROOT, file), "utf8"), true).split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = (heading[1] ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}
