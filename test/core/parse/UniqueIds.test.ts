import fc from "fast-check";
import { UniqueIds } from "../../../src/core/parse/UniqueIds";
import { isIntegerId } from "../../../src/core/text";

/** Adds ids as the case table parser does: integer cells as numbers, the rest as text. */
function addAll(ids: UniqueIds, values: readonly (number | string)[]): number[] {
  return values.map((value) =>
    typeof value === "number" && isIntegerId(value)
      ? ids.addInteger(value)
      : ids.addText(String(value))
  );
}

/** What a Map of the id texts answers: -1 for new, else the position of the first. */
function expectedAnswers(values: readonly (number | string)[]): {
  answers: number[];
  texts: string[];
} {
  const positions = new Map<string, number>();
  const answers = values.map((value) => {
    const text = String(value);
    const earlier = positions.get(text);
    if (earlier !== undefined) return earlier;
    positions.set(text, positions.size);
    return -1;
  });
  return { answers, texts: [...positions.keys()] };
}

const idArbitrary = fc.oneof(
  fc.integer({ min: 0, max: 60 }),
  fc.integer({ min: 0, max: 2 ** 31 + 5 }),
  fc.integer({ min: -5, max: 5 }).map(String),
  fc.constantFrom("007", "7", "C9", "C10", "K-1", "1.5", 1.5, -3),
  fc.string({ minLength: 1, maxLength: 14 }).filter((text) => text.trim() === text && text !== "")
);

describe("UniqueIds", () => {
  it("finds repeated ids like a Map of their texts, in any order (123 ≡ '123')", () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { maxLength: 300 }), fc.boolean(), (values, sortFirst) => {
        const input = sortFirst
          ? [...values].sort((a, b) => {
              const [x, y] = [String(a), String(b)];
              return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
            })
          : values;
        const ids = new UniqueIds(input.length);
        const { answers, texts } = expectedAnswers(input);
        expect(addAll(ids, input)).toEqual(answers);
        expect(ids.size).toBe(texts.length);
        expect(ids.texts()).toEqual(texts);
        texts.forEach((text, position) => expect(ids.textAt(position)).toBe(text));
      })
    );
  });

  it("needs no lookup while the ids ascend, and finds the first repeat after that", () => {
    const ids = new UniqueIds(6);
    expect(addAll(ids, [9, 10, "C1", "C2", 100, "10"])).toEqual([-1, -1, -1, -1, -1, 1]);
  });

  it("appends a part as if its ids were added one by one, ascending runs included", () => {
    const sorted = (values: readonly (number | string)[]): (number | string)[] =>
      [...values].sort((a, b) => {
        const [x, y] = [String(a), String(b)];
        return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
      });
    fc.assert(
      fc.property(
        fc.uniqueArray(idArbitrary, { maxLength: 120, selector: String }),
        fc.nat(),
        fc.boolean(),
        fc.array(
          fc.oneof(
            idArbitrary.filter((id) => typeof id === "string"),
            fc.nat()
          ),
          { maxLength: 20 }
        ),
        (unique, rawCut, sortAll, more) => {
          // Distinct ids in two halves (a part shares none with the ids before it), often
          // ascending, then more ids that may repeat either half.
          const values = sortAll ? sorted(unique) : unique;
          const cut = rawCut % (values.length + 1);
          // Numbers pick an id of either half again (as a repeat row would), else new ids.
          const after = more.map((item) =>
            typeof item === "number" && values.length > 0 ? values[item % values.length]! : item
          );
          const one = new UniqueIds(values.length + after.length);
          addAll(one, values);
          const first = new UniqueIds(values.length + after.length);
          addAll(first, values.slice(0, cut));
          const second = new UniqueIds(values.length);
          addAll(second, values.slice(cut));
          first.append(structuredClone(second.part()));
          expect(first.part()).toEqual(one.part());
          expect(addAll(first, after)).toEqual(addAll(one, after));
          expect(first.texts()).toEqual(one.texts());
        }
      )
    );
  });

  describe("edge cases", () => {
    it("keeps -0 as the id 0 and the text '-0' apart from it", () => {
      const ids = new UniqueIds(3);
      expect([ids.addInteger(-0), ids.addText("0"), ids.addText("-0")]).toEqual([-1, 0, -1]);
      expect(ids.texts()).toEqual(["0", "-0"]);
    });

    it("is empty before the first id", () => {
      const ids = new UniqueIds(0);
      expect([ids.size, ids.texts()]).toEqual([0, []]);
    });
  });
});
