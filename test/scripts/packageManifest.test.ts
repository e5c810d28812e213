import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { version as versionFunction } from "../../src/functions/functions";

const ROOT = path.join(__dirname, "..", "..");

const {
  parseAddinUrl,
  manifestVersionFor,
  packageVersion: choosePackageVersion,
  rewriteManifest,
  withManifestVersion,
  manifestAddresses,
  manifestIdentity,
} = require("../../scripts/package-manifest.js") as {
  parseAddinUrl: (text: string | undefined) => { url: string } | { error: string };
  manifestVersionFor: (version: string) => string;
  packageVersion: (
    text: string | undefined,
    sourceVersion: string
  ) => { version: string } | { error: string };
  withManifestVersion: (xml: string, version: string) => string;
  rewriteManifest: (xml: string, options: { url: string; version: string }) => string;
  manifestAddresses: (xml: string) => { urls: string[]; appDomains: string[] };
  manifestIdentity: (xml: string) => { id: string; version: string };
};
const { checkPackage, hasXmllint } = require("../../scripts/package.js") as {
  checkPackage: (
    folder: string,
    url: string,
    version: string,
    options?: { xmllint?: boolean }
  ) => string[];
  hasXmllint: (env?: NodeJS.ProcessEnv) => boolean;
};

const URL_BASE = "https://intranet.voorbeeld.nl/welzijnsmonitor/";
const sourceManifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const packageVersion = (
  JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
).version;

describe("parseAddinUrl", () => {
  it("adds the closing slash", () => {
    expect(parseAddinUrl("https://intranet.voorbeeld.nl/welzijnsmonitor")).toEqual({
      url: URL_BASE,
    });
  });

  it("keeps an address that already ends in a slash, and a port", () => {
    expect(parseAddinUrl("https://apps.voorbeeld.nl:8443/")).toEqual({
      url: "https://apps.voorbeeld.nl:8443/",
    });
  });

  describe("edge cases", () => {
    it.each([
      ["http://intranet.voorbeeld.nl/welzijnsmonitor/", /moet met https:\/\/ beginnen/],
      ["intranet.voorbeeld.nl/welzijnsmonitor/", /geen geldig adres/],
      [undefined, /Geef het adres op/],
      ["  ", /Geef het adres op/],
      ["https://intranet.voorbeeld.nl/pad/?versie=2", /\?-deel/],
      ["https://beheer:geheim@intranet.voorbeeld.nl/pad/", /wachtwoord/],
      ["https://localhost:3000/", /localhost/],
      ["https://127.0.0.1/pad/", /localhost/],
      ["https://intranet.voorbeeld.nl/a&b/", /geen & bevatten/],
    ])("refuses %p", (text, message) => {
      const result = parseAddinUrl(text);
      expect("error" in result && result.error).toMatch(message);
    });
  });
});

describe("manifestVersionFor", () => {
  it("gives a three-part version a fourth part", () => {
    expect(manifestVersionFor("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersionFor("1.2.3.4")).toBe("1.2.3.4");
  });

  it("refuses a pre-release version", () => {
    expect(() => manifestVersionFor("1.0.0-beta.1")).toThrow(/past niet in een manifest/);
  });
});

describe("rewriteManifest", () => {
  const xml = rewriteManifest(sourceManifest, { url: URL_BASE, version: "2.3.4" });

  it("points every address at the given base", () => {
    const { urls } = manifestAddresses(xml);
    expect(urls.length).toBe(manifestAddresses(sourceManifest).urls.length);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(URL_BASE)).toBe(true);
  });

  it("leaves no localhost and drops the development AppDomain", () => {
    expect(xml).not.toMatch(/localhost/);
    expect(xml).not.toMatch(/<AppDomains?>/);
    expect(sourceManifest).toContain("<AppDomain>https://localhost:3000</AppDomain>");
  });

  it("sets the version and keeps the id", () => {
    expect(manifestIdentity(xml)).toEqual({
      id: manifestIdentity(sourceManifest).id,
      version: "2.3.4.0",
    });
  });
});

describe("packageVersion (--versie)", () => {
  it("takes package.json's version when none is given", () => {
    expect(choosePackageVersion(undefined, "0.1.0")).toEqual({ version: "0.1.0" });
  });

  it("takes a higher version, three or four numbers", () => {
    expect(choosePackageVersion("0.1.0.1", "0.1.0")).toEqual({ version: "0.1.0.1" });
    expect(choosePackageVersion(" 0.2.0 ", "0.1.0")).toEqual({ version: "0.2.0" });
    expect(choosePackageVersion("0.1.0", "0.1.0")).toEqual({ version: "0.1.0" });
  });

  describe("edge cases", () => {
    it.each([
      ["0.0.9", /--versie 0\.0\.9 is lager dan de versie van de broncode \(0\.1\.0\)/],
      ["0.0.99.1", /lager dan/],
      ["1.0", /geen versienummer.*bijvoorbeeld 0\.1\.0\.1\./],
      ["0.1.0-beta", /geen versienummer/],
      ["0.1.0.1.2", /geen versienummer/],
      ["", /geen versienummer/],
    ])("refuses %p", (text, message) => {
      const result = choosePackageVersion(text, "0.1.0");
      expect("error" in result && result.error).toMatch(message);
    });
  });

  it("sets only the add-in's own <Version>", () => {
    const xml = withManifestVersion(sourceManifest, "0.1.0.1");
    expect(manifestIdentity(xml).version).toBe("0.1.0.1");
    expect(xml.replace("<Version>0.1.0.1</Version>", "")).toBe(
      sourceManifest.replace(/<Version>[^<]*<\/Version>/, "")
    );
  });
});

describe("versions", () => {
  it("manifest.xml, package.json and WELZIJN.VERSIE agree", () => {
    expect(manifestIdentity(sourceManifest).version).toBe(manifestVersionFor(packageVersion));
    expect(versionFunction()).toBe(packageVersion);
  });
});

describe("checkPackage", () => {
  let folder = "";

  /** A folder with the rewritten manifest and an empty file for every address in it. */
  function makeFolder(): void {
    folder = mkdtempSync(path.join(tmpdir(), "welzijn-check-"));
    const xml = rewriteManifest(sourceManifest, { url: URL_BASE, version: packageVersion });
    writeFileSync(path.join(folder, "manifest.xml"), xml);
    for (const url of manifestAddresses(xml).urls) {
      const file = path.join(folder, url.slice(URL_BASE.length));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, "");
    }
    mkdirSync(path.join(folder, "office-js"));
    writeFileSync(
      path.join(folder, "office-js", "excel.js"),
      'x="http://document.localhost/_api/"'
    );
  }

  beforeEach(makeFolder);
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("finds nothing wrong with a complete folder (office.js's document.localhost is Microsoft's)", () => {
    expect(checkPackage(folder, URL_BASE, packageVersion)).toEqual([]);
  });

  it("reports a file the manifest points at that is not in the folder", () => {
    rmSync(path.join(folder, "assets", "icon-80.png"));
    expect(checkPackage(folder, URL_BASE, packageVersion)).toEqual([
      `manifest.xml verwijst naar ${URL_BASE}assets/icon-80.png, maar assets/icon-80.png staat niet in de map`,
    ]);
  });

  it("reports a file that still refers to the development server", () => {
    writeFileSync(path.join(folder, "taskpane.js"), 'fetch("https://localhost:3000/x")');
    expect(checkPackage(folder, URL_BASE, packageVersion)).toEqual([
      "taskpane.js verwijst nog naar localhost",
    ]);
  });

  it("reports a manifest for another address", () => {
    expect(checkPackage(folder, "https://elders.voorbeeld.nl/", packageVersion)).toContain(
      `manifest.xml verwijst naar ${URL_BASE}taskpane.html, buiten https://elders.voorbeeld.nl/`
    );
  });

  it("reports a manifest version that is not the package's", () => {
    expect(checkPackage(folder, URL_BASE, "9.9.9")).toEqual([
      `manifest.xml heeft versie ${manifestVersionFor(packageVersion)}, verwacht 9.9.9 (9.9.9.0)`,
    ]);
  });

  it("without xmllint (as on Windows) skips only the XML check", () => {
    // A manifest xmllint would refuse (unclosed element): found with xmllint, skipped without.
    const file = path.join(folder, "manifest.xml");
    writeFileSync(file, readFileSync(file, "utf8").replace("</Hosts>", ""));
    expect(() => checkPackage(folder, URL_BASE, packageVersion)).toThrow();
    expect(checkPackage(folder, URL_BASE, packageVersion, { xmllint: false })).toEqual([]);
    writeFileSync(path.join(folder, "taskpane.js"), 'fetch("https://localhost:3000/x")');
    expect(checkPackage(folder, URL_BASE, packageVersion, { xmllint: false })).toEqual([
      "taskpane.js verwijst nog naar localhost",
    ]);
  });

  it("knows whether xmllint can be started", () => {
    expect(hasXmllint()).toBe(true);
    expect(hasXmllint({ PATH: path.join(folder, "geen-bin") })).toBe(false);
  });
});

describe("docs/installatie.md", () => {
  const doc = readFileSync(path.join(ROOT, "docs", "installatie.md"), "utf8");

  // What Excel 2021 (volume licensed, version 2108) has, from Microsoft's requirement set tables:
  // SharedRuntime 1.1 (1.2 only from Excel 2024), ExcelApi up to 1.14, CustomFunctionsRuntime 1.3.
  const inExcel2021: Record<string, string> = {
    SharedRuntime: "1.1",
    ExcelApi: "1.14",
    CustomFunctionsRuntime: "1.3",
  };
  const newer = (a: string, b: string): boolean => {
    const [a1 = 0, a2 = 0] = a.split(".").map(Number);
    const [b1 = 0, b2 = 0] = b.split(".").map(Number);
    return a1 !== b1 ? a1 > b1 : a2 > b2;
  };

  it("promises Excel 2021 only while every requirement set in manifest.xml is in Excel 2021", () => {
    expect(doc).toContain("**Excel 2021, Microsoft 365 (Windows, Mac) en Excel op het web**");
    const defaultMin = /<Sets DefaultMinVersion="([\d.]+)"/.exec(sourceManifest)?.[1] ?? "1.1";
    const sets = [...sourceManifest.matchAll(/<Set\s([^>]*)\/>/g)].map((m) => ({
      name: /Name="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? "",
      min: /MinVersion="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? defaultMin,
    }));
    expect(sets.map((s) => s.name)).toContain("SharedRuntime");
    const beyond = sets
      .filter((s) => !(s.name in inExcel2021) || newer(s.min, inExcel2021[s.name] ?? "0"))
      .map((s) => `${s.name} ${s.min}`);
    // A set listed here: check Microsoft's tables and change the table in docs/installatie.md.
    expect(beyond).toEqual([]);
  });

  it("shows the package command that package.json defines", () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    expect(scripts.package).toBe("node scripts/package.js");
    expect(doc).toContain(
      "npm run package -- --url https://intranet.voorbeeld.nl/welzijnsmonitor/"
    );
  });
});
