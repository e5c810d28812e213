/**
 * The custom functions as functions.ts and the generated generated/kpiFunctions.ts declare
 * them: the id after `@customfunction` and the exported function that follows, read from the
 * source (what the metadata plugin reads too).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as functions from "../../src/functions/functions";

/** Any custom function, called as Excel calls it. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** The files the build's metadata plugin reads (webpack.config.js), from the project root. */
export const FUNCTION_FILES = [
  "src/functions/functions.ts",
  "src/functions/generated/kpiFunctions.ts",
] as const;

/** Custom function id → exported function name, from the JSDoc of the function files. */
export function declaredFunctionNames(): Map<string, string> {
  const names = new Map<string, string>();
  const pattern = /@customfunction\s+([A-Z][A-Z0-9.]*)[\s\S]*?\*\/\s*export function (\w+)\(/g;
  for (const file of FUNCTION_FILES) {
    const source = readFileSync(resolve(__dirname, "../..", file), "utf8");
    for (const match of source.matchAll(pattern)) names.set(match[1] as string, match[2] as string);
  }
  return names;
}

/** The function Excel calls for a custom function id. */
export function customFunction(id: string): CustomFunction {
  const name = declaredFunctionNames().get(id);
  const fn = name === undefined ? undefined : (functions as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`no function file declares ${id}`);
  return fn as CustomFunction;
}
