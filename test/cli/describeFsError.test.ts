import { describeFsError } from "../../src/cli/describeFsError";

const fsError = (code: string, message: string): Error =>
  Object.assign(new Error(message), { code });

describe("describeFsError", () => {
  it("says what a known errno code means, in Dutch", () => {
    expect(describeFsError(fsError("ENOSPC", "ENOSPC: no space left on device, write"))).toBe(
      "de schijf is vol"
    );
    expect(describeFsError(fsError("EFBIG", "EFBIG: file too large, write"))).toBe(
      "het bestand wordt groter dan toegestaan (limiet op de bestandsgrootte)"
    );
    expect(describeFsError(fsError("EROFS", "EROFS: read-only file system"))).toBe(
      "het bestandssysteem is alleen-lezen"
    );
  });

  describe("edge cases", () => {
    it("names an unknown code in a Dutch sentence, never Node's English message", () => {
      expect(describeFsError(fsError("ESTRANGE", "ESTRANGE: something odd happened"))).toBe(
        "systeemfout ESTRANGE"
      );
    });

    it("says it is unknown for an error without a code", () => {
      expect(describeFsError(new Error("boom"))).toBe("onbekende systeemfout");
      expect(describeFsError(undefined)).toBe("onbekende systeemfout");
    });
  });
});
