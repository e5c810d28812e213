/**
 * The grouped reference computations: plain, readable statements of each table's rule, against
 * which the fast evaluator is checked. Each group registry entry names its own (`reference`).
 *
 * @module
 */
export type {
  ReferenceGroup,
  ReferenceGroupOptions,
  ReferenceGroupRow,
} from "./referenceGroupTypes";
