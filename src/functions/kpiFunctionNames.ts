// The Dutch worksheet name of every KPI of the engine's registry (SPEC §7), taken from the
// registry's `functionName`. A test checks that functions.ts declares a function of each name.
import { KPI_REGISTRY } from "../core/kpis/kpiRegistry";

/** KPI id → custom function id (without the WELZIJN. namespace). */
export const KPI_FUNCTION_NAMES: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(KPI_REGISTRY.map((kpi) => [kpi.id, kpi.functionName]))
);
