// The engine of a dataset for tests: one per dataset, so that the calls of a test share its
// caches as a shell's calls do (the core itself keeps no such map: see noModuleCaches.test.ts).
import { createEngine } from "../../src/core/engine/createEngine";
import type { Engine } from "../../src/core/engine/Engine";
import type { Dataset } from "../../src/core/types";

const engines = new WeakMap<Dataset, Engine>();

/**
 * The engine of a dataset, made on first use.
 *
 * @param dataset - The dataset.
 * @returns Its engine.
 * @example
 * computeKpi(engineOf(dataset), "started", period);
 */
export function engineOf(dataset: Dataset): Engine {
  let engine = engines.get(dataset);
  if (engine === undefined) {
    engine = createEngine(dataset);
    engines.set(dataset, engine);
  }
  return engine;
}
