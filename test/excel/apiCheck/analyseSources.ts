/**
 * Runs the Excel API check over the add-in's bundle (the webpack entries and what they
 * import) or over a snippet of TypeScript held in memory (to test the check itself).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as ts from "typescript";
import { collectApiUses, createProgram, type ApiUse } from "./apiRequirements";

/** The project root (where manifest.xml and webpack.config.js are). */
export const ROOT = resolve(__dirname, "../../..");

/**
 * The entry files of webpack.config.js (`entry: { taskpane: "./src/…", … }`), read from its
 * text so the test needs none of webpack's plugins.
 *
 * @returns absolute paths of the entries
 */
export function webpackEntries(): string[] {
  const config = readFileSync(resolve(ROOT, "webpack.config.js"), "utf8");
  const block = /entry:\s*\{([^}]*)\}/.exec(config)?.[1] ?? "";
  return [...block.matchAll(/:\s*"(\.\/[^"]+)"/g)].map((m) => resolve(ROOT, m[1] as string));
}

/**
 * The Office.js uses of everything the add-in bundles.
 *
 * @returns the uses, paths relative to the project root
 */
export function analyseBundle(): { uses: ApiUse[]; files: string[] } {
  const program = createProgram(resolve(ROOT, "tsconfig.json"), webpackEntries());
  const files = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !f.fileName.includes("/node_modules/"))
    .map((f) => f.fileName.slice(ROOT.length + 1));
  return { uses: collectApiUses(program, ROOT), files };
}

const parsed = new Map<string, ts.SourceFile>();

/**
 * The Office.js uses of one in-memory source file (with the project's options and types).
 *
 * @param code - TypeScript using `Excel.*` / `Office.*`
 * @returns the uses; the file is called "snippet.ts"
 */
export function analyseSnippet(code: string): ApiUse[] {
  const file = resolve(ROOT, "src", "snippet.ts");
  const config = ts.readConfigFile(resolve(ROOT, "tsconfig.json"), (p) => ts.sys.readFile(p));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    if (name === file) return ts.createSourceFile(name, code, version, true);
    // The libraries and @types are parsed once for all snippets.
    const cached = parsed.get(name) ?? getSourceFile(name, version, onError, create);
    if (cached) parsed.set(name, cached);
    return cached;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram({ rootNames: [file], options, host });
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (errors.length > 0) throw new Error(`snippet does not compile: ${errors.join("; ")}`);
  return collectApiUses(program, resolve(ROOT, "src"));
}
