/** Public entry of the core: everything the shells use. */
export * from "./types";
export * from "./reportTable";
export * from "./filters";
export * from "./kpis";
export * from "./recidive";
export * from "./report";
export * from "./errors";
export * from "./text";
export * from "./dates";
export * from "./periods";
export * from "./domains";
export * from "./caseTypes";
export * from "./mapping";
export * from "./parse";
export * from "./sample/generateSampleExport";
export * from "./sample/generateBenchCases";
