import { recidiveSummary } from "../../src/taskpane/optionsSection";

describe("recidiveSummary", () => {
  it("names the main-domain rule in the words of the report's recidive labels", () => {
    expect(recidiveSummary({ minGapMonths: 6, sameDomain: true, startField: "startedOn" })).toBe(
      "6 mnd, zelfde hoofddomein"
    );
    // Off: the report's first table says "elk hoofddomein"; so does the pane.
    expect(
      recidiveSummary({ minGapMonths: 3, sameDomain: false, startField: "registeredOn" })
    ).toBe("3 mnd, elk hoofddomein, vanaf aanmelding");
  });
});
