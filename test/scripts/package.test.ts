import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";

const ROOT = path.join(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "package.js");
const BASE = "https://intranet.voorbeeld.nl/welzijnsmonitor/";

const { checkManifest } = require("../../scripts/validate-manifest.js") as {
  checkManifest: (file: string) => string[];
};
const packageVersion = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

function runPackage(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")
    )
    .sort();
}

const hash = (file: string): string =>
  existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : "absent";

// One real production build (webpack, about a minute on two cores) into a temporary --uit folder.
describe(`npm run package -- --url ${BASE} --uit <tmp>`, () => {
  const out = mkdtempSync(path.join(tmpdir(), "welzijn-pakket-"));
  const folder = path.join(out, "welzijnsmonitor");
  const distManifest = path.join(ROOT, "dist", "manifest.xml");
  const distBefore = hash(distManifest);
  let run = { status: null as number | null, stdout: "", stderr: "" };
  let manifest = "";
  let files: string[] = [];

  beforeAll(() => {
    // Without the closing slash on purpose: the script adds it.
    run = runPackage(["--url", BASE.slice(0, -1), "--uit", out]);
    if (run.status !== 0) throw new Error(`package failed (${run.status}): ${run.stderr}`);
    manifest = readFileSync(path.join(folder, "manifest.xml"), "utf8");
    files = filesUnder(folder);
  }, 320_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes the folder and the versioned zip, and says so in Dutch", () => {
    expect(readdirSync(out).sort()).toEqual([
      "welzijnsmonitor",
      `welzijnsmonitor-${packageVersion}.zip`,
    ]);
    expect(run.stdout).toContain(`Adres:     ${BASE}`);
    expect(run.stdout).toContain(
      `Manifest:  id 6f1c2b7e-3d5a-4c8e-9b2f-7a4d1e0c5b93, versie ${packageVersion}.0`
    );
    expect(run.stdout).toContain("docs/installatie.md");
  });

  it("has a manifest that validates and whose every address is under the base", () => {
    expect(checkManifest(path.join(folder, "manifest.xml"))).toEqual([]);
    // Every http(s) address except the XML namespace declarations.
    const addresses = [...manifest.matchAll(/(?<!xmlns(?::\w+)?=")https?:\/\/[^"<\s]+/g)].map(
      (m) => m[0]
    );
    expect(addresses.length).toBeGreaterThan(10);
    for (const address of addresses) expect(address.startsWith(BASE)).toBe(true);
  });

  it("resolves every address in the manifest to a file in the folder", () => {
    const referenced = [
      ...new Set([...manifest.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? "")),
    ]
      .map((url) => url.slice(BASE.length))
      .sort();
    expect(referenced).toEqual([
      "assets/icon-16.png",
      "assets/icon-32.png",
      "assets/icon-64.png",
      "assets/icon-80.png",
      "functions-en-us.json",
      "functions.js",
      "functions.json",
      "taskpane.html",
    ]);
    for (const file of referenced) expect(files).toContain(file);
  });

  it("has every file taskpane.html loads (office.js, the bundles with the ribbon commands, css)", () => {
    const html = readFileSync(path.join(folder, "taskpane.html"), "utf8");
    const loaded = [...html.matchAll(/(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1] ?? "").sort();
    expect(loaded).toEqual(
      expect.arrayContaining([
        "assets/icon-32.png",
        "commands.js",
        "functions.js",
        "office-js/office.js",
        "taskpane.css",
        "taskpane.js",
      ])
    );
    for (const file of loaded) expect(files).toContain(file);
  });

  it("leaves no localhost in any file (office.js's internal document.localhost aside)", () => {
    const offenders = files.filter((file) => {
      const text = readFileSync(path.join(folder, file), "latin1");
      return /localhost/i.test(text.split("document.localhost").join(""));
    });
    expect(offenders).toEqual([]);
    const withInternal = files.filter((file) =>
      readFileSync(path.join(folder, file), "latin1").includes("document.localhost")
    );
    for (const file of withInternal) expect(file.startsWith("office-js/")).toBe(true);
  });

  it("zips the same files, byte for byte, under welzijnsmonitor/", async () => {
    const zip = await JSZip.loadAsync(
      readFileSync(path.join(out, `welzijnsmonitor-${packageVersion}.zip`))
    );
    const entries = Object.values(zip.files).filter((f) => !f.dir);
    expect(entries.map((f) => f.name).sort()).toEqual(files.map((f) => `welzijnsmonitor/${f}`));
    for (const file of ["manifest.xml", "taskpane.html", "assets/icon-80.png"]) {
      const data = await zip.file(`welzijnsmonitor/${file}`)?.async("nodebuffer");
      expect(data?.equals(readFileSync(path.join(folder, file)))).toBe(true);
    }
  });

  it("leaves dist/ as it was", () => {
    expect(hash(distManifest)).toBe(distBefore);
  });
});

describe("npm run package: edge cases", () => {
  it("refuses an http:// address with a Dutch message and exit code 2, and writes nothing", () => {
    const out = mkdtempSync(path.join(tmpdir(), "welzijn-pakket-http-"));
    try {
      const run = runPackage([
        "--url",
        "http://intranet.voorbeeld.nl/welzijnsmonitor/",
        "--uit",
        out,
      ]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Fout: Het adres moet met https:// beginnen");
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("refuses a missing --url and an unknown option", () => {
    expect(runPackage([]).stderr).toContain("Geef het adres op");
    const unknown = runPackage(["--adres", BASE]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("onbekende of onvolledige optie --adres");
  });

  it("refuses a --versie lower than the source's, before building anything", () => {
    const out = mkdtempSync(path.join(tmpdir(), "welzijn-pakket-versie-"));
    try {
      const run = runPackage(["--url", BASE, "--versie", "0.0.1", "--uit", out]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `Fout: --versie 0.0.1 is lager dan de versie van de broncode (${packageVersion})`
      );
      expect(readdirSync(out)).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("names an option without its value plainly", () => {
    expect(runPackage(["--url"]).stderr).toContain("onbekende of onvolledige optie --url.");
  });

  it("prints its Dutch help", () => {
    const help = runPackage(["--hulp"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Gebruik: npm run package -- --url https:\/\//);
    expect(help.stdout).toContain("--versie NUMMER");
  });
});
