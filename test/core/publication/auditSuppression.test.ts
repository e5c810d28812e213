import { auditSuppression } from "../../../src/core";
import { count, linear, sum } from "./auditFixtures";

const UNDER_5 = { lower: 1, upper: 4 };

describe("auditSuppression", () => {
  it("recovers a hidden stock-flow cell exactly (attack 1: behandeld 40 − lopend 37)", () => {
    const audit = auditSuppression(
      [count("behandeld", 40), count("lopend", 37), count("afgesloten", 3, { hidden: UNDER_5 })],
      [sum("behandeld", ["lopend", "afgesloten"], "Behandeld = lopend + afgesloten")]
    );
    expect(audit).toEqual(
      new Map([["afgesloten", { min: 3, max: 3, passes: false, exact: true }]])
    );
  });

  it("recovers a hidden month through the month chain (attack 2)", () => {
    // behandeld(m+1) = behandeld(m) − afgesloten(m) + opgestart(m+1)
    const audit = auditSuppression(
      [
        count("b1", 20),
        count("b2", 21),
        count("o2", 3, { hidden: UNDER_5 }),
        count("a1", 2, { hidden: UNDER_5 }),
      ],
      [
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
      ]
    );
    // a1 − o2 = −1 with both in 1..4: each has three values left
    expect(audit.get("a1")).toEqual({ min: 1, max: 3, passes: true, exact: true });
    expect(audit.get("o2")).toEqual({ min: 2, max: 4, passes: true, exact: true });
    const leaky = auditSuppression(
      [count("b1", 20), count("b2", 21), count("o2", 3), count("a1", 2, { hidden: UNDER_5 })],
      [
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
      ]
    );
    expect(leaky.get("a1")).toEqual({ min: 2, max: 2, passes: false, exact: true });
  });

  it("recovers hidden rating counts from the rounded mean × the number of ratings (attack 3)", () => {
    // ratings 1..5 counted 1, 2, 3, 2, 2 (N = 10, S = 32, mean shown 3,2: 31.5 ≤ S ≤ 32.5)
    const ratings = [
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
    expect(auditSuppression(ratings, relations)).toEqual(
      new Map([
        ["n1", { min: 1, max: 1, passes: false, exact: true }],
        ["n2", { min: 2, max: 2, passes: false, exact: true }],
      ])
    );
    // without the mean the two cells share the rest of the total: 1..2 each
    expect(auditSuppression(ratings, relations.slice(0, 2)).get("n1")).toEqual({
      min: 1,
      max: 2,
      passes: true,
      exact: true,
    });
  });

  it("recovers a hidden referrer from the percentage × the denominator (attack 4)", () => {
    // zelfmelders 4 of 30 shown as 13%: 3.75 ≤ z ≤ 4.05; the neighbour follows from the total
    const audit = auditSuppression(
      [
        count("opgestart", 30),
        count("zelfmelder", 4, { hidden: UNDER_5 }),
        count("huisarts", 16),
        count("wijkteam", 10, { hidden: true }),
      ],
      [
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
      ]
    );
    expect(audit).toEqual(
      new Map([
        ["zelfmelder", { min: 4, max: 4, passes: false, exact: true }],
        ["wijkteam", { min: 10, max: 10, passes: false, exact: true }],
      ])
    );
  });

  it("reads a cell without relations as its mark, or as unbounded without one", () => {
    const audit = auditSuppression(
      [
        count("a", 2, { hidden: UNDER_5, required: 3 }),
        count("b", 7, { hidden: true, required: 5 }),
      ],
      []
    );
    expect(audit.get("a")).toEqual({ min: 1, max: 4, passes: true, exact: true });
    expect(audit.get("b")).toEqual({ min: 0, max: Infinity, passes: true, exact: true });
  });

  it("keeps continuous values unrounded", () => {
    const audit = auditSuppression(
      [
        { ...count("mean", 2.5, { hidden: true, required: 0.5 }), integer: false, upper: 10 },
        count("x", 3),
      ],
      [
        linear(
          [
            ["mean", 2],
            ["x", -1],
          ],
          -1,
          3,
          "Verband"
        ),
      ]
    );
    expect(audit.get("mean")).toEqual({ min: 1, max: 3, passes: true, exact: true });
  });

  describe("edge cases", () => {
    it("throws a RangeError naming a relation the true values break", () => {
      expect(() =>
        auditSuppression(
          [count("t", 10), count("a", 3), count("b", 4, { hidden: UNDER_5 })],
          [sum("t", ["a", "b"], "Totaal van tabel X")]
        )
      ).toThrow(
        new RangeError(
          'De relatie "Totaal van tabel X" klopt niet met de werkelijke waarden (som 3).'
        )
      );
    });

    it("throws a RangeError on an unknown variable or a value outside its mark", () => {
      expect(() => auditSuppression([count("t", 1)], [sum("t", ["q"], "Totaal Y")])).toThrow(
        'De relatie "Totaal Y" noemt een onbekende waarde "q".'
      );
      expect(() => auditSuppression([count("a", 7, { hidden: UNDER_5 })], [])).toThrow(RangeError);
    });

    it("returns an empty audit when nothing is suppressed", () => {
      expect(auditSuppression([count("t", 3)], []).size).toBe(0);
    });
  });
});
