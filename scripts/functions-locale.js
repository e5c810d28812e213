#!/usr/bin/env node
"use strict";
/**
 * English metadata of the WELZIJN custom functions: functions.json (Dutch, made by
 * CustomFunctionsMetadataPlugin) with the names and help of src/functions/locales/en-us.json and,
 * for the KPI functions, src/functions/generated/kpiFunctions.en-us.json (generated from the KPI
 * registry), as functions-en-us.json. manifest.xml points Excel in en-US at it (<bt:Override>). Ids stay the same,
 * so a workbook works in both languages. Two ways to run it:
 *
 *   - in webpack, after CustomFunctionsMetadataPlugin (also serves the file from the dev server):
 *       const { FunctionsLocalePlugin } = require("./scripts/functions-locale.js");
 *       plugins: [new CustomFunctionsMetadataPlugin({...}), new FunctionsLocalePlugin(), ...]
 *   - after a build:  node scripts/functions-locale.js [distDir]
 *
 * Both fail when a function or parameter has no English entry, so that a new function cannot ship
 * without one.
 */
const fs = require("node:fs");
const path = require("node:path");

/**
 * The English metadata for Dutch metadata.
 * @param {{ functions: object[] }} metadata - the contents of functions.json
 * @param {{ functions: Record<string, object>, parameters: Record<string, object> }} english - en-us.json
 * @returns {{ metadata: object, missing: string[] }}
 */
function localizeMetadata(metadata, english) {
  const missing = [];
  const functions = metadata.functions.map((fn) => {
    const entry = english.functions[fn.id];
    if (!entry) missing.push(`functie ${fn.id}`);
    const parameters = fn.parameters.map((parameter) => {
      const translated = english.parameters[parameter.name];
      if (!translated) missing.push(`parameter ${parameter.name} van ${fn.id}`);
      return { ...parameter, ...(translated ?? {}) };
    });
    return {
      ...fn,
      name: entry?.name ?? fn.name,
      description: entry?.description ?? fn.description,
      parameters,
    };
  });
  return { metadata: { ...metadata, functions }, missing };
}

function main() {
  const dist = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "dist"));
  const source = path.join(dist, "functions.json");
  if (!fs.existsSync(source)) {
    console.error(`functions-locale: ${source} ontbreekt; draai eerst npm run build.`);
    process.exit(2);
  }
  const { metadata, missing } = localizeMetadata(
    JSON.parse(fs.readFileSync(source, "utf8")),
    readEnglish()
  );
  if (missing.length > 0) {
    console.error(
      `functions-locale: geen Engelse tekst voor ${missing.join(", ")} (src/functions/locales/en-us.json).`
    );
    process.exit(1);
  }
  fs.writeFileSync(
    path.join(dist, "functions-en-us.json"),
    JSON.stringify(metadata, null, 2) + "\n"
  );
  console.log(
    `functions-locale: ${path.join(dist, "functions-en-us.json")} (${metadata.functions.length} functies)`
  );
}

/** locales/en-us.json with the generated English entries of the KPI functions added. */
function readEnglish() {
  const functionsDir = path.join(__dirname, "..", "src", "functions");
  const read = (file) => JSON.parse(fs.readFileSync(path.join(functionsDir, file), "utf8"));
  const english = read("locales/en-us.json");
  const kpis = read("generated/kpiFunctions.en-us.json");
  return { ...english, functions: { ...kpis.functions, ...english.functions } };
}

/** Webpack plugin: emits functions-en-us.json next to the functions.json asset. */
class FunctionsLocalePlugin {
  constructor(options = {}) {
    this.source = options.source ?? "functions.json";
    this.output = options.output ?? "functions-en-us.json";
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FunctionsLocalePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsLocalePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported its own errors
          const { metadata, missing } = localizeMetadata(
            JSON.parse(asset.source.source().toString()),
            readEnglish()
          );
          if (missing.length > 0) {
            compilation.errors.push(
              new WebpackError(
                `Geen Engelse tekst voor ${missing.join(", ")} (src/functions/locales/en-us.json).`
              )
            );
            return;
          }
          compilation.emitAsset(
            this.output,
            new sources.RawSource(JSON.stringify(metadata, null, 2) + "\n")
          );
        }
      );
    });
  }
}

if (require.main === module) main();
module.exports = { localizeMetadata, readEnglish, FunctionsLocalePlugin };
