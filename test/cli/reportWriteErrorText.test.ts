import { reportWriteErrorText } from "../../src/cli/reportWriteErrorText";

const failure = (code: string): Error => Object.assign(new Error(`${code}: …`), { code });

describe("reportWriteErrorText", () => {
  it.each(["EPERM", "EACCES", "EBUSY"])(
    "asks whether an existing report is open in Excel for %s",
    (code) => {
      expect(reportWriteErrorText(failure(code), "rapport.xlsx", true)).toMatch(
        /^kan het rapport niet schrijven naar rapport\.xlsx: .+; is het geopend in Excel\? Sluit het en probeer het opnieuw$/
      );
    }
  );

  it("says only what happened for a new file, or for another error", () => {
    expect(reportWriteErrorText(failure("EACCES"), "nieuw.xlsx", false)).toBe(
      "kan het rapport niet schrijven naar nieuw.xlsx: geen toegang (onvoldoende rechten)"
    );
    expect(reportWriteErrorText(failure("ENOSPC"), "rapport.xlsx", true)).toBe(
      "kan het rapport niet schrijven naar rapport.xlsx: de schijf is vol"
    );
  });

  it("gives the full message for a report that is in use", () => {
    expect(reportWriteErrorText(failure("EBUSY"), "rapport.xlsx", true)).toBe(
      "kan het rapport niet schrijven naar rapport.xlsx: het bestand is in gebruik; is het geopend in Excel? Sluit het en probeer het opnieuw"
    );
  });
});
