#!/usr/bin/env node
"use strict";
/**
 * `npm run docs:definities`: writes docs/definities.md from the KPI registries, through the
 * same pure function the definitions test compares the committed file with.
 *
 * Uses the compiled code in lib/ (the npm script builds it first with `npm run build:cli`).
 * `--controleer` writes nothing and exits 1 when docs/definities.md is stale.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "docs", "definities.md");
const COMMAND = "npm run docs:definities";

function loadLib() {
  try {
    return {
      entries: require(path.join(ROOT, "lib/core/report/definitionEntries.js")),
      render: require(path.join(ROOT, "lib/core/report/renderDefinitionsMarkdown.js")),
      tables: require(path.join(ROOT, "lib/core/report/standardReportTables.js")),
    };
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        'docs:definities: de opdrachtregel is nog niet gebouwd; voer eerst "npm run build:cli" uit\n'
      );
      process.exit(2);
    }
    throw error;
  }
}

const { entries, render, tables } = loadLib();
const text = render.renderDefinitionsMarkdown(entries.definitionEntries(), {
  command: COMMAND,
  tables: tables.STANDARD_REPORT_TABLES,
});
if (process.argv.includes("--controleer")) {
  const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, "utf8") : "";
  if (current !== text) {
    process.stderr.write(`docs/definities.md is verouderd: ${COMMAND}\n`);
    process.exit(1);
  }
  process.stdout.write("docs/definities.md is bij\n");
} else {
  fs.writeFileSync(OUT, text);
  process.stdout.write(`${path.relative(process.cwd(), OUT) || OUT} geschreven\n`);
}
