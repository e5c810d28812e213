import { breakdownQuantity } from "../../../src/core/report/buildRecidiveTable";

describe("breakdownQuantity", () => {
  it("shares the quantities the recidive breakdown has in common with the KPI table", () => {
    expect(breakdownQuantity("started", "startedOn")).toBe("started");
    expect(breakdownQuantity("recidive", "startedOn")).toBe("recidive.any");
    expect(breakdownQuantity("sameQuestion", "startedOn")).toBe("recidive.same");
    expect(breakdownQuantity("reopened", "startedOn")).toBe("recidive.reopened");
  });

  it("makes the started row a quantity of its own when recidive counts from the registration", () => {
    // Then the row counts registrations in the period, not the KPI "Opgestart".
    expect(breakdownQuantity("started", "registeredOn")).toBe("recidive.started");
    expect(breakdownQuantity("recidive", "registeredOn")).toBe("recidive.any");
  });
});
