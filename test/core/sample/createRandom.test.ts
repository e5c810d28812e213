import { createRandom } from "../../../src/core/sample/createRandom";

describe("createRandom", () => {
  it("returns the same sequence for the same seed", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(
      Array.from({ length: 5 }, () => b.next())
    );
  });

  it("returns what the canonical mulberry32 returns", () => {
    // bryc's reference JavaScript of mulberry32 ("PRNGs" in bryc/code), verbatim apart from names.
    function mulberry32(a: number): () => number {
      return function () {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    const reference = mulberry32(1234);
    const random = createRandom(1234);
    for (let i = 0; i < 100; i += 1) expect(random.next()).toBe(reference());
  });

  it("returns floats in [0, 1) and integers within both bounds", () => {
    const random = createRandom(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) {
      const x = random.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = random.int(3, 6);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(6);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it("draws weighted keys in proportion to their weight", () => {
    const random = createRandom(9);
    let heads = 0;
    for (let i = 0; i < 10_000; i += 1)
      if (
        random.weighted([
          ["a", 3],
          ["b", 1],
        ] as const) === "a"
      )
        heads += 1;
    expect(heads / 10_000).toBeGreaterThan(0.72);
    expect(heads / 10_000).toBeLessThan(0.78);
  });

  it("draws normal deviates with mean 0 and standard deviation 1", () => {
    const random = createRandom(11);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(variance) - 1)).toBeLessThan(0.03);
  });

  describe("edge cases", () => {
    it("throws a RangeError when picking from an empty list or table", () => {
      const random = createRandom(1);
      expect(() => random.pick([])).toThrow(RangeError);
      expect(() => random.weighted([])).toThrow(RangeError);
    });

    it("treats seeds modulo 2^32", () => {
      expect(createRandom(2 ** 32 + 7).next()).toBe(createRandom(7).next());
    });
  });
});
