#!/usr/bin/env node
/**
 * Offline manifest validation (`npm run validate`): the online validator of
 * office-addin-manifest cannot run here, so xmllint checks well-formedness and the
 * checks below assert what matters for this add-in. Also used by test/manifest.
 */
const { execFileSync } = require("node:child_process");
const path = require("node:path");

/** Evaluates an XPath over local names (namespaces ignored) and returns the text result. */
function xpath(file, expression) {
  try {
    return execFileSync("xmllint", ["--xpath", expression, file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }).trim();
  } catch {
    return "";
  }
}

const el = (...names) => names.map((n) => `*[local-name()='${n}']`).join("/");

/**
 * Returns the problems found in a manifest (empty when it is fine).
 * @param {string} file - path to manifest.xml
 * @returns {string[]}
 */
function checkManifest(file) {
  execFileSync("xmllint", ["--noout", file], { stdio: ["ignore", "ignore", "pipe"] });
  const problems = [];
  const host = `/${el("OfficeApp", "VersionOverrides", "Hosts", "Host")}[@*[local-name()='type']='Workbook']`;
  const expect = (what, expr, check = (v) => v !== "") => {
    const value = xpath(file, expr);
    if (!check(value)) problems.push(`${what} (${expr} gaf "${value}")`);
    return value;
  };
  expect(
    "SharedRuntime-vereiste",
    `string(/${el("OfficeApp", "Requirements", "Sets", "Set")}[@Name='SharedRuntime']/@MinVersion)`
  );
  const runtimeRes = expect(
    "Runtime met lifetime=long",
    `string(${host}/${el("Runtimes", "Runtime")}[@lifetime='long']/@resid)`
  );
  const cf = `${host}/${el("AllFormFactors", "ExtensionPoint")}[@*[local-name()='type']='CustomFunctions']`;
  const scriptRes = expect(
    "CustomFunctions Script",
    `string(${cf}/${el("Script", "SourceLocation")}/@resid)`
  );
  const pageRes = expect(
    "CustomFunctions Page",
    `string(${cf}/${el("Page", "SourceLocation")}/@resid)`
  );
  const metaRes = expect(
    "CustomFunctions Metadata",
    `string(${cf}/${el("Metadata", "SourceLocation")}/@resid)`
  );
  const nsRes = expect("CustomFunctions Namespace", `string(${cf}/${el("Namespace")}/@resid)`);
  if (pageRes && runtimeRes && pageRes !== runtimeRes)
    problems.push("de functiepagina is niet de gedeelde runtime");
  const res = `/${el("OfficeApp", "VersionOverrides", "Resources")}`;
  for (const id of [runtimeRes, scriptRes, pageRes, metaRes]) {
    if (id)
      expect(
        `URL-resource ${id}`,
        `string(${res}/${el("Urls", "Url")}[@id='${id}']/@DefaultValue)`
      );
  }
  if (nsRes) {
    expect(
      "namespace WELZIJN",
      `string(${res}/${el("ShortStrings", "String")}[@id='${nsRes}']/@DefaultValue)`,
      (v) => v === "WELZIJN"
    );
  }
  // Every resid used anywhere must resolve to a resource.
  const used = xpath(file, `//@resid`).match(/resid="[^"]+"/g) || [];
  const defined = new Set(
    (xpath(file, `${res}//@id`).match(/id="[^"]+"/g) || []).map((s) => s.slice(4, -1))
  );
  for (const id of new Set(used.map((s) => s.slice(7, -1)))) {
    if (!defined.has(id)) problems.push(`resid "${id}" verwijst naar geen resource`);
  }
  for (const size of ["16", "32", "80"]) {
    expect(
      `pictogram ${size}px`,
      `string(${res}/${el("Images", "Image")}[@id='Icon.${size}x${size}']/@DefaultValue)`
    );
  }
  expect(
    "Nederlandse standaardtaal",
    `string(/${el("OfficeApp", "DefaultLocale")})`,
    (v) => v === "nl-NL"
  );
  return problems;
}

module.exports = { checkManifest };

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push(path.resolve(__dirname, "..", "manifest.xml"));
  let bad = 0;
  for (const file of files) {
    const problems = checkManifest(file);
    for (const p of problems) console.error(`${file}: ${p}`);
    if (problems.length === 0) console.log(`${file}: in orde`);
    bad += problems.length;
  }
  process.exit(bad ? 1 : 0);
}
