export * from "./fakeWorkbook";
export * from "./fakeContext";
export * from "./fakeHost";
