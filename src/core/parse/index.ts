/** Parsing the tables into the typed, column-oriented dataset. */
export { parseCaseTable } from "./parseCaseTable";
export { parseZrmTable } from "./parseZrmTable";
export type { ZrmParseResult } from "./parseZrmTable";
export { parseActivityTable } from "./parseActivityTable";
export { parseComplaintTable } from "./parseComplaintTable";
export { loadDataset } from "./loadDataset";
export { createDatasetLoader } from "./createDatasetLoader";
export type { DatasetLoader, DatasetLoaderInput, TableStart } from "./createDatasetLoader";
export { CaseTableParser } from "./CaseTableParser";
export type { CaseTableParserOptions } from "./CaseTableParser";
export { parseNumberText } from "./parseNumberText";
export { parseCountText } from "./parseCountText";
export { DEFAULT_EARLIEST_DATE } from "./earliestDate";
export { parseYesNoText } from "./parseYesNoText";
export { isTotalRowLabel } from "./isTotalRowLabel";
export { TABLE_TITLES } from "./messages";
export type {
  CellRows,
  ParseOptions,
  ParseResult,
  TableInput,
  DatasetInput,
  LoadedDataset,
} from "./types";
