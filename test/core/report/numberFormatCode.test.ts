import { numberFormatCode } from "../../../src/core/report/numberFormatCode";

describe("numberFormatCode", () => {
  it("gives invariant value codes: thousands separator, one-decimal percent", () => {
    expect(numberFormatCode("count", "value")).toBe('#,##0;"\u2212"#,##0');
    expect(numberFormatCode("days", "value")).toBe('#,##0;"\u2212"#,##0');
    expect(numberFormatCode("percent", "value")).toBe('0.0%;"\u2212"0.0%');
    expect(numberFormatCode("score", "value")).toBe('#,##0.0;"\u2212"#,##0.0');
    expect(numberFormatCode("decimal", "value")).toBe('#,##0.0;"\u2212"#,##0.0');
  });

  it("gives difference codes with an explicit sign and an unsigned zero", () => {
    expect(numberFormatCode("count", "delta")).toBe('+#,##0;"\u2212"#,##0;0');
    expect(numberFormatCode("days", "delta")).toBe('+#,##0;"\u2212"#,##0;0');
    expect(numberFormatCode("score", "delta")).toBe('+#,##0.0;"\u2212"#,##0.0;0.0');
  });

  it("shows a difference of fractions in percentage points: the bare % scales, the text says -punt", () => {
    expect(numberFormatCode("percent", "delta")).toBe(
      '+0.0 %"-punt";"\u2212"0.0 %"-punt";0.0 %"-punt"'
    );
  });

  it("gives one relative-difference code for every format", () => {
    for (const format of ["count", "days", "percent", "decimal", "score"] as const) {
      expect(numberFormatCode(format, "deltaPct")).toBe('+0.0%;"\u2212"0.0%;0.0%');
    }
  });

  describe("edge cases", () => {
    it("uses only invariant separators (comma for thousands, dot for decimals) outside quotes", () => {
      for (const format of ["count", "days", "percent", "decimal", "score"] as const) {
        for (const kind of ["value", "delta", "deltaPct"] as const) {
          const unquoted = numberFormatCode(format, kind).replace(/"[^"]*"/g, "");
          expect(unquoted).toMatch(/^[#0,.%+; ]+$/);
        }
      }
    });
  });
});
