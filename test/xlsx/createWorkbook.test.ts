import ExcelJS from "exceljs";
import { createWorkbook } from "../../src/xlsx/createWorkbook";

describe("createWorkbook", () => {
  it("makes a workbook of the class the ExcelJS package exports (its own module, the same class)", () => {
    const workbook = createWorkbook();
    expect(workbook).toBeInstanceOf(ExcelJS.Workbook);
    expect(workbook.constructor).toBe(ExcelJS.Workbook);
    expect(workbook.worksheets).toEqual([]);
  });
});
