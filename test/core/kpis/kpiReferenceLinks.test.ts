import { KPI_REGISTRY } from "../../../src/core/kpis/kpiRegistry";
import { REFERENCE_KPIS, type ReferenceKpiId } from "../../../src/core/measures/reference";

// The property tests compare each KPI's rule with REFERENCE_KPIS; the registry entry names its
// reference too. Both must be the same function, and every KPI must have one, so that a KPI
// added to the registry is checked against the reference its entry shows.
describe("every KPI entry's reference is the one the property tests use", () => {
  it.each(KPI_REGISTRY.map((kpi) => [kpi.id, kpi] as const))("%s", (id, kpi) => {
    expect(REFERENCE_KPIS[id as ReferenceKpiId]).toBe(kpi.reference);
  });

  it("REFERENCE_KPIS has no KPI the registry lacks", () => {
    expect(Object.keys(REFERENCE_KPIS).sort()).toEqual(KPI_REGISTRY.map((kpi) => kpi.id).sort());
  });
});
