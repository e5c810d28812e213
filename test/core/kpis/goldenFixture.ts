/**
 * The golden fixture of the KPI tests: ten cases, a ZRM table, collective activities and
 * complaints, with every expected value worked out by hand in the tests that use it.
 *
 * Current period P = Q1 2024 (2024-01-01 .. 2024-03-31); previous = Q1 2023.
 *
 * | case | client | type | reg        | intake     | start        | closed       | domains                     | notes |
 * |------|--------|------|------------|------------|--------------|--------------|-----------------------------|-------|
 * | c1   | A      | IT   | 2023-12-01 | 2024-01-10 | 2024-01-15   | 2024-03-15   | Financiën, Huisvesting      | recidive of c6 |
 * | c2   | B      | IT   | 2024-01-05 | 2024-01-20 | 2024-02-01   | –            | Financiën                   | |
 * | c3   | C      | LS   | 2023-06-01 | 2023-06-10 | 2023-06-15   | 2024-01-31   | Huisvesting, Sociaal netwerk, Financiën, Werk & opleiding | age 70 |
 * | c4   | D      | IA   | 2024-02-10 | –          | (2024-02-10) | 2024-02-10   | –                           | start = reg; resolvedDirectly |
 * | c5   | E      | IT   | 2024-03-01 | 2024-03-03 | 2024-03-05   | –            | Geestelijke gezondheid      | resolvedDirectly |
 * | c6   | A      | IT   | 2022-01-01 | –          | 2022-01-10   | 2023-05-01   | Financiën                   | only case of Q1 2023 |
 * | c7   | F      | LS   | 2024-04-02 | –          | 2024-04-05   | –            | –                           | after P |
 * | c8   | –      | IT   | 2024-03-20 | –          | 2024-03-31   | –            | Justitie                    | no client |
 * | c9   | G      | IT   | –          | –          | 2023-12-01   | 2024-01-01   | Middelengebruik, Justitie   | |
 * | c10  | H      | IT   | 2024-01-08 | –          | 2024-01-10   | (invalid)    | –                           | invalid closedOn |
 */
import type { CaseField, Dataset } from "../../../src/core/types";
import { buildDataset, period, type CaseRow } from "../../helpers/caseTable";

export const Q1_2024 = period("Q1 2024", "2024-01-01", "2024-03-31");
export const Q1_2023 = period("Q1 2023", "2023-01-01", "2023-03-31");

export const GOLDEN_CASES: readonly CaseRow[] = [
  {
    caseId: "c1",
    clientId: "A",
    caseType: "IT",
    product: "SMW",
    registeredOn: "2023-12-01",
    intakeOn: "2024-01-10",
    startedOn: "2024-01-15",
    closedOn: "2024-03-15",
    domains: ["Financiën", "Huisvesting"],
    closeReason: "Doel bereikt",
    referrer: "Huisarts",
    team: "Noord",
    birthDate: "1990-02-10",
    rating: 8,
    canContinueAlone: true,
  },
  {
    caseId: "c2",
    clientId: "B",
    caseType: "IT",
    product: "AMW",
    registeredOn: "2024-01-05",
    intakeOn: "2024-01-20",
    startedOn: "2024-02-01",
    domains: ["Financiën"],
    referrer: "Zelfmelder",
    team: "Zuid",
    birthDate: "2010-06-01",
  },
  {
    caseId: "c3",
    clientId: "C",
    caseType: "LS",
    product: "AMW",
    registeredOn: "2023-06-01",
    intakeOn: "2023-06-10",
    startedOn: "2023-06-15",
    closedOn: "2024-01-31",
    domains: ["Huisvesting", "Sociaal netwerk", "Financiën", "Werk & opleiding"],
    closeReason: "Verhuisd",
    referrer: "Eigen initiatief",
    team: "Noord",
    age: 70,
    rating: 6,
    canContinueAlone: false,
  },
  {
    caseId: "c4",
    clientId: "D",
    caseType: "IA",
    registeredOn: "2024-02-10",
    closedOn: "2024-02-10",
    team: "Zuid",
    resolvedDirectly: true,
  },
  {
    caseId: "c5",
    clientId: "E",
    caseType: "IT",
    registeredOn: "2024-03-01",
    intakeOn: "2024-03-03",
    startedOn: "2024-03-05",
    domains: ["Geestelijke gezondheid"],
    referrer: "Cliënt zelf",
    team: "Noord",
    birthDate: "1960-03-05",
    resolvedDirectly: true,
  },
  {
    caseId: "c6",
    clientId: "A",
    caseType: "IT",
    registeredOn: "2022-01-01",
    startedOn: "2022-01-10",
    closedOn: "2023-05-01",
    domains: ["Financiën"],
  },
  {
    caseId: "c7",
    clientId: "F",
    caseType: "LS",
    registeredOn: "2024-04-02",
    startedOn: "2024-04-05",
  },
  {
    caseId: "c8",
    caseType: "IT",
    registeredOn: "2024-03-20",
    startedOn: "2024-03-31",
    domains: ["Justitie"],
    referrer: "Wijkagent",
  },
  {
    caseId: "c9",
    clientId: "G",
    caseType: "IT",
    startedOn: "2023-12-01",
    closedOn: "2024-01-01",
    domains: ["Middelengebruik", "Justitie"],
    closeReason: "Doel bereikt",
    team: "Noord",
    birthDate: "2006-12-01",
    rating: 10,
  },
  {
    caseId: "c10",
    clientId: "H",
    caseType: "IT",
    registeredOn: "2024-01-08",
    startedOn: "2024-01-10",
    closedOn: "2024-02-30",
    referrer: "Huisarts",
    team: "Zuid",
    invalid: ["closedOn"],
  },
];

export const GOLDEN_ZRM = [
  { caseId: "c1", domain: "Financiën", begin: 2, end: 4, goal: 4 }, // reached, growth +2
  { caseId: "c1", domain: "Huisvesting", begin: 3, end: 3, goal: 4 }, // not reached, growth 0
  { caseId: "c1", domain: "Justitie", begin: 1, end: 5, goal: 3 }, // not a main domain of c1: ignored
  { caseId: "c3", domain: "Sociaal netwerk", begin: 2, end: 3 }, // no goal: growth +1 only
  { caseId: "c3", domain: "Financiën", begin: 1, end: 2, goal: 2 }, // reached, growth +1
  { caseId: "c2", domain: "Financiën", begin: 1, end: 5, goal: 3 }, // c2 not closed: ignored
  { caseId: "c9", domain: "Middelengebruik", begin: 2, end: 1, goal: 3 }, // not reached, growth −1
  { caseId: "c9", domain: "Middelengebruik", begin: 2, end: 5, goal: 3 }, // duplicate pair: ignored
];

export const GOLDEN_ACTIVITIES = [
  { id: "a1", category: "Open groep", date: "2024-01-10", participants: 10 },
  { id: "a1", category: "Open groep", date: "2024-02-10", participants: 12 },
  { id: "a2", category: "Gesloten groep", date: "2024-03-01" },
  { id: "a3", category: "Netwerkoverleg", date: "2024-01-20" },
  { id: "a3", category: "Netwerkoverleg", date: "2024-02-20" },
  { id: "a4", category: "Gesloten groep", date: "2024-03-15", participants: 6 },
  { id: "a1", category: "Open groep", date: "2023-01-10", participants: 8 },
  { id: "a1", category: "Open groep", date: "2024-04-01", participants: 5 },
];

export const GOLDEN_COMPLAINTS = ["2024-01-15", "2024-03-31", "2024-04-01", "2023-02-01"];

/** The golden dataset with every optional table. */
export function goldenDataset(unmapped: readonly CaseField[] = []): Dataset {
  return buildDataset(GOLDEN_CASES, {
    zrm: GOLDEN_ZRM,
    activities: GOLDEN_ACTIVITIES,
    complaints: GOLDEN_COMPLAINTS,
    unmapped,
  });
}
