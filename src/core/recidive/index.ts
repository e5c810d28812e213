/** Recidive (SPEC §5): per-case facts, the breakdown. */
export {
  DEFAULT_RECIDIVE_OPTIONS,
  InvalidRecidiveOptionsError,
  resolveRecidiveOptions,
} from "./recidiveOptions";
export { computeRecidiveFacts } from "./recidiveFacts";
export {
  factStatus,
  hasSeveralEarlier,
  previousClosedOn,
  RecidiveStatus,
  sharesPreviousDomain,
} from "./recidiveStatus";
export type { RecidiveFacts } from "./recidiveFacts";
export { computeRecidiveBreakdown } from "./computeRecidiveBreakdown";
export type { RecidiveBreakdown } from "./computeRecidiveBreakdown";
export { isRecidiveComputable } from "./isRecidiveComputable";
