/** Recidive (SPEC §5): per-case facts cached per table, tallies per period, the breakdown. */
export {
  DEFAULT_RECIDIVE_OPTIONS,
  InvalidRecidiveOptionsError,
  resolveRecidiveOptions,
} from "./recidiveOptions";
export { getRecidiveFacts } from "./recidiveFacts";
export {
  factStatus,
  hasSeveralEarlier,
  previousClosedOn,
  RecidiveStatus,
  sharesPreviousDomain,
} from "./recidiveStatus";
export type { RecidiveFacts } from "./recidiveFacts";
export { classifyRecidive } from "./classifyRecidive";
export type { RecidiveTally } from "./classifyRecidive";
export { computeRecidiveBreakdown } from "./computeRecidiveBreakdown";
export type { RecidiveBreakdown } from "./computeRecidiveBreakdown";
export { isRecidiveComputable } from "./isRecidiveComputable";
