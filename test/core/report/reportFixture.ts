/**
 * A small hand-worked dataset for the report builder's tests.
 *
 * Current period P = Q1 2024; comparison = Q1 2023. No ZRM, activities or complaints table.
 *
 * | case | client | type | reg        | intake     | start      | closed     | domains                | team  | referrer   |
 * |------|--------|------|------------|------------|------------|------------|------------------------|-------|------------|
 * | a1   | A      | IT   | 2024-01-05 | 2024-01-15 | 2024-01-20 | 2024-03-20 | Financiën              | Noord | Zelfmelder |
 * | a2   | B      | IT   | 2024-02-01 | 2024-02-11 | 2024-02-11 | –          | Huisvesting            | Zuid  | Huisarts   |
 * | a3   | C      | LS   | 2023-02-01 | 2023-02-08 | 2023-02-10 | 2023-03-10 | Financiën              | Zuid  | Huisarts   |
 * | a4   | C      | IT   | 2024-01-10 | –          | 2024-01-10 | –          | Financiën              | Zuid  | Zelfmelder |
 * | a5   | D      | IA   | 2024-03-01 | –          | 2024-03-01 | 2024-03-01 | –                      | Zuid  | –          |
 * | a6   | E      | IT   | 2023-01-10 | 2023-01-20 | 2023-01-20 | 2023-02-20 | Geestelijke gezondheid | Noord | Zelfmelder |
 * | a7   | F      | IT   | 2023-11-01 | –          | 2023-11-01 | –          | Sociaal netwerk        | Noord | Huisarts   |
 * | a8   | G      | IT   | 2023-12-01 | –          | 2023-12-01 | 2024-02-01 | Financiën              | Noord | Huisarts   |
 *
 * Worked out by hand (Q1 2024 / Q1 2023):
 * - registrations a1 a2 a4 a5 = 4 / a3 a6 = 2; started the same; active a1 a2 a4 a5 a7 a8 = 6 / a3 a6 = 2;
 *   closed a1 a5 a8 = 3 / a3 a6 = 2.
 * - meanWaitDays: a1 10, a2 10 → 10 (n 2) / a3 7, a6 10 → 8.5 (n 2).
 * - recidive over IT+LS: a4 (client C, a3 closed 2023-03-10 ≤ 2024-01-10 − 6 months, both Financiën) = 1
 *   of 3 started (a1 a2 a4) → 1/3 / 0 of 2 → 0.
 * - active per type: IT a1 a2 a4 a7 a8 = 5, IA a5 = 1, LS 0 / IT a6 = 1, LS a3 = 1.
 * - per team active: Noord a1 a7 a8 = 3, Zuid a2 a4 a5 = 3 / 1, 1; started: Zuid a2 a4 a5 = 3, Noord a1 = 1 / 1, 1.
 * - started per month: jan a1 a4 = 2, feb a2 = 1, mrt a5 = 1 / jan a6 = 1, feb a3 = 1, mrt 0.
 */
import type { Dataset } from "../../../src/core/types";
import { buildDataset, type CaseRow, type DatasetParts } from "../../helpers/caseTable";

export const REPORT_CASES: readonly CaseRow[] = [
  {
    caseId: "a1",
    clientId: "A",
    caseType: "IT",
    registeredOn: "2024-01-05",
    intakeOn: "2024-01-15",
    startedOn: "2024-01-20",
    closedOn: "2024-03-20",
    domains: ["Financiën"],
    team: "Noord",
    referrer: "Zelfmelder",
    rating: 8,
  },
  {
    caseId: "a2",
    clientId: "B",
    caseType: "IT",
    registeredOn: "2024-02-01",
    intakeOn: "2024-02-11",
    startedOn: "2024-02-11",
    domains: ["Huisvesting"],
    team: "Zuid",
    referrer: "Huisarts",
  },
  {
    caseId: "a3",
    clientId: "C",
    caseType: "LS",
    registeredOn: "2023-02-01",
    intakeOn: "2023-02-08",
    startedOn: "2023-02-10",
    closedOn: "2023-03-10",
    domains: ["Financiën"],
    team: "Zuid",
    referrer: "Huisarts",
  },
  {
    caseId: "a4",
    clientId: "C",
    caseType: "IT",
    registeredOn: "2024-01-10",
    startedOn: "2024-01-10",
    domains: ["Financiën"],
    team: "Zuid",
    referrer: "Zelfmelder",
  },
  {
    caseId: "a5",
    clientId: "D",
    caseType: "IA",
    registeredOn: "2024-03-01",
    startedOn: "2024-03-01",
    closedOn: "2024-03-01",
    team: "Zuid",
  },
  {
    caseId: "a6",
    clientId: "E",
    caseType: "IT",
    registeredOn: "2023-01-10",
    intakeOn: "2023-01-20",
    startedOn: "2023-01-20",
    closedOn: "2023-02-20",
    domains: ["Geestelijke gezondheid"],
    team: "Noord",
    referrer: "Zelfmelder",
  },
  {
    caseId: "a7",
    clientId: "F",
    caseType: "IT",
    registeredOn: "2023-11-01",
    startedOn: "2023-11-01",
    domains: ["Sociaal netwerk"],
    team: "Noord",
    referrer: "Huisarts",
  },
  {
    caseId: "a8",
    clientId: "G",
    caseType: "IT",
    registeredOn: "2023-12-01",
    startedOn: "2023-12-01",
    closedOn: "2024-02-01",
    domains: ["Financiën"],
    team: "Noord",
    referrer: "Huisarts",
  },
];

/**
 * The report fixture as a Dataset.
 *
 * @param parts - unmapped fields or optional tables to add
 * @returns the dataset
 */
export function reportDataset(parts: DatasetParts = {}): Dataset {
  return buildDataset(REPORT_CASES, parts);
}
