import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(__dirname, "../..");
const manifest = readFileSync(resolve(root, "manifest.xml"), "utf8");
const commands = readFileSync(resolve(root, "src/commands/commands.ts"), "utf8");

describe('the "Rapport vernieuwen" ribbon button', () => {
  it("runs the function the command script associates", () => {
    const button =
      /<Control xsi:type="Button" id="Welzijn.RefreshButton">([\s\S]*?)<\/Control>/.exec(
        manifest
      )?.[1] ?? "";
    expect(button).toContain('<Action xsi:type="ExecuteFunction">');
    const name = /<FunctionName>([^<]+)<\/FunctionName>/.exec(button)?.[1];
    expect(name).toBe("refreshReport");
    expect(commands).toContain(`Office.actions.associate("${name}", refreshReportCommand)`);
  });

  it("is labelled in Dutch", () => {
    expect(manifest).toContain(
      '<bt:String id="RefreshButton.Label" DefaultValue="Rapport vernieuwen"/>'
    );
  });

  describe("edge cases", () => {
    it("lives in the shared runtime, so it can reach the pane", () => {
      expect(manifest).toMatch(/<FunctionFile resid="Taskpane.Url"\/>/);
      expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    });
  });
});
