import {
  getGroup,
  GROUP_REGISTRY,
  isGroupId,
  type GroupId,
} from "../../../src/core/kpis/groupRegistry";
import { UnknownGroupError, UnknownKpiError } from "../../../src/core/kpis/kpiErrors";
import {
  getKpi,
  isKpiId,
  KPI_REGISTRY,
  parseKpiId,
  type KpiId,
} from "../../../src/core/kpis/kpiRegistry";

describe("KPI_REGISTRY", () => {
  it("lists every scalar KPI of SPEC §4 with its Dutch label, in catalogue order", () => {
    expect(KPI_REGISTRY.map((k) => [k.id, k.label])).toEqual([
      ["registrations", "Aantal aanmeldingen"],
      ["infoAdvice", "Aantal informatie en advies (opgestart of direct opgelost)"],
      ["meanWaitDays", "Gemiddelde wachttijd in dagen"],
      ["started", "Opgestart"],
      ["active", "Behandeld (in behandeling)"],
      ["closed", "Afgesloten"],
      ["openAtEnd", "Lopend per einddatum"],
      ["meanDurationClosed", "Doorlooptijd afgesloten (in dagen)"],
      ["meanDurationActive", "Doorlooptijd behandeld (in dagen)"],
      ["uniqueClients", "Aantal unieke cliënten"],
      ["helpQuestions", "Aantal hulpvragen"],
      ["recidive", "Aantal recidive trajecten"],
      ["recidivePct", "Percentage recidive"],
      ["recidivists", "Aantal recidivisten"],
      ["recidiveAnyDomain", "Aantal recidive trajecten, elk hoofddomein"],
      ["recidivistsAnyDomain", "Aantal recidivisten, elk hoofddomein"],
      ["recidiveSeveralEarlier", "Recidive trajecten met meerdere voorgaande casussen"],
      ["recidiveSameQuestion", "Recidive trajecten met een gelijke vraag"],
      ["recidiveNewQuestions", "Recidive trajecten met alleen nieuwe vragen"],
      ["complaints", "Klachten"],
      ["collectiveTrajects", "Aantal collectieve trajecten"],
      ["meetings", "Aantal bijeenkomsten"],
      ["participants", "Aantal deelnemers"],
      ["selfReferralPct", "Percentage zelfmelders"],
      ["newClientPct", "Percentage nieuwe cliënten"],
      ["goalReachedPct", "Doelscore behaald"],
      ["zrmMeanEndScore", "Gemiddelde eindscore ZRM"],
      ["zrmMeanGrowth", "Gemiddelde ZRM-groei"],
      ["meanRating", "Gemiddeld klantoordeel"],
      ["canContinueAlonePct", "Kan zelfstandig verder"],
      ["meanContacts", "Gemiddeld aantal contactmomenten per afgesloten casus"],
      ["overFiveContactsPct", "Percentage afgesloten casussen met meer dan 5 contactmomenten"],
      ["waitingList", "Aanmeldlijst (gemiddeld aantal wachtenden)"],
      ["waitingAtEnd", "Wachtend per einddatum"],
      ["insufficientRatingPct", "Percentage onvoldoende klantoordeel"],
      ["withoutReferralPct", "Percentage afgesloten zonder doorverwijzing"],
    ]);
  });

  it("marks waiting, durations, recidive, complaints and insufficient ratings as rising badly", () => {
    const down = KPI_REGISTRY.filter((k) => k.polarity === "down").map((k) => k.id);
    expect(down).toEqual([
      "meanWaitDays",
      "meanDurationClosed",
      "meanDurationActive",
      "recidive",
      "recidivePct",
      "recidivists",
      "recidiveAnyDomain",
      "recidivistsAnyDomain",
      "recidiveSameQuestion",
      "complaints",
      "waitingList",
      "waitingAtEnd",
      "insufficientRatingPct",
    ]);
  });

  it("shows rates and means as points and counts (also the mean count waiting) as absolute differences", () => {
    for (const kpi of KPI_REGISTRY) {
      const countLike = kpi.format === "count" || kpi.rule.aggregate.kind === "meanOverMonths";
      expect([kpi.id, kpi.deltaKind]).toEqual([kpi.id, countLike ? "absolute" : "points"]);
    }
    expect(getKpi("waitingList").deltaKind).toBe("absolute");
  });

  it("counts persons for case and client counts but not for complaints or help questions", () => {
    expect(getKpi("started").personCount).toBe(true);
    expect(getKpi("uniqueClients").personCount).toBe(true);
    expect(getKpi("waitingList").personCount).toBe(true);
    expect(getKpi("complaints").personCount).toBe(false);
    expect(getKpi("helpQuestions").personCount).toBe(false);
  });

  it("gives every KPI a Dutch definition sentence", () => {
    for (const kpi of KPI_REGISTRY) expect(kpi.definition).toMatch(/^[A-Z].*\.$/);
  });
});

describe("GROUP_REGISTRY", () => {
  it("lists every grouped KPI of SPEC §4", () => {
    expect(GROUP_REGISTRY.map((g) => g.id)).toEqual([
      "byCaseType",
      "byProduct",
      "byDomain",
      "zrmGrowth",
      "byComplexity",
      "byWeight",
      "byCloseReason",
      "byRating",
      "byReferrer",
      "byAgeBand",
      "byTeam",
      "byMonth",
      "activities",
    ]);
  });

  it("names a main measure that is one of its measures, with unique measure ids", () => {
    for (const group of GROUP_REGISTRY) {
      const ids = group.measures.map((m) => m.id);
      expect(ids).toContain(group.mainMeasure);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("gives Dutch headers for the key column", () => {
    expect(getGroup("byDomain").keyLabel).toBe("Hoofddomein");
    expect(getGroup("byCaseType").keyLabel).toBe("Type traject");
  });
});

describe("KpiId and GroupId", () => {
  it("accept the registered ids only, case-sensitive", () => {
    expect(KPI_REGISTRY.every((kpi) => isKpiId(kpi.id))).toBe(true);
    expect(GROUP_REGISTRY.every((group) => isGroupId(group.id))).toBe(true);
    expect([isKpiId("meanWaitDays"), isKpiId("MeanWaitDays"), isKpiId("byDomain")]).toEqual([
      true,
      false,
      false,
    ]);
    expect([isGroupId("byDomain"), isGroupId("started")]).toEqual([true, false]);
  });

  it("parses a KPI id from text, and throws UnknownKpiError naming the known ids otherwise", () => {
    expect(parseKpiId("recidivePct")).toBe("recidivePct");
    expect(() => parseKpiId("recidve")).toThrow(
      new UnknownKpiError(
        "recidve",
        KPI_REGISTRY.map((k) => k.id)
      )
    );
  });

  it("makes a misspelt id a compile error (npm run typecheck checks these lines)", () => {
    // @ts-expect-error: 'recidve' is not a KpiId
    const kpi: KpiId = "recidve";
    // @ts-expect-error: 'byDomian' is not a GroupId
    const group: GroupId = "byDomian";
    expect([isKpiId(kpi), isGroupId(group)]).toEqual([false, false]);
  });
});

describe("edge cases", () => {
  it("throws named errors with Dutch messages for unknown ids", () => {
    // Only text from outside the code can be an unknown id: a literal is checked by tsc.
    expect(() => getKpi("nope" as KpiId)).toThrow(UnknownKpiError);
    expect(() => getGroup("nope" as GroupId)).toThrow(
      new UnknownGroupError(
        "nope",
        GROUP_REGISTRY.map((g) => g.id)
      )
    );
    try {
      getKpi("nope" as KpiId);
    } catch (error) {
      expect((error as Error).name).toBe("UnknownKpiError");
      expect((error as Error).message).toContain("Bekende KPI");
    }
  });
});
