import { missingColumnsMessage } from "../../src/taskpane/missingColumnsMessage";

describe("missingColumnsMessage", () => {
  it("explains a missing case number of the case table (the text the guide quotes)", () => {
    expect(missingColumnsMessage([{ table: "cases", label: "Casusnummer" }])).toBe(
      "Kies eerst een kolom voor: Casusnummer (Casussen). Zonder casusnummer kan Welzijnsmonitor de casussen niet tellen of uit elkaar houden."
    );
  });

  it("does not blame the case number when only a field of an extra table is missing", () => {
    const text = missingColumnsMessage([{ table: "zrm", label: "Domein" }]);
    expect(text).toBe(
      'Kies eerst een kolom voor: Domein (ZRM-scores). Zonder deze kolom kan Welzijnsmonitor die tabel niet gebruiken; hebt u die gegevens niet, kies dan in stap 1 bij die tabel "— geen —".'
    );
    expect(text).not.toContain("casusnummer");
  });

  describe("edge cases", () => {
    it("speaks of columns and tables in the plural when several extra tables miss a field", () => {
      expect(
        missingColumnsMessage([
          { table: "activities", label: "Datum" },
          { table: "complaints", label: "Datum" },
        ])
      ).toBe(
        'Kies eerst een kolom voor: Datum (Activiteiten), Datum (Klachten). Zonder deze kolommen kan Welzijnsmonitor die tabellen niet gebruiken; hebt u die gegevens niet, kies dan in stap 1 bij die tabellen "— geen —".'
      );
    });

    it("gives the case-number reason when the case table is among several", () => {
      expect(
        missingColumnsMessage([
          { table: "cases", label: "Casusnummer" },
          { table: "zrm", label: "Domein" },
        ])
      ).toBe(
        "Kies eerst een kolom voor: Casusnummer (Casussen), Domein (ZRM-scores). Zonder casusnummer kan Welzijnsmonitor de casussen niet tellen of uit elkaar houden."
      );
    });
  });
});
