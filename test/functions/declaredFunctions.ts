/**
 * The custom functions as functions.ts declares them: the id after `@customfunction` and the
 * exported function that follows, read from the source (what the metadata plugin reads too).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as functions from "../../src/functions/functions";

/** Any custom function, called as Excel calls it. */
export type CustomFunction = (...args: unknown[]) => unknown;

/** Custom function id → exported function name, from the JSDoc of functions.ts. */
export function declaredFunctionNames(): Map<string, string> {
  const source = readFileSync(resolve(__dirname, "../../src/functions/functions.ts"), "utf8");
  const names = new Map<string, string>();
  const pattern = /@customfunction\s+([A-Z][A-Z0-9.]*)[\s\S]*?\*\/\s*export function (\w+)\(/g;
  for (const match of source.matchAll(pattern)) names.set(match[1] as string, match[2] as string);
  return names;
}

/** The function Excel calls for a custom function id. */
export function customFunction(id: string): CustomFunction {
  const name = declaredFunctionNames().get(id);
  const fn = name === undefined ? undefined : (functions as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`functions.ts declares no function ${id}`);
  return fn as CustomFunction;
}
