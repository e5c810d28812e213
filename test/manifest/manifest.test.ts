import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const { checkManifest } = require("../../scripts/validate-manifest.js") as {
  checkManifest: (file: string) => string[];
};

const manifestPath = resolve(__dirname, "../../manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");

function variant(replace: (xml: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  const file = join(dir, "manifest.xml");
  writeFileSync(file, replace(manifest));
  return checkManifest(file);
}

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("passes every structural check", () => {
    expect(checkManifest(manifestPath)).toEqual([]);
  });

  it("has real icons of 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      expect(pngSize(resolve(__dirname, `../../assets/icon-${size}.png`))).toEqual([size, size]);
    }
  });

  it("names the add-in in Dutch", () => {
    expect(manifest).toContain('<DisplayName DefaultValue="Welzijnsmonitor"/>');
    expect(manifest).toMatch(
      /<Description DefaultValue="Kwartaalrapportage voor welzijnsorganisaties/
    );
  });

  describe("edge cases", () => {
    it("reports a missing SharedRuntime requirement", () => {
      const problems = variant((xml) =>
        xml.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "")
      );
      expect(problems.join()).toMatch(/SharedRuntime/);
    });

    it("reports a runtime that is not long-lived", () => {
      const problems = variant((xml) => xml.replace('lifetime="long"', 'lifetime="short"'));
      expect(problems.join()).toMatch(/lifetime=long/);
    });

    it("reports another namespace than WELZIJN", () => {
      const problems = variant((xml) =>
        xml.replace('DefaultValue="WELZIJN"', 'DefaultValue="CONTOSO"')
      );
      expect(problems.join()).toMatch(/namespace WELZIJN/);
    });

    it("reports a resid that resolves to nothing", () => {
      const problems = variant((xml) =>
        xml.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>')
      );
      expect(problems).toContain('resid "Group.Missing" verwijst naar geen resource');
    });
  });
});
