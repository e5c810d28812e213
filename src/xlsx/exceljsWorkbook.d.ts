/**
 * ExcelJS's Workbook class in its own module (the package's entry re-exports it): see
 * createWorkbook.ts for why the report writer loads it from there.
 */
declare module "exceljs/lib/doc/workbook" {
  import type ExcelJS from "exceljs";
  const Workbook: typeof ExcelJS.Workbook;
  export = Workbook;
}
