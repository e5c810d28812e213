import { CaseIdReader } from "../../../src/core/parse/CaseIdReader";
import { IssueCollector } from "../../../src/core/parse/IssueCollector";
import { READER_SHAPES } from "../../../src/core/parse/readerShapes";

describe("READER_SHAPES", () => {
  it("keeps the readers of a sample table that reads without issues", () => {
    const [readers, caseIds, issues] = READER_SHAPES;
    expect(readers).toHaveProperty("domains");
    expect(caseIds).toBeInstanceOf(CaseIdReader);
    expect((caseIds as CaseIdReader).size).toBe(2);
    expect(issues).toBeInstanceOf(IssueCollector);
    expect((issues as IssueCollector).issues()).toEqual([]);
  });
});
