#!/usr/bin/env node
"use strict";
/**
 * `npm run demo`: generates the sample export of a mid-sized welfare organisation, writes it
 * as demo/voorbeeld-export.xlsx (and the same file to assets/ for the add-in), runs the
 * report for "t/m Q3 2024" on that file through the command line's own code path, writes
 * demo/rapport-t-m-Q3-2024.xlsx and prints the summary.
 *
 * Uses the compiled command line in lib/ (built by `npm install`, or `npm run build:cli`).
 *
 * WELZIJN_DEMO_DIR=<folder> writes both workbooks to that folder instead of demo/ and leaves
 * assets/ alone (for tests, or to keep several runs side by side).
 */
const fs = require("node:fs/promises");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const PERIOD = "t/m Q3 2024";

function loadLib() {
  try {
    return {
      sample: require(path.join(ROOT, "lib/core/sample/generateSampleExport.js")),
      workbook: require(path.join(ROOT, "lib/cli/writeSampleWorkbook.js")),
      cli: require(path.join(ROOT, "lib/cli/main.js")),
    };
  } catch (error) {
    if (error && error.code === "MODULE_NOT_FOUND") {
      process.stderr.write(
        'demo: de opdrachtregel is nog niet gebouwd; voer eerst "npm run build:cli" uit\n'
      );
      process.exit(2);
    }
    throw error;
  }
}

/** A path as the user would type it from the current directory. */
function shown(file) {
  const relative = path.relative(process.cwd(), file);
  return relative === "" || relative.startsWith("..") ? file : relative;
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1).replace(".", ",")} s`;
}

async function demo() {
  const { sample, workbook, cli } = loadLib();
  const started = Date.now();
  const say = (text) => process.stdout.write(`${text}\n`);
  const customDir = process.env.WELZIJN_DEMO_DIR;
  const demoDir =
    customDir === undefined || customDir === "" ? path.join(ROOT, "demo") : path.resolve(customDir);
  const exportFile = path.join(demoDir, "voorbeeld-export.xlsx");
  // The shipped copy in assets/ is refreshed by the default run only.
  const assetFile =
    demoDir === path.join(ROOT, "demo")
      ? path.join(ROOT, "assets", "voorbeeld-export.xlsx")
      : undefined;
  const reportFile = path.join(
    demoDir,
    `rapport-${PERIOD.replace(/\//g, "-").replace(/\s+/g, "-")}.xlsx`
  );

  say("Welzijnsmonitor demo\n");
  say(
    "• Voorbeeldexport maken: 5.000 casussen (januari 2021 t/m 7 oktober 2024), ZRM-scores, activiteiten, klachten…"
  );
  const data = sample.generateSampleExport();
  const bytes = await workbook.writeSampleWorkbook(data);
  await fs.mkdir(demoDir, { recursive: true });
  await fs.writeFile(exportFile, bytes);
  if (assetFile !== undefined) {
    await fs.mkdir(path.dirname(assetFile), { recursive: true });
    await fs.writeFile(assetFile, bytes);
  }
  say(`  geschreven: ${shown(exportFile)} (${seconds(Date.now() - started)})`);

  const file = shown(exportFile);
  const args = [
    "rapport",
    "--casussen",
    file,
    "--zrm",
    file,
    "--activiteiten",
    file,
    "--klachten",
    file,
  ];
  args.push(
    "--periode",
    PERIOD,
    "--peildatum",
    sample.SAMPLE_EXPORT_DATE,
    "--uit",
    shown(reportFile),
    // The demo folder is the demo's own: a report left there by an earlier version (without
    // the report marker) is replaced too.
    "--overschrijven"
  );
  say(`• welzijnsmonitor ${args.map((arg) => (/\s/.test(arg) ? `"${arg}"` : arg)).join(" ")}`);
  const output = [];
  const status = await cli.main(args, {
    stdout: (text) => output.push(text),
    stderr: (text) => process.stderr.write(text),
    progress: (line) => say(`  ${line}`),
  });
  if (status !== 0) {
    process.exitCode = status;
    return;
  }
  say(`\n${output.join("").trimEnd()}`);
  say("\nBestanden:");
  const files = [
    [exportFile, "de voorbeeldexport (werkbladen Casussen, ZRM-scores, Activiteiten, Klachten)"],
    [reportFile, "het rapport (werkbladen Rapportage, Toelichting, Controle)"],
  ];
  if (assetFile !== undefined)
    files.push([
      assetFile,
      "dezelfde voorbeeldexport, om de invoegtoepassing in Excel te proberen",
    ]);
  const width = Math.max(...files.map(([name]) => shown(name).length));
  for (const [name, what] of files) say(`  ${shown(name).padEnd(width)}  ${what}`);
  say(`\nKlaar in ${seconds(Date.now() - started)}.`);
}

demo().catch((error) => {
  process.stderr.write(`demo: ${error && error.stack ? error.stack : error}\n`);
  process.exitCode = 1;
});
