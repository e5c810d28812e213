import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

describe("bin/welzijnsmonitor.js", () => {
  it("prints the Dutch usage and exits 0 after compiling (smoke test of the installed command)", () => {
    // The one test that spawns processes: compile src/ to lib/ as `npm install` does, then run the bin.
    spawnSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(existsSync(join(ROOT, "lib", "cli", "main.js"))).toBe(true);
    const result = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "welzijnsmonitor.js"), "--help"],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "welzijnsmonitor report --cases BESTAND --period PERIODE [opties]"
    );
  }, 180_000);
});
