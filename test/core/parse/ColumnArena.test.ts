import { ColumnArena } from "../../../src/core/parse/ColumnArena";

describe("ColumnArena", () => {
  it("hands out zeroed, aligned columns of one buffer as planned", () => {
    const arena = new ColumnArena(ColumnArena.bytesFor({ float64: 1, int32: 2, int8: 1 }, 5));
    const bytes = arena.int8(5);
    const days = arena.float64(5);
    const codes = arena.int32(5);
    const mask = arena.uint32(5);
    expect(new Set([bytes.buffer, days.buffer, codes.buffer, mask.buffer]).size).toBe(1);
    expect([bytes.byteOffset, days.byteOffset, codes.byteOffset, mask.byteOffset]).toEqual([
      0, 8, 48, 68,
    ]);
    expect([...days, ...codes, ...mask, ...bytes].every((value) => value === 0)).toBe(true);
    days[4] = 1.5;
    codes[0] = -1;
    expect([days[4], codes[0], mask[0], bytes[4]]).toEqual([1.5, -1, 0, 0]);
  });

  describe("edge cases", () => {
    it("gives a column of its own when the plan was short", () => {
      const arena = new ColumnArena(ColumnArena.bytesFor({ int32: 1 }, 2));
      const first = arena.int32(2);
      const second = arena.float64(2);
      expect(second.buffer).not.toBe(first.buffer);
      expect(Array.from(second)).toEqual([0, 0]);
    });

    it("uses an ArrayBuffer where the platform has no SharedArrayBuffer", () => {
      const shared = Object.getOwnPropertyDescriptor(globalThis, "SharedArrayBuffer");
      Reflect.deleteProperty(globalThis, "SharedArrayBuffer");
      try {
        const codes = new ColumnArena(ColumnArena.bytesFor({ int32: 1 }, 3)).int32(3);
        expect(codes.buffer).toBeInstanceOf(ArrayBuffer);
        expect(Array.from(codes)).toEqual([0, 0, 0]);
      } finally {
        if (shared) Object.defineProperty(globalThis, "SharedArrayBuffer", shared);
      }
    });

    it("plans room for the alignment of each column", () => {
      expect(ColumnArena.bytesFor({ float64: 2, int8: 1 }, 10)).toBe(2 * 80 + 10 + 7 * 3);
      expect(ColumnArena.bytesFor({ int32: 1.5 }, 4)).toBe(24 + 7 * 2);
    });
  });
});
