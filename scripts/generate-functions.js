#!/usr/bin/env node
"use strict";
/**
 * `npm run functions:generate`: writes the KPI custom functions from the KPI registry:
 * src/functions/generated/kpiFunctions.ts (one JSDoc-tagged wrapper per KPI, read by the build's
 * CustomFunctionsMetadataPlugin) and src/functions/generated/kpiFunctions.en-us.json (their
 * English names and help), through the same pure functions the functions test compares the
 * committed files with.
 *
 * Uses the compiled code in lib/ (the npm script builds it first with `npm run build:cli`).
 * `--controleer` writes nothing and exits 1 when a file is stale.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const COMMAND = "npm run functions:generate";

function loadLib() {
  try {
    return {
      registry: require(path.join(ROOT, "lib/core/kpis/kpiRegistry.js")),
      render: require(path.join(ROOT, "lib/functions/renderKpiFunctions.js")),
    };
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        'functions:generate: de opdrachtregel is nog niet gebouwd; voer eerst "npm run build:cli" uit\n'
      );
      process.exit(2);
    }
    throw error;
  }
}

const { registry, render } = loadLib();
const files = [
  [render.KPI_FUNCTIONS_FILE, render.renderKpiFunctions(registry.KPI_REGISTRY)],
  [render.KPI_FUNCTIONS_ENGLISH_FILE, render.renderKpiFunctionsEnglish(registry.KPI_REGISTRY)],
];
const check = process.argv.includes("--controleer");
let stale = false;
for (const [file, text] of files) {
  const target = path.join(ROOT, file);
  const current = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (check) {
    if (current !== text) {
      process.stderr.write(`${file} is verouderd: ${COMMAND}\n`);
      stale = true;
    }
  } else if (current !== text) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
    process.stdout.write(`${file} geschreven\n`);
  } else {
    process.stdout.write(`${file} is bij\n`);
  }
}
if (stale) process.exit(1);
