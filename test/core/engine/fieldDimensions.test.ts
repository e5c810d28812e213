import type { Dimension } from "../../../src/core/engine/dimension";
import {
  categoryDimension,
  categoryListDimension,
  extraDimension,
} from "../../../src/core/engine/dimension";
import { Engine } from "../../../src/core/engine/Engine";
import { evaluateMeasure } from "../../../src/core/engine/evaluateMeasure";
import { getKpi } from "../../../src/core/kpis/kpiRegistry";
import type { CaseRecord } from "../../../src/core/measures/caseRecords";
import { caseRecords } from "../../../src/core/measures/caseRecords";
import { isClosedIn } from "../../../src/core/measures/reference/caseMemberships";
import { loadDataset } from "../../../src/core/parse/loadDataset";
import { parsePeriod } from "../../../src/core/periods/parsePeriod";
import type { CategoryListColumn } from "../../../src/core/types";

// A small export with the new fields and a column no field uses ("Medewerker"), read by the
// parser as a user's export would be.
const ROWS = [
  [
    "Casusnummer",
    "Startdatum",
    "Einddatum",
    "Doorverwezen naar",
    "Samenwerkingspartners",
    "Aantal contactmomenten",
    "Medewerker",
  ],
  ["1", "3-1-2024", "10-2-2024", "GGZ", "Wijkteam; GGD", 4, "AB"],
  ["2", "5-1-2024", "20-3-2024", "ggz", "wijkteam | Schuldhulp / GGD", "7", "CD"],
  ["3", "8-1-2024", "", "Huisarts", "", "", "AB"],
  ["4", "9-1-2024", "1-3-2024", "", "Schuldhulp\nWijkteam", "2", ""],
  ["5", "1-2-2024", "28-2-2024", "Huisarts", "GGD, GGD", "veel", "EF"],
  ["6", "2-2-2024", "15-3-2024", "GGZ", "Wijkteam", "2,5", "CD"],
  ["7", "3-2-2024", "31-3-2024", "Geen", "", "0", "AB"],
  ["8", "4-2-2024", "1-10-2023", "GGZ", "Politie", "1", "CD"],
];

describe("the new fields and the extra columns as dimensions of the kernel", () => {
  const dataset = loadDataset({ cases: { rows: ROWS }, asOf: 45565 });
  const table = dataset.cases;
  const records = caseRecords(table);
  const q1 = parsePeriod("Q1 2024");
  const closedInQ1 = records.filter((c) => isClosedIn(c, q1));

  /** Closed cases per group, the plain way: a case counts in each of its groups. */
  function plainCounts(keys: readonly string[], groupsOf: (c: CaseRecord) => readonly string[]) {
    return keys.map((key) => closedInQ1.filter((c) => groupsOf(c).includes(key)).length);
  }

  function closedBy(dimension: Dimension) {
    const [results] = evaluateMeasure(
      new Engine(dataset),
      getKpi("closed").rule,
      [q1],
      dimension,
      null
    );
    return {
      total: results!.total.value,
      groups: results!.groups.map((group) => group.value),
    };
  }

  it("reads the new fields", () => {
    expect(table.mappedFields.has("referredTo")).toBe(true);
    expect(table.referredTo.labels).toEqual(["GGZ", "Huisarts", "Geen"]);
    expect(Array.from(table.referredTo.codes)).toEqual([0, 0, 1, -1, 1, 0, 2, 0]);
    expect(records.map((c) => c.partners)).toEqual([
      ["Wijkteam", "GGD"],
      ["Wijkteam", "Schuldhulp", "GGD"],
      [],
      ["Schuldhulp", "Wijkteam"],
      ["GGD"],
      ["Wijkteam"],
      [],
      ["Politie"],
    ]);
    expect(Array.from(table.contacts)).toEqual([4, 7, NaN, 2, NaN, NaN, 0, 1]);
    expect(table.extras.map((extra) => extra.header)).toEqual(["Medewerker"]);
    expect(records.map((c) => c.extras.Medewerker)).toEqual([
      "AB",
      "CD",
      "AB",
      null,
      "EF",
      "CD",
      "AB",
      "CD",
    ]);
  });

  it("reports an unusable number of contacts in Dutch, naming table, row and column", () => {
    const contacts = dataset.issues.filter((issue) => issue.column === "Aantal contactmomenten");
    expect(contacts.map((issue) => [issue.row, issue.code, issue.message])).toEqual([
      [
        6,
        "INVALID_NUMBER",
        'Casussen, rij 6, kolom "Aantal contactmomenten": "veel" is geen geldig getal. De casus telt niet mee in cijfers die het aantal contactmomenten nodig hebben.',
      ],
      [
        7,
        "INVALID_NUMBER",
        'Casussen, rij 7, kolom "Aantal contactmomenten": "2,5" is geen geheel aantal. De casus telt niet mee in cijfers die het aantal contactmomenten nodig hebben.',
      ],
    ]);
    expect(records.map((c) => c.invalid.has("contacts"))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("breaks closed cases down by referredTo, equal to the plain count", () => {
    const { total, groups } = closedBy(categoryDimension(table.referredTo));
    expect(groups).toEqual(plainCounts(table.referredTo.labels, (c) => [c.referredTo ?? ""]));
    expect(groups).toEqual([3, 1, 1]);
    // Case 4 (no referral) counts in the total only.
    expect(total).toBe(closedInQ1.length);
    expect(total).toBe(6);
  });

  it("breaks closed cases down by partners: once per partner, once in the total", () => {
    const partners: CategoryListColumn = table.partners;
    const { total, groups } = closedBy(categoryListDimension(partners));
    expect(partners.labels).toEqual(["Wijkteam", "GGD", "Schuldhulp", "Politie"]);
    expect(groups).toEqual(plainCounts(partners.labels, (c) => c.partners));
    // Case 2 counts in three groups, and once in the total.
    expect(groups).toEqual([4, 3, 2, 0]);
    expect(total).toBe(6);
  });

  it("breaks closed cases down by an extra column", () => {
    const extra = table.extras[0]!;
    const { total, groups } = closedBy(extraDimension(table, extra.header)!);
    expect(extraDimension(table, "Geen kolom")).toBeUndefined();
    expect(groups).toEqual(plainCounts(extra.column.labels, (c) => [c.extras[extra.header] ?? ""]));
    expect(groups).toEqual([2, 2, 1]);
    expect(total).toBe(6);
  });
});
