import { auditSuppression, protectSuppression } from "../../../src/core";
import { count, linear, sum } from "./auditFixtures";

const UNDER_5 = { lower: 1, upper: 4 };

describe("protectSuppression", () => {
  it("protects the stock-flow cell with the cheap cell, not the total (attack 1)", () => {
    const variables = [
      count("behandeld", 40),
      count("lopend", 37),
      count("afgesloten", 3, { hidden: UNDER_5, required: 3 }),
      count("IT", 25),
      count("LS", 15),
    ];
    const relations = [
      sum("behandeld", ["lopend", "afgesloten"], "Behandeld = lopend + afgesloten"),
      sum("behandeld", ["IT", "LS"], "Totaal type trajecten"),
    ];
    const result = protectSuppression(variables, relations);
    expect(result.secondary).toEqual(["lopend"]);
    expect(result.wholeGroups).toEqual([]);
    expect([...result.suppressed]).toEqual(["lopend", "afgesloten"]);
    expect(result.audit).toEqual(
      new Map([
        ["afgesloten", { min: 1, max: 4, passes: true, exact: true }],
        // a secondary cell is audited too: lopend = 40 − afgesloten
        ["lopend", { min: 36, max: 39, passes: true, exact: true }],
      ])
    );
  });

  it("protects a month of the month chain (attack 2)", () => {
    const variables = [
      count("b1", 20),
      count("b2", 21),
      count("o2", 3),
      count("a1", 2, { hidden: UNDER_5 }),
      count("Ob", 9),
      count("o1", 6),
    ];
    const relations = [
      linear(
        [
          ["b2", 1],
          ["b1", -1],
          ["a1", 1],
          ["o2", -1],
        ],
        0,
        0,
        "Maandketen jan-feb"
      ),
      sum("Ob", ["o1", "o2"], "Opgestart in het kwartaal"),
    ];
    const result = protectSuppression(variables, relations);
    // o2 (cost 3) is cheaper than b1 or b2 (20, 21); hiding it opens o1 + o2 = 9, so o1 goes too
    expect(result.secondary).toEqual(["o2", "o1"]);
    expect(result.audit.get("a1")).toEqual({ min: 1, max: 4, passes: true, exact: true });
  });

  it("protects rating counts hidden behind a rounded mean (attack 3)", () => {
    const variables = [
      count("n1", 1, { hidden: UNDER_5 }),
      count("n2", 2, { hidden: UNDER_5 }),
      count("n3", 3),
      count("n4", 2),
      count("n5", 2),
      count("N", 10),
      { ...count("S", 32), published: false },
    ];
    const relations = [
      sum("N", ["n1", "n2", "n3", "n4", "n5"], "Totaal klantoordeel"),
      linear(
        [
          ["S", 1],
          ["n1", -1],
          ["n2", -2],
          ["n3", -3],
          ["n4", -4],
          ["n5", -5],
        ],
        0,
        0,
        "Som oordelen"
      ),
      linear(
        [
          ["S", 1],
          ["N", -3.15],
        ],
        0,
        Infinity,
        "Gemiddeld oordeel 3,2 (ondergrens)"
      ),
      linear(
        [
          ["S", 1],
          ["N", -3.25],
        ],
        -Infinity,
        0,
        "Gemiddeld oordeel 3,2 (bovengrens)"
      ),
    ];
    const result = protectSuppression(variables, relations);
    // n1 + 1, n3 − 2, n5 + 1 keeps both the total and the sum of ratings: 8 per step against 14 for n4, n5
    expect(result.secondary).toEqual(["n3", "n5"]);
    expect(result.audit).toEqual(
      new Map([
        ["n1", { min: 1, max: 2, passes: true, exact: true }],
        // n2 = 1 would need 2·n3 + 4·n5 = 15: no whole counts do that
        ["n2", { min: 2, max: 4, passes: true, exact: true }],
        ["n3", { min: 0, max: 3, passes: true, exact: true }],
        ["n5", { min: 2, max: 3, passes: true, exact: true }],
      ])
    );
  });

  it("protects the percentage's numerator by hiding its denominator (attack 4)", () => {
    const variables = [
      count("opgestart", 30),
      count("zelfmelder", 4, { hidden: UNDER_5 }),
      count("huisarts", 16),
      count("wijkteam", 10, { hidden: true }),
    ];
    const relations = [
      sum("opgestart", ["zelfmelder", "huisarts", "wijkteam"], "Totaal verwijzers"),
      linear(
        [
          ["zelfmelder", 1],
          ["opgestart", -0.125],
        ],
        0,
        Infinity,
        "Zelfmelders 13% (ondergrens)"
      ),
      linear(
        [
          ["zelfmelder", 1],
          ["opgestart", -0.135],
        ],
        -Infinity,
        0,
        "Zelfmelders 13% (bovengrens)"
      ),
    ];
    const result = protectSuppression(variables, relations);
    expect(result.secondary).toEqual(["opgestart"]);
    expect(result.audit.get("zelfmelder")!.passes).toBe(true);
    expect(result.audit.get("wijkteam")!.passes).toBe(true);
    const reaudit = auditSuppression(
      variables.map((v) => (v.id === "opgestart" ? { ...v, suppressed: true } : v)),
      relations
    );
    expect(reaudit.get("zelfmelder")).toEqual(result.audit.get("zelfmelder"));
    expect(result.audit).toEqual(
      new Map([
        // z = 3 needs 22.2 ≤ opgestart ≤ 24, z = 1 or 2 no whole opgestart at all
        ["zelfmelder", { min: 3, max: 4, passes: true, exact: true }],
        ["wijkteam", { min: 4, max: 12, passes: true, exact: true }],
        ["opgestart", { min: 23, max: 32, passes: true, exact: true }],
      ])
    );
  });

  it("suppresses a 2 × 2 rectangle in a crosstab with margins", () => {
    // rows A, B × columns x, y; A.x = 2 is "<5"
    const cells = [
      count("A.x", 2, { hidden: UNDER_5 }),
      count("A.y", 30),
      count("B.x", 20),
      count("B.y", 40),
      count("A", 32),
      count("B", 60),
      count("x", 22),
      count("y", 70),
      count("T", 92),
    ];
    const relations = [
      sum("A", ["A.x", "A.y"], "Rij A"),
      sum("B", ["B.x", "B.y"], "Rij B"),
      sum("x", ["A.x", "B.x"], "Kolom x"),
      sum("y", ["A.y", "B.y"], "Kolom y"),
      sum("T", ["A", "B"], "Totaal"),
    ];
    const result = protectSuppression(cells, relations);
    expect(new Set(result.secondary)).toEqual(new Set(["A.y", "B.x", "B.y"]));
    expect(result.audit.get("A.x")).toEqual({ min: 1, max: 4, passes: true, exact: true });
  });

  it("hides a table whole when it may try no single cells (maxRounds 0)", () => {
    const variables = [
      count("t", 20, { groups: ["Tabel"] }),
      count("a", 2, { hidden: UNDER_5, groups: ["Tabel"] }),
      count("b", 18, { groups: ["Tabel"] }),
      count("e", 8, { groups: ["Ander"] }),
    ];
    const result = protectSuppression(variables, [sum("t", ["a", "b"], "Totaal")], {
      maxRounds: 0,
    });
    expect(result.wholeGroups).toEqual(["Tabel"]);
    expect(new Set(result.suppressed)).toEqual(new Set(["t", "a", "b"]));
    expect(result.audit.get("a")?.passes).toBe(true);
  });

  it("gives up on a cell that not even hiding every cell protects, without hiding a table for nothing", () => {
    const variables = [
      count("t", 5, { cost: Infinity }),
      count("a", 2, { hidden: UNDER_5, groups: ["Tabel", "Tweede"] }),
      count("b", 3, { cost: Infinity }),
      count("e", 8, { groups: ["Tweede"] }),
    ];
    const result = protectSuppression(variables, [sum("t", ["a", "b"], "Totaal")]);
    expect(result.wholeGroups).toEqual([]);
    expect(result.secondary).toEqual([]);
    expect(result.audit).toEqual(new Map([["a", { min: 2, max: 2, passes: false, exact: true }]]));
  });

  it("gives up at once on a cell whose mark is narrower than required", () => {
    const variables = [
      count("c", 2, { hidden: { lower: 1, upper: 2 }, required: 3, groups: ["Derde"] }),
      count("d", 9, { groups: ["Derde"] }),
      count("s", 11, { groups: ["Derde"] }),
    ];
    const result = protectSuppression(variables, [sum("s", ["c", "d"], "Totaal Derde")]);
    expect(result.wholeGroups).toEqual([]);
    expect(result.secondary).toEqual([]);
    expect(result.audit).toEqual(new Map([["c", { min: 2, max: 2, passes: false, exact: true }]]));
  });
});
