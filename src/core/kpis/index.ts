/** The KPI engine: registries of scalar and grouped KPIs, their calculation, the JSON of SPEC §8. */
export { KPI_REGISTRY, getKpi, isKpiId, parseKpiId } from "./kpiRegistry";
export type { KpiDefinition, KpiEntry, KpiFunctionHelp, KpiId } from "./kpiRegistry";
export { GROUP_REGISTRY, getGroup, isGroupId } from "./groupRegistry";
export type { GroupId, RegisteredGroupDefinition } from "./groupRegistry";
export type {
  GroupBucket,
  GroupComparison,
  GroupComparisonRow,
  GroupDefinition,
  GroupMeasure,
  GroupOptions,
  GroupTally,
  MeasureKind,
} from "./groupTypes";
export {
  computeKpi,
  computeKpiResult,
  evaluateKpi,
  isKpiAvailable,
  kpiRequiredInputs,
  areInputsMapped,
} from "./computeKpi";
export type { KpiOptions, KpiResult } from "./kpiResult";
export { compareGroup, computeGroup } from "./compareGroup";
export { arrangeGroupRows, OTHER_KEY, OTHER_LABEL, TOTAL_KEY } from "./arrangeGroupRows";
export { buildKpiJson } from "./buildKpiJson";
export type { KpiJson, KpiJsonOptions, KpiJsonPeriod } from "./buildKpiJson";
export { UnknownKpiError, UnknownGroupError, InvalidGroupOptionsError } from "./kpiErrors";
export { isSelfReferral } from "./isSelfReferral";
export { ageInYears } from "./ageInYears";
export { DEFAULT_AGE_BANDS, resolveAgeBands } from "./resolveAgeBands";
