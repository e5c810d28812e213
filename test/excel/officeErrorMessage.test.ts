import { InvalidPeriodError, MappingError } from "../../src/core/errors";
import { parsePeriod } from "../../src/core/periods";
import { errorCode, officeErrorMessage, UserFacingError } from "../../src/excel/officeErrorMessage";

describe("officeErrorMessage", () => {
  it("explains the Office errors a controller meets, with what to do", () => {
    expect(officeErrorMessage({ code: "InvalidOperationInCellEditMode" })).toBe(
      "Excel is nog bezig met het bewerken van een cel. Druk op Enter of Esc om de bewerking af te ronden en probeer het opnieuw."
    );
    expect(
      officeErrorMessage({
        code: "AccessDenied",
        message: "You cannot perform the requested operation.",
      })
    ).toMatch(
      /^Excel staat deze wijziging niet toe: een blad of de werkmap is beveiligd .*Beveiliging blad opheffen/
    );
    expect(officeErrorMessage({ code: "ResponsePayloadSizeLimitExceeded" })).toMatch(
      /5 MB per keer/
    );
    expect(officeErrorMessage({ code: "RequestPayloadSizeLimitExceeded" })).toMatch(
      /5 MB per keer/
    );
    expect(officeErrorMessage({ code: "ItemNotFound" })).toMatch(
      /bestaat niet meer .*Kies de gegevens opnieuw/
    );
  });

  it("passes Dutch messages of the core and the Office layer through", () => {
    expect(officeErrorMessage(new UserFacingError("Kies eerst een tabel."))).toBe(
      "Kies eerst een tabel."
    );
    expect(officeErrorMessage(new MappingError('Kolom "Casusnummer" ontbreekt.'))).toBe(
      'Kolom "Casusnummer" ontbreekt.'
    );
    let periodError: unknown;
    try {
      parsePeriod("Q5 2024");
    } catch (error) {
      periodError = error;
    }
    expect(periodError).toBeInstanceOf(InvalidPeriodError);
    expect(officeErrorMessage(periodError)).toMatch(
      /^Onbekende periode: "Q5 2024"\. Gebruik bijvoorbeeld "t\/m Q3 2024"/
    );
  });

  describe("edge cases", () => {
    it("wraps an unknown error in Dutch, keeping its detail", () => {
      expect(officeErrorMessage(new Error("boom"))).toBe(
        "Er ging iets mis: boom. Probeer het opnieuw; blijft het gebeuren, sla de werkmap op en open het taakvenster opnieuw."
      );
      expect(officeErrorMessage(undefined)).toMatch(/^Er ging iets mis\. Probeer/);
    });

    it("reads codes only from objects with a text code", () => {
      expect(errorCode({ code: "AccessDenied" })).toBe("AccessDenied");
      expect(errorCode({ code: 5 })).toBeUndefined();
      expect(errorCode("AccessDenied")).toBeUndefined();
    });
  });
});
