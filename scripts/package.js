#!/usr/bin/env node
"use strict";
/**
 * `npm run package -- --url https://host/pad/ [--uit map]`: the add-in ready for an organisation's
 * own HTTPS host. Runs the production build for that address (into a temporary folder, so dist/ is
 * left alone), then writes
 *
 *   <uit>/welzijnsmonitor/              the folder to put on the host, manifest.xml included
 *   <uit>/welzijnsmonitor-<versie>.zip  the same files, under welzijnsmonitor/
 *
 * (<uit> is pakket/ by default) and checks the folder offline: the manifest passes
 * scripts/validate-manifest.js (when xmllint is installed; Windows has none, so there that part is
 * skipped with a notice), points only at the address given, at files that are in the folder, and
 * carries package.json's version (or the higher one given with --versie, for publishing the same
 * source again); no file still refers to the development server.
 * Exit codes: 0 done, 1 build or check failed, 2 wrong use (bad address, unknown option).
 * For IT administrators: docs/installatie.md.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");
const JSZip = require("jszip");
const { checkManifest } = require("./validate-manifest.js");
const {
  parseAddinUrl,
  manifestVersionFor,
  packageVersion,
  withManifestVersion,
  manifestAddresses,
  manifestIdentity,
} = require("./package-manifest.js");

const ROOT = path.resolve(__dirname, "..");
const FOLDER = "welzijnsmonitor";

const HELP = `Gebruik: npm run package -- --url https://intranet.voorbeeld.nl/welzijnsmonitor/ [--uit map] [--versie 1.2.3.4]

Maakt Welzijnsmonitor klaar om op een eigen HTTPS-webserver te zetten:
  <map>/welzijnsmonitor/              de bestanden voor de webserver, met manifest.xml
  <map>/welzijnsmonitor-<versie>.zip  dezelfde bestanden als zip

Opties:
  --url ADRES      het https-adres waarop de map komt te staan (verplicht)
  --uit MAP        waar het pakket komt (standaard: pakket/); Engels: --out
  --versie NUMMER  het versienummer in het manifest (standaard: dat van de broncode); alleen
                   nodig om dezelfde broncode opnieuw uit te geven, bijvoorbeeld voor een nieuw
                   adres: verhoog dan het laatste getal (0.1.0 wordt 0.1.0.1); Engels: --version
  -h, --help, --hulp  deze uitleg

Daarna: docs/installatie.md.`;

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
function listFiles(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath ?? entry.path, entry.name))
        .split(path.sep)
        .join("/")
    )
    .sort();
}

/**
 * What is wrong with a package folder for hosting at `url` (empty when nothing is).
 * @param {string} folder - the package folder, manifest.xml inside
 * @param {string} url - the address from parseAddinUrl
 * @param {string} version - the package's version (package.json's, or --versie)
 * @param {{ xmllint?: boolean }} [options] - xmllint: false skips scripts/validate-manifest.js
 * @returns {string[]} Dutch problem descriptions
 */
function checkPackage(folder, url, version, { xmllint = true } = {}) {
  const manifestFile = path.join(folder, "manifest.xml");
  if (!fs.existsSync(manifestFile)) return ["manifest.xml ontbreekt in de map"];
  const problems = xmllint ? checkManifest(manifestFile).map((p) => `manifest.xml: ${p}`) : [];
  const xml = fs.readFileSync(manifestFile, "utf8");
  const { urls, appDomains } = manifestAddresses(xml);
  for (const address of urls) {
    if (!address.startsWith(url)) {
      problems.push(`manifest.xml verwijst naar ${address}, buiten ${url}`);
      continue;
    }
    const file = decodeURIComponent(address.slice(url.length));
    if (!fs.existsSync(path.join(folder, file)) || !fs.statSync(path.join(folder, file)).isFile())
      problems.push(`manifest.xml verwijst naar ${address}, maar ${file} staat niet in de map`);
  }
  const origin = new URL(url).origin;
  for (const domain of appDomains) {
    if (domain !== origin) problems.push(`manifest.xml noemt AppDomain ${domain}`);
  }
  const expected = manifestVersionFor(version);
  const actual = manifestIdentity(xml).version;
  if (actual !== expected)
    problems.push(`manifest.xml heeft versie ${actual}, verwacht ${version} (${expected})`);
  for (const file of listFiles(folder)) {
    // Microsoft's office.js names its own internal "document.localhost"; that is no server of ours.
    const text = fs
      .readFileSync(path.join(folder, file), "latin1")
      .split("document.localhost")
      .join("");
    if (/localhost/i.test(text)) problems.push(`${file} verwijst nog naar localhost`);
  }
  return problems;
}

/**
 * Whether xmllint (which scripts/validate-manifest.js runs) can be started.
 * @param {NodeJS.ProcessEnv} [env] - the environment to look in (its PATH)
 * @returns {boolean}
 */
function hasXmllint(env = process.env) {
  const run = spawnSync("xmllint", ["--version"], { env, stdio: "ignore" });
  return !run.error;
}

/** Writes the folder's files into a zip under `${FOLDER}/`. */
async function writeZip(folder, zipFile) {
  const zip = new JSZip();
  for (const file of listFiles(folder)) {
    zip.file(`${FOLDER}/${file}`, fs.readFileSync(path.join(folder, file)));
  }
  const data = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
  fs.writeFileSync(zipFile, data);
}

/** "24,1 MB" */
function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(1).replace(".", ",")} MB`;
}

/** A path for the summary: relative to the working folder when it is inside it. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/**
 * Runs the command; returns the exit code.
 * @param {string[]} argv - the arguments after `node scripts/package.js`
 * @returns {Promise<number>}
 */
async function main(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: "string" },
        uit: { type: "string" },
        out: { type: "string" },
        versie: { type: "string" },
        version: { type: "string" },
        help: { type: "boolean", short: "h" },
        hulp: { type: "boolean" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const option = /'(-[^' ]+)/.exec(String(error.message))?.[1];
    console.error(
      `Fout: ${option ? `onbekende of onvolledige optie ${option}` : "onjuiste opties"}.\n\n${HELP}`
    );
    return 2;
  }
  if (values.help || values.hulp) {
    console.log(HELP);
    return 0;
  }
  const parsed = parseAddinUrl(values.url);
  if ("error" in parsed) {
    console.error(`Fout: ${parsed.error}`);
    return 2;
  }
  const { url } = parsed;
  const source = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  const chosen = packageVersion(values.versie ?? values.version, source);
  if ("error" in chosen) {
    console.error(`Fout: ${chosen.error}`);
    return 2;
  }
  const { version } = chosen;
  const out = path.resolve(values.uit ?? values.out ?? path.join(ROOT, "pakket"));
  const folder = path.join(out, FOLDER);
  const zipFile = path.join(out, `${FOLDER}-${version}.zip`);

  console.log(`Productiebuild maken voor ${url} (duurt ongeveer een minuut)…`);
  const build = fs.mkdtempSync(path.join(os.tmpdir(), "welzijnsmonitor-pakket-"));
  try {
    const run = spawnSync(
      process.execPath,
      [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", build],
      {
        cwd: ROOT,
        env: { ...process.env, WELZIJN_ADDIN_URL: url },
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    if (run.status !== 0) {
      console.error(`${run.stdout ?? ""}${run.stderr ?? ""}`);
      console.error(
        "Fout: de productiebuild is mislukt (zie hierboven); er is geen pakket gemaakt."
      );
      return 1;
    }
    fs.mkdirSync(out, { recursive: true });
    fs.rmSync(folder, { recursive: true, force: true });
    fs.cpSync(build, folder, { recursive: true });
    if (version !== source) {
      const manifestFile = path.join(folder, "manifest.xml");
      const xml = fs.readFileSync(manifestFile, "utf8");
      fs.writeFileSync(manifestFile, withManifestVersion(xml, version));
    }
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }

  const xmllint = hasXmllint();
  if (!xmllint)
    console.warn(
      "Let op: xmllint staat niet op deze computer (op Windows is dat normaal); de XML-controle van " +
        "het manifest is overgeslagen. De overige controles zijn wel gedaan."
    );
  const problems = checkPackage(folder, url, version, { xmllint });
  if (problems.length > 0) {
    console.error(`Fout: het pakket in ${shown(folder)} is niet in orde:`);
    for (const problem of problems) console.error(`  - ${problem}`);
    return 1;
  }
  fs.rmSync(zipFile, { force: true });
  await writeZip(folder, zipFile);

  const files = listFiles(folder);
  const size = files.reduce((sum, f) => sum + fs.statSync(path.join(folder, f)).size, 0);
  const { id, version: manifestVersion } = manifestIdentity(
    fs.readFileSync(path.join(folder, "manifest.xml"), "utf8")
  );
  console.log(`Pakket klaar; manifest gecontroleerd (offline${xmllint ? "" : ", zonder xmllint"}).
  Map:       ${shown(folder)}${path.sep} (${files.length} bestanden, ${megabytes(size)})
  Zip:       ${shown(zipFile)} (${megabytes(fs.statSync(zipFile).size)})
  Manifest:  id ${id}, versie ${manifestVersion}
  Adres:     ${url}
Volgende stap: zet de inhoud van de map op dat adres (controleer ${url}taskpane.html in een browser)
en verspreid manifest.xml onder de gebruikers. Zie docs/installatie.md.`);
  return 0;
}

module.exports = { checkPackage, hasXmllint, listFiles, main };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`Fout: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  );
}
