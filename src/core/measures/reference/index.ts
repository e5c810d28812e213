/**
 * The plain reference computations of the KPIs: readable definitions over plain records, for
 * checking the fast evaluator against.
 *
 * @module
 */
export * from "./caseMemberships";
export * from "./countKpis";
export * from "./meanKpis";
export * from "./passesFilters";
export * from "./rateKpis";
export * from "./recidiveCases";
export * from "./recidiveKpis";
export * from "./referenceOptions";
export * from "./referenceRecidiveBreakdown";
export * from "./waitingListKpis";
export * from "./zrmKpis";
export * from "./groups";
