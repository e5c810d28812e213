/**
 * Golden fixture from real input rows (issue 3): the raw cells of goldenRows.ts through
 * proposeMapping → loadDataset → buildKpiJson, against KPI JSON worked out by hand from the
 * rules of SPEC §2–§5. Nothing below was pasted from the program's output.
 *
 * P = t/m Q3 2024 (2024-01-01 .. 2024-09-30), Q = t/m Q3 2023; peildatum 2024-10-07.
 * start = Begindatum, else Datum aanmelding. The cases as the engine must read them
 * (x = the value is unusable and the case is left out of what needs it):
 *
 * row case client type reg        intake      start       closed      domains
 *  4  C01  K1    IT   2023-01-02 2023-01-16  2023-01-20  2023-03-15  Fin
 *  5  C02  K1    IT   2024-02-01 2024-02-11  2024-02-15  2024-06-10  Fin, Huis
 *  6  C03  K2    LS   2023-03-10 2023-03-20  2023-04-01  –           GG, SN
 *  7  C04  K2    IT   2024-05-01 2024-05-06  2024-05-13  2024-09-02  GG
 *  8  C05  K3    IA   2024-03-04 –          (2024-03-04) 2024-03-04  Huis   direct opgelost
 *  9  C06  –     IA   2023-06-05 –          (2023-06-05) 2023-06-05  Fin (written "Financien")
 * 10  C07  K4    IT   2023-11-20 2023-12-01  2023-12-04  2024-07-03  HR, Middelengebruik ("Verslaving")
 * 11  C08  K5    IT   2024-09-15 2024-09-25  2024-10-02  –           Werk & opleiding
 * 12  (empty row)
 * 13  C09  K6    LS   2024-02-12 x           2024-03-01  –           Tijdsbesteding
 * 14  C10  K7    IT   2024-02-01 2024-02-05  2024-02-10  x (02-01)   Justitie
 * 15  C11  K8    IT   2024-04-10 x (04-01)   2024-04-15  –           Fin
 * 16  C12  K9    IT   2024-01-05 –           2024-01-08  2024-03-20  Huis   rating x (11)
 * 17  C13  K10   IT   2024-06-03 –           2024-06-10  x (#N/A)    Fin
 * 18  C14  K11   LS   2024-07-01 –           2024-07-08  –           Reizen (unknown, kept)
 * 19  (no case id: skipped)     20 (C02 again: skipped)
 * 21  C15  K13   IT   2024-09-01 –           x (2099)    –           Huis
 * 22  C16  K14   IT   x ("3-1-24") –         2024-01-10  –           Huis
 * 23  (Totaal: skipped)
 *
 * Active in P (start ≤ 30-9-2024, closed empty or ≥ 1-1-2024, start and closed usable):
 * C02 C03 C04 C05 C07 C09 C11 C12 C14 C16 (C10 and C13 have an unusable closedOn, C15 an
 * unusable start, C08 starts after P, C01 and C06 closed in 2023). Active in Q: C01 C03 C06.
 * Started in P: C02 C04 C05 C09 C10 C11 C12 C13 C14 C16; in Q: C01 C03 C06.
 * Closed in P: C02 C04 C05 C07 C12; in Q: C01 C06.
 */
import { buildKpiJson } from "../../../src/core/kpis/buildKpiJson";
import { proposeMapping } from "../../../src/core/mapping/proposeMapping";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { cellToDay } from "../../../src/core/dates/cellToDay";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import { previousYearPeriod } from "../../../src/core/periods/previousYearPeriod";
import {
  ACTIVITY_ROWS,
  CASE_ROWS,
  COMPLAINT_ROWS,
  GOLDEN_AS_OF_TEXT,
  ZRM_ROWS,
} from "./goldenRows";
import { engineOf } from "../../helpers/engineOf";

const P = parsePeriod("t/m Q3 2024");
const Q = previousYearPeriod(P);

function goldenJson() {
  const dataset = loadDataset({
    cases: { rows: CASE_ROWS, mapping: proposeMapping(CASE_ROWS, "cases") },
    zrm: { rows: ZRM_ROWS, mapping: proposeMapping(ZRM_ROWS, "zrm") },
    activities: { rows: ACTIVITY_ROWS, mapping: proposeMapping(ACTIVITY_ROWS, "activities") },
    complaints: { rows: COMPLAINT_ROWS, mapping: proposeMapping(COMPLAINT_ROWS, "complaints") },
    asOf: cellToDay(GOLDEN_AS_OF_TEXT),
  });
  return buildKpiJson(engineOf(dataset), P, Q);
}

const v = (current: number | null, previous: number | null) => ({ current, previous });
const g = (key: string, current: number | null, previous: number | null) => ({
  key,
  current,
  previous,
});

const EXPECTED_KPIS = {
  // registeredOn in P: C02 C04 C05 C08 C09 C10 C11 C12 C13 C14 C15 (C15's registration is
  // fine, only its start is in the future; C16's "3-1-24" is unusable). Q: C01 C03 C06.
  registrations: v(11, 3),
  // IA started in P: C05 (also direct opgelost, counted once). Q: C06.
  infoAdvice: v(1, 1),
  // intakeOn in P: C02 10, C04 5, C08 10, C10 4 days (C09 and C11 have unusable intakes).
  // Q: C01 14, C03 10.
  meanWaitDays: v((10 + 5 + 10 + 4) / 4, (14 + 10) / 2),
  started: v(10, 3),
  active: v(10, 3),
  closed: v(5, 2),
  // P: C03 C09 C11 C14 C16 still open on 30-9-2024. Q: C03.
  openAtEnd: v(5, 1),
  // P: C02 116, C04 112, C05 0, C07 212, C12 72 days. Q: C01 54, C06 0.
  meanDurationClosed: v((116 + 112 + 0 + 212 + 72) / 5, (54 + 0) / 2),
  // P, up to min(closed, 30-9-2024): C02 116, C03 548, C04 112, C05 0, C07 212, C09 213,
  // C11 168, C12 72, C14 84, C16 264 → 1789. Q: C01 54, C03 182, C06 0.
  meanDurationActive: v(1789 / 10, (54 + 182 + 0) / 3),
  // P: K1 K2 (twice) K3 K4 K6 K8 K9 K11 K14. Q: K1 K2 (C06 has no client).
  uniqueClients: v(9, 2),
  // P: 2 + 2 + 1 + 1 + 2 + 1 + 1 + 1 + 1 + 1. Q: 1 + 2 + 1.
  helpQuestions: v(13, 4),
  // C02: K1's earlier C01 closed 15-3-2023 ≤ 15-2-2024 − 6 months = 15-8-2023, both
  // Financiën. C04: K2's earlier C03 is still open (heropening). Everyone else is new.
  recidive: v(1, 0),
  recidivePct: v(1 / 10, 0 / 3),
  recidivists: v(1, 0),
  // The same split: C02 returned with one earlier case (C01) and a same question.
  recidiveAnyDomain: v(1, 0),
  // K1, by C02.
  recidivistsAnyDomain: v(1, 0),
  recidiveSeveralEarlier: v(0, 0),
  recidiveSameQuestion: v(1, 0),
  recidiveNewQuestions: v(0, 0),
  // P: 3-1, 12-2, 1-4-2024. Q: 10-5-2023. The empty, future and invalid dates count nowhere.
  complaints: v(3, 1),
  // Meetings in P: A1 on 9-1, 16-1 and 23-1, A2 on 3-4, Repair café (no id: its name) on 1-6;
  // 1-10-2024 is after P, #N/A and 2099 are unusable dates, the Totaal row is no meeting.
  // Q: A2 on 5-5-2023.
  collectiveTrajects: v(3, 1),
  meetings: v(5, 1),
  // P: 12 + 10 + 5 (the -3 is unusable, A2's 3-4 has no number). Q: 8.
  participants: v(27, 8),
  // Started in P with a self-referral: C04 (Eigen initiatief), C05 (Zelf), C09, C11, C14
  // (Zelfmelder) of 10. Q: C01 and C06 of 3.
  selfReferralPct: v(5 / 10, 2 / 3),
  // Started in P with a client: 10; not new: C02 (K1) and C04 (K2). Q: C01 and C03, both new.
  newClientPct: v(8 / 10, 2 / 2),
  // Closed in P, main domains with goal and end score: C02 Fin 4 ≥ 4, C02 Huis 3 < 4,
  // C04 GG 3 ≥ 3, C07 HR 3 ≥ 2 (C07 Middelengebruik has no goal, C12's end score 6 is out of
  // range, C02 Justitie is not a main domain). Q: C01 Fin 3 ≥ 3.
  goalReachedPct: v(3 / 4, 1 / 1),
  // The same pairs' end scores: C02 Fin 4, C02 Huis 3, C04 GG 3, C07 HR 3, C07 Middelengebruik 2
  // (C12's 6 is out of range: no end score). Q: C01 Fin 3.
  zrmMeanEndScore: v((4 + 3 + 3 + 3 + 2) / 5, 3),
  // Their growth (end − begin): +2, 0, +1, +2, 0, the rows of zrmGrowth below together. Q: +1.
  zrmMeanGrowth: v((2 + 0 + 1 + 2 + 0) / 5, 1),
  // Closed in P with a rating: C02 7, C04 6, C05 9, C07 10 (C12's 11 is out of range). Q: C01 8.
  meanRating: v((7 + 6 + 9 + 10) / 4, 8),
  // Closed in P: ja C02 C07 C12, nee C04 (C05 unknown). Q: C01 ja.
  canContinueAlonePct: v(3 / 4, 1 / 1),
  // The export has no column of contact moments: no value (the report names the column).
  meanContacts: v(null, null),
  overFiveContactsPct: v(null, null),
  // Waiting at a month's end (registered, no start date on it, not closed): P C09 on 29-2
  // (starts 1-3), C08 on 30-9 (starts 2-10), over 9 months; C05's registration and close are the
  // same day. Q: C03 on 31-3-2023 (starts 1-4). C10 and C13 (unusable end date), C15 (unusable
  // start date) and C16 (unusable registration) are left out.
  waitingList: v(2 / 9, 1 / 9),
  waitingAtEnd: v(1, 0),
  // Closed with a usable rating: P 7, 6, 9, 10; Q 8. None below 6.
  insufficientRatingPct: v(0, 0),
  // No column Doorverwezen naar: no value.
  withoutReferralPct: v(null, null),
};

const EXPECTED_GROUPS = {
  // Active per type. P: IT C02 C04 C07 C11 C12 C16, LS C03 C09 C14, IA C05. Q: C01, C03, C06.
  byCaseType: [g("IT", 6, 1), g("LS", 3, 1), g("IA", 1, 1)],
  // P: AMW C03 C04 C09 C12 C14, SMW C02 C11 C16, Huiselijk geweld C07, OCO C05.
  // Q: SMW C01, AMW C03, OCO C06.
  byProduct: [g("AMW", 5, 1), g("SMW", 3, 1), g("Huiselijk geweld", 1, 0), g("OCO", 1, 1)],
  // Active cases per main domain. P: Huis C02 C05 C12 C16, Fin C02 C11, GG C03 C04, one each
  // for Reizen (C14, kept as written), HR and Middelengebruik (C07), SN (C03),
  // Tijdsbesteding (C09).
  // Q: Fin C01 C06, GG C03, SN C03.
  byDomain: [
    g("Huisvesting", 4, 0),
    g("Financiën", 2, 2),
    g("Geestelijke gezondheid", 2, 1),
    g("Huiselijke relaties", 1, 0),
    g("Middelengebruik", 1, 0),
    g("Reizen", 1, 0),
    g("Sociaal netwerk", 1, 1),
    g("Tijdsbesteding", 1, 0),
  ],
  // Mean end − begin on main domains of cases closed in P: Fin C02 +2, HR C07 +2, GG C04 +1,
  // Huis C02 0 (C12's end score is unusable), Middelengebruik C07 0. Q: Fin C01 +1.
  zrmGrowth: [
    g("Financiën", 2, 1),
    g("Huiselijke relaties", 2, null),
    g("Geestelijke gezondheid", 1, null),
    g("Huisvesting", 0, null),
    g("Middelengebruik", 0, null),
  ],
  // Active by number of main domains. P: one domain C04 C05 C09 C11 C12 C14 C16, two C02 C03
  // C07. Q: one C01 C06, two C03.
  byComplexity: [g("niet-complex", 7, 2), g("redelijk-complex", 3, 1), g("complex", 0, 0)],
  // The export has no column Zwaarte hulpvraag: no rows.
  byWeight: [],
  // Closed in P: Doel bereikt C02 C12, Eenzijdig beëindigd C07, Informatie gegeven C05,
  // Verhuisd C04. Q: Doel bereikt C01, Informatie gegeven C06.
  byCloseReason: [
    g("Doel bereikt", 2, 1),
    g("Eenzijdig beëindigd", 1, 0),
    g("Informatie gegeven", 1, 1),
    g("Verhuisd", 1, 0),
  ],
  // Closed in P with a usable rating: 6 (C04), 7 (C02), 9 (C05), 10 (C07). Q: 8 (C01).
  byRating: [
    g("1", 0, 0),
    g("2", 0, 0),
    g("3", 0, 0),
    g("4", 0, 0),
    g("5", 0, 0),
    g("6", 1, 0),
    g("7", 1, 0),
    g("8", 0, 1),
    g("9", 1, 0),
    g("10", 1, 0),
  ],
  // Started in P: Huisarts C02 C12 C13 C16, Zelfmelder C09 C11 C14, Eigen initiatief C04,
  // Politie C10, Zelf C05. Q: Zelfmelder C01 C06, Wijkteam C03.
  byReferrer: [
    g("Huisarts", 4, 0),
    g("Zelfmelder", 3, 2),
    g("Eigen initiatief", 1, 0),
    g("Politie", 1, 0),
    g("Zelf", 1, 0),
    g("Wijkteam", 0, 1),
  ],
  // Age at the case's start, active cases. P: C07 22, C02 43, C04 33, C03 73; C05 C09 C11
  // C12 C14 C16 have no birth date. Q: C01 42, C03 73, C06 unknown.
  byAgeBand: [
    g("0-17", 0, 0),
    g("18-26", 1, 0),
    g("27-44", 2, 1),
    g("45-54", 0, 0),
    g("55-64", 0, 0),
    g("65+", 1, 1),
    g("", 6, 1),
  ],
  // Active per team. P: Noord C02 C05 C07 C09 C12 C16, Zuid C03 C04 C11 C14. Q: Noord C01,
  // Zuid C03 C06.
  byTeam: [g("Noord", 6, 1), g("Zuid", 4, 2)],
  // Started per month. P: Jan C12 C16, Feb C02 C10, Mar C05 C09, Apr C11, May C04, Jun C13,
  // Jul C14. Q: Jan C01, Apr C03, Jun C06.
  byMonth: [
    g("2024-01", 2, 1),
    g("2024-02", 2, 0),
    g("2024-03", 2, 0),
    g("2024-04", 1, 1),
    g("2024-05", 1, 0),
    g("2024-06", 1, 1),
    g("2024-07", 1, 0),
    g("2024-08", 0, 0),
    g("2024-09", 0, 0),
  ],
  // Distinct activities with a meeting in P: Taal A1 (9, 16, 23 January), Bewegen A2
  // (3 April), Ontmoeting "Repair café" (1 June; A3 is in October, A4 and A5 have no usable
  // date). Q: Bewegen A2 (5 May 2023).
  activities: [g("Bewegen", 1, 1), g("Ontmoeting", 1, 0), g("Taal", 1, 0)],
};

/** table, sheet row, column header, code, severity: in table order, then by row and column. */
const EXPECTED_ISSUES = [
  ["cases", 13, "Datum intake", "INVALID_DATE", "error"],
  ["cases", 14, "Afsluitdatum", "CLOSED_BEFORE_START", "error"],
  ["cases", 15, "Datum intake", "INTAKE_BEFORE_REGISTRATION", "error"],
  ["cases", 16, "Rapportcijfer", "RATING_OUT_OF_RANGE", "error"],
  ["cases", 17, "Afsluitdatum", "ERROR_VALUE", "error"],
  ["cases", 18, "Leefgebieden", "UNKNOWN_DOMAIN", "warning"],
  ["cases", 19, "Dossiernummer", "MISSING_CASE_ID", "error"],
  ["cases", 20, "Dossiernummer", "DUPLICATE_CASE_ID", "error"],
  ["cases", 21, "Begindatum", "FUTURE_DATE", "error"],
  ["cases", 22, "Datum aanmelding", "INVALID_DATE", "error"],
  ["cases", 23, "", "TOTAL_ROW", "warning"],
  ["zrm", 9, "Eindmeting", "SCORE_OUT_OF_RANGE", "error"],
  ["zrm", 11, "Casusnr", "UNKNOWN_CASE", "warning"],
  ["zrm", 13, "Leefgebied", "ERROR_VALUE", "error"],
  ["zrm", 14, "", "TOTAL_ROW", "warning"],
  ["activities", 5, "Aantal deelnemers", "INVALID_NUMBER", "error"],
  ["activities", 10, "Datum bijeenkomst", "ERROR_VALUE", "error"],
  ["activities", 11, "Datum bijeenkomst", "FUTURE_DATE", "error"],
  ["activities", 12, "", "TOTAL_ROW", "warning"],
  ["complaints", 7, "Datum klacht", "MISSING_VALUE", "error"],
  ["complaints", 8, "Datum klacht", "FUTURE_DATE", "error"],
  ["complaints", 9, "Datum klacht", "INVALID_DATE", "error"],
  ["complaints", 11, "", "TOTAL_ROW", "warning"],
];

describe("golden rows: raw export cells → KPI JSON (hand-worked)", () => {
  it("finds the header rows below the titles and maps the Dutch synonyms", () => {
    const cases = proposeMapping(CASE_ROWS, "cases");
    expect(cases.headerRowIndex).toBe(2);
    const headers = Object.fromEntries(
      Object.entries(cases.fields).map(([field, mapped]) => [field, mapped?.header])
    );
    expect(headers).toEqual({
      caseId: "Dossiernummer",
      clientId: "Klantnummer",
      caseType: "Ondersteuningsvorm",
      product: "Dienst",
      registeredOn: "Datum aanmelding",
      intakeOn: "Datum intake",
      startedOn: "Begindatum",
      closedOn: "Afsluitdatum",
      closeReason: "Reden afsluiting",
      referrer: "Verwezen door",
      team: "Buurtteam",
      birthDate: "Geboortedatum",
      resolvedDirectly: "Direct afgehandeld",
      rating: "Rapportcijfer",
      canContinueAlone: "Zelfstandig verder",
    });
    expect(cases.domainColumns.map((c) => c.header)).toEqual(["Leefgebieden"]);
    const headersOf = (rows: typeof ZRM_ROWS, table: "zrm" | "activities" | "complaints") => {
      const mapping = proposeMapping(rows, table);
      return [
        mapping.headerRowIndex,
        Object.fromEntries(Object.entries(mapping.fields).map(([f, m]) => [f, m?.header])),
      ];
    };
    expect(headersOf(ZRM_ROWS, "zrm")).toEqual([
      1,
      {
        caseId: "Casusnr",
        domain: "Leefgebied",
        beginScore: "Nulmeting",
        endScore: "Eindmeting",
        goalScore: "Doelscore",
      },
    ]);
    expect(headersOf(ACTIVITY_ROWS, "activities")).toEqual([
      1,
      {
        activityId: "Activiteitnummer",
        activityName: "Naam activiteit",
        category: "Soort activiteit",
        date: "Datum bijeenkomst",
        participants: "Aantal deelnemers",
      },
    ]);
    expect(headersOf(COMPLAINT_ROWS, "complaints")).toEqual([1, { date: "Datum klacht" }]);
  });

  it("gives the periods of t/m Q3 2024 and t/m Q3 2023", () => {
    const json = goldenJson();
    expect(json.period).toEqual({ label: "t/m Q3 2024", start: "2024-01-01", end: "2024-09-30" });
    expect(json.previous).toEqual({
      label: "t/m Q3 2023",
      start: "2023-01-01",
      end: "2023-09-30",
    });
  });

  it("gives every scalar KPI as worked out by hand", () => {
    expect(goldenJson().kpis).toEqual(EXPECTED_KPIS);
  });

  it.each(Object.keys(EXPECTED_GROUPS))("gives group %s as worked out by hand", (id) => {
    expect(goldenJson().groups[id as keyof typeof EXPECTED_GROUPS]).toEqual(
      EXPECTED_GROUPS[id as keyof typeof EXPECTED_GROUPS]
    );
  });

  it("lists every group", () => {
    expect(Object.keys(goldenJson().groups).sort()).toEqual(Object.keys(EXPECTED_GROUPS).sort());
  });

  it("reports each bad input once, on its sheet row and column, and nothing for the good rows", () => {
    const issues = goldenJson().issues.map((i) => [i.table, i.row, i.column, i.code, i.severity]);
    expect(issues).toEqual(EXPECTED_ISSUES);
  });

  it("says in Dutch what is wrong and what happens to the row", () => {
    const messages = goldenJson().issues.map((i) => i.message);
    expect(messages).toContain(
      'Casussen, rij 14, kolom "Afsluitdatum": de einddatum 1-2-2024 ligt vóór de start 10-2-2024. De casus telt niet mee in cijfers die de einddatum nodig hebben.'
    );
    expect(messages).toContain(
      'Casussen, rij 20, kolom "Dossiernummer": casusnummer "C02" staat al in rij 5. Deze rij wordt overgeslagen.'
    );
    expect(messages).toContain(
      'Casussen, rij 21, kolom "Begindatum": de datum 1-1-2099 ligt na de peildatum 7-10-2024. De casus telt niet mee in cijfers die de startdatum nodig hebben.'
    );
    expect(messages).toContain(
      'Casussen, rij 18, kolom "Leefgebieden": "Reizen" is geen bekend ZRM-domein. Het domein telt mee zoals het geschreven is.'
    );
    expect(messages).toContain(
      'Casussen, rij 22, kolom "Datum aanmelding": "3-1-24" is geen geldige datum. De casus telt niet mee in cijfers die de aanmelddatum nodig hebben.'
    );
  });
});
