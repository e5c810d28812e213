import fc from "fast-check";
import { IntegerIndex, MAX_INTEGER_ID, integerIdOf, isIntegerId } from "../../../src/core/text";

describe("integer ids", () => {
  it("reads the texts String writes for integers from 0 to 2^31 - 1", () => {
    expect(["0", "7", "123", "1000001", "2147483647"].map(integerIdOf)).toEqual([
      0, 7, 123, 1000001, 2147483647,
    ]);
  });

  it("keeps as text whatever String would not write for such an integer", () => {
    const texts = ["0123", "00", "+5", "-5", "-0", "1.0", "1e3", " 12", "12a", "2147483648"];
    expect(texts.map(integerIdOf)).toEqual(texts.map(() => -1));
  });

  it("agrees with String on every number it keeps as a number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -0, MAX_INTEGER_ID, 2 ** 31)),
        (value) => {
          if (isIntegerId(value)) expect(integerIdOf(String(value))).toBe(value === 0 ? 0 : value);
          else expect(integerIdOf(String(value))).toBe(-1);
        }
      )
    );
  });

  describe("edge cases", () => {
    it("takes -0 as 0 and rejects fractions, negatives, NaN and infinities", () => {
      expect([-0, 0, 1.5, -1, NaN, Infinity, MAX_INTEGER_ID + 1].map(isIntegerId)).toEqual([
        true,
        true,
        false,
        false,
        false,
        false,
        false,
      ]);
    });

    it("rejects the empty text and texts longer than ten digits", () => {
      expect([integerIdOf(""), integerIdOf("12345678901")]).toEqual([-1, -1]);
    });
  });
});

describe("IntegerIndex", () => {
  it("returns the first value stored for a key, as a Map would, while growing", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 2000 }), (keys) => {
        const index = new IntegerIndex(4);
        const map = new Map<number, number>();
        keys.forEach((key, position) => {
          const expected = map.get(key) ?? -1;
          if (expected < 0) map.set(key, position);
          expect(index.findOrAdd(key, position)).toBe(expected);
        });
        expect(index.size).toBe(map.size);
      })
    );
  });

  describe("edge cases", () => {
    it("stores key 0 and the largest key, with value 0", () => {
      const index = new IntegerIndex(0);
      expect(index.findOrAdd(0, 0)).toBe(-1);
      expect(index.findOrAdd(MAX_INTEGER_ID, 0)).toBe(-1);
      expect([index.findOrAdd(0, 9), index.findOrAdd(MAX_INTEGER_ID, 9), index.size]).toEqual([
        0, 0, 2,
      ]);
    });
  });
});
