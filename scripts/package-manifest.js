"use strict";
/**
 * The production manifest of a hosted package (`npm run package`, scripts/package.js) and of
 * `npm run build` (webpack.config.js): the add-in's address, the version from package.json, and
 * the checks that the manifest points only at files of the folder it is in.
 *
 *   const { parseAddinUrl, rewriteManifest } = require("./package-manifest.js");
 *   const { url } = parseAddinUrl("https://intranet.voorbeeld.nl/welzijnsmonitor");
 *   // url === "https://intranet.voorbeeld.nl/welzijnsmonitor/"
 *   rewriteManifest(xml, { url, version: "0.1.0" });
 */

/** The address of the development server in manifest.xml (webpack-dev-server, `npm start`). */
const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

const EXAMPLE = "https://intranet.voorbeeld.nl/welzijnsmonitor/";

/**
 * Checks the address where the package will be hosted; adds the closing "/" when it is missing.
 * @param {string | undefined} text - what the user gave after --url
 * @returns {{ url: string } | { error: string }} the address (always ending in "/") or a Dutch reason
 * @example parseAddinUrl("https://host/pad") // { url: "https://host/pad/" }
 * @example parseAddinUrl("http://host/pad/") // { error: "Het adres moet met https:// beginnen ..." }
 */
function parseAddinUrl(text) {
  if (text === undefined || text.trim() === "")
    return { error: `Geef het adres op waar de map komt te staan, bijvoorbeeld --url ${EXAMPLE}` };
  let parsed;
  try {
    parsed = new URL(text.trim());
  } catch {
    return { error: `"${text}" is geen geldig adres (voorbeeld: ${EXAMPLE}).` };
  }
  if (parsed.protocol !== "https:")
    return {
      error: `Het adres moet met https:// beginnen: Excel laadt invoegtoepassingen alleen via HTTPS (opgegeven: ${text}).`,
    };
  if (parsed.username || parsed.password || parsed.search || parsed.hash)
    return {
      error: `Het adres mag geen gebruikersnaam, wachtwoord, ?-deel of #-deel bevatten (opgegeven: ${text}).`,
    };
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(parsed.hostname))
    return {
      error:
        "Het adres wijst naar deze computer (localhost): daar kunnen collega's niet bij. " +
        "Om zelf te proberen is geen pakket nodig: zie docs/sideloading.md (npm run dev-server).",
    };
  // "&" would have to be written &amp; in the manifest's XML; no hosting needs it.
  if (parsed.pathname.includes("&"))
    return { error: `Het adres mag geen & bevatten (opgegeven: ${text}).` };
  if (!parsed.pathname.endsWith("/")) parsed.pathname += "/";
  return { url: parsed.href };
}

/**
 * The manifest's four-part version for a package.json version ("0.1.0" → "0.1.0.0").
 * @param {string} version - package.json's version
 * @returns {string}
 * @throws {Error} for a pre-release or build suffix ("1.0.0-beta"), which a manifest cannot hold
 */
function manifestVersionFor(version) {
  if (!/^\d+\.\d+\.\d+(\.\d+)?$/.test(version))
    throw new Error(`versie "${version}" past niet in een manifest (alleen cijfers: 1.2.3)`);
  return version.split(".").length === 3 ? `${version}.0` : version;
}

/**
 * The version for a package: package.json's, or the one the administrator gives with --versie
 * (to publish the same source again, e.g. for a new address, under a higher manifest version).
 * @param {string | undefined} text - what the user gave after --versie (undefined: not given)
 * @param {string} sourceVersion - package.json's version
 * @returns {{ version: string } | { error: string }} the version (digits and dots) or a Dutch reason
 * @example packageVersion(undefined, "0.1.0") // { version: "0.1.0" }
 * @example packageVersion("0.1.0.1", "0.1.0") // { version: "0.1.0.1" }
 * @example packageVersion("0.0.9", "0.1.0") // { error: "--versie 0.0.9 is lager dan ..." }
 */
function packageVersion(text, sourceVersion) {
  if (text === undefined) return { version: sourceVersion };
  const given = text.trim();
  const example = manifestVersionFor(sourceVersion).replace(/\d+$/, (n) => String(Number(n) + 1));
  if (!/^\d{1,5}\.\d{1,5}\.\d{1,5}(\.\d{1,5})?$/.test(given))
    return {
      error: `--versie "${text}" is geen versienummer: geef drie of vier getallen met punten, bijvoorbeeld ${example}.`,
    };
  const a = manifestVersionFor(given).split(".").map(Number);
  const b = manifestVersionFor(sourceVersion).split(".").map(Number);
  const i = a.findIndex((n, k) => n !== b[k]);
  if (i >= 0 && (a[i] ?? 0) < (b[i] ?? 0))
    return {
      error: `--versie ${given} is lager dan de versie van de broncode (${sourceVersion}); kies een hoger nummer, bijvoorbeeld ${example}.`,
    };
  return { version: given };
}

/**
 * The manifest for hosting at `url`: every development address replaced by `url`, the
 * development AppDomain removed (the add-in's own domain needs none) and <Version> set.
 * @param {string} xml - manifest.xml as in the repository
 * @param {{ url: string, version: string }} options - address from parseAddinUrl, package.json version
 * @returns {string}
 * @example rewriteManifest(xml, { url: "https://host/pad/", version: "0.1.0" })
 */
function rewriteManifest(xml, { url, version }) {
  const hosted = xml
    .split(DEV_URL)
    .join(url)
    .replace(new RegExp(`[ \\t]*<AppDomain>${DEV_ORIGIN}</AppDomain>\\r?\\n?`, "g"), "")
    .replace(/[ \t]*<AppDomains>\s*<\/AppDomains>\r?\n?/, "");
  return withManifestVersion(hosted, version);
}

/**
 * The manifest with another <Version> (the first one: the add-in's own, not a VersionOverrides').
 * @param {string} xml
 * @param {string} version - three or four numbers ("0.1.0.1")
 * @returns {string}
 * @example withManifestVersion(xml, "0.1.0.1") // ...<Version>0.1.0.1</Version>...
 */
function withManifestVersion(xml, version) {
  return xml.replace(
    /<Version>[^<]*<\/Version>/,
    `<Version>${manifestVersionFor(version)}</Version>`
  );
}

/**
 * Every address in a manifest: URL attributes (icons, pages, scripts, metadata, their overrides)
 * and AppDomains. Namespace declarations (xmlns) are not addresses and are left out.
 * @param {string} xml
 * @returns {{ urls: string[], appDomains: string[] }}
 */
function manifestAddresses(xml) {
  const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
  const appDomains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim());
  return { urls, appDomains };
}

/**
 * The manifest's <Id> and <Version>.
 * @param {string} xml
 * @returns {{ id: string, version: string }}
 */
function manifestIdentity(xml) {
  return {
    id: (/<Id>([^<]*)<\/Id>/.exec(xml) ?? [])[1] ?? "",
    version: (/<Version>([^<]*)<\/Version>/.exec(xml) ?? [])[1] ?? "",
  };
}

module.exports = {
  DEV_URL,
  parseAddinUrl,
  manifestVersionFor,
  packageVersion,
  rewriteManifest,
  withManifestVersion,
  manifestAddresses,
  manifestIdentity,
};
