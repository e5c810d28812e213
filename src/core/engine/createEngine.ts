/**
 * The one way a shell gets an engine for a dataset.
 *
 * @module
 */
import type { Dataset } from "../types";
import { Engine } from "./Engine";

/**
 * Creates the engine of a dataset: every KPI, group table and report of the dataset is
 * evaluated through it, and it keeps what they share (case sets per period, filter masks,
 * recidive facts, results). A shell creates one per dataset it loads and drops it with the
 * dataset; nothing is kept anywhere else.
 *
 * @param dataset - The parsed dataset.
 * @returns The engine.
 * @example
 * const engine = createEngine(loadDataset(input));
 * computeKpiResult(engine, "started", parsePeriod("Q3 2024")); // { value: 304, n: 304 }
 */
export function createEngine(dataset: Dataset): Engine {
  return new Engine(dataset);
}
