#!/usr/bin/env node
"use strict";
/**
 * `npm run docs:afbeeldingen`: makes the pictures of docs/handleiding.md anew, so the guide's
 * screenshots are those of the current task pane.
 *
 * 1. builds the add-in (`npm run build`; the browser test serves dist/);
 * 2. runs the task pane's browser test (test/browser/taskpane.test.ts), which walks the pane in
 *    headless Chromium and writes test-output/screenshots/taakvenster-*.png;
 * 3. copies the screenshots the guide uses (GUIDE_IMAGES) to docs/images/;
 * 4. when LibreOffice (soffice) and pdftoppm are installed: makes the demo report in a temporary
 *    folder and renders its first page to docs/images/rapport.png; otherwise says so and leaves
 *    rapport.png as it is.
 *
 * test/docs/images.test.ts checks that every picture the guide shows is in GUIDE_IMAGES.
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const IMAGES = path.join(ROOT, "docs", "images");
const BROWSER_TEST = "test/browser/taskpane.test.ts";

/** The screenshots of the browser test that docs/handleiding.md shows, in the guide's order. */
const GUIDE_IMAGES = [
  "taakvenster-1-gegevens.png",
  "taakvenster-2-kolommen-in-beeld.png",
  "taakvenster-2b-verplicht-veld-in-beeld.png",
  "taakvenster-3-periode-kaart.png",
  "taakvenster-3b-foute-periode-in-beeld.png",
  "taakvenster-3c-publicatie.png",
  "taakvenster-4-rapport-klaar.png",
  "taakvenster-5b-ga-naar-cel.png",
  "taakvenster-6b-volgend-kwartaal.png",
  "taakvenster-7b-vernieuwd.png",
];

/** The rendered first page of the demo report (README.md, docs/report.md, the guide). */
const REPORT_IMAGE = "rapport.png";

function say(text) {
  process.stdout.write(`${text}\n`);
}

/** A step that failed: the message is printed once, by main(). */
class StepError extends Error {}

function fail(text) {
  throw new StepError(text);
}

/** Runs a command in the project folder; stops the script when it fails. */
function run(title, command, args, options = {}) {
  say(`\n=== ${title} ===`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  if (result.error) fail(`${title}: ${result.error.message}`);
  if (result.status !== 0) fail(`${title} mislukt (exitstatus ${result.status}).`);
}

/** Whether a program is on the PATH. */
function installed(program) {
  const result = spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" });
  return result.status === 0;
}

function screenshots() {
  run("productiebuild", "npm", ["run", "--silent", "build"]);
  for (const name of GUIDE_IMAGES) fs.rmSync(path.join(SHOTS, name), { force: true });
  run("browsertest van het taakvenster", process.execPath, [
    require.resolve("jest/bin/jest"),
    "-c",
    "jest.browser.config.js",
    BROWSER_TEST,
  ]);
  fs.mkdirSync(IMAGES, { recursive: true });
  for (const name of GUIDE_IMAGES) {
    const from = path.join(SHOTS, name);
    if (!fs.existsSync(from)) fail(`${name} is niet gemaakt door ${BROWSER_TEST}.`);
    fs.copyFileSync(from, path.join(IMAGES, name));
  }
  say(`${GUIDE_IMAGES.length} schermafbeeldingen gekopieerd naar docs/images/.`);
}

function reportImage() {
  const missing = ["soffice", "pdftoppm"].filter((program) => !installed(program));
  if (missing.length > 0) {
    say(
      `\n${REPORT_IMAGE} overgeslagen: ${missing.join(" en ")} ${missing.length > 1 ? "ontbreken" : "ontbreekt"} ` +
        "(Debian: libreoffice-calc en poppler-utils). docs/images/rapport.png blijft zoals hij is."
    );
    return;
  }
  if (!fs.existsSync(path.join(ROOT, "lib", "cli", "main.js")))
    run("opdrachtregel bouwen", "npm", ["run", "--silent", "build:cli"]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "welzijn-docs-"));
  try {
    run("demorapport", process.execPath, [path.join(ROOT, "scripts", "demo.js")], {
      env: { ...process.env, WELZIJN_DEMO_DIR: dir },
      stdio: ["ignore", "ignore", "inherit"],
    });
    const workbook = path.join(dir, "rapport-t-m-Q3-2024.xlsx");
    // Dutch separators ("1.392", "4,8%") as in a Dutch Excel; a fresh profile keeps a running
    // LibreOffice of the user out of it.
    run(
      "rapport naar pdf (LibreOffice)",
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(dir, "profiel")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        workbook,
      ],
      { env: { ...process.env, LANG: "nl_NL.UTF-8" }, stdio: ["ignore", "ignore", "inherit"] }
    );
    const pdf = path.join(dir, "rapport-t-m-Q3-2024.pdf");
    if (!fs.existsSync(pdf)) fail("LibreOffice heeft geen pdf gemaakt.");
    run("eerste pagina naar png (pdftoppm)", "pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      pdf,
      path.join(dir, "rapport"),
    ]);
    fs.copyFileSync(path.join(dir, "rapport.png"), path.join(IMAGES, REPORT_IMAGE));
    say(`docs/images/${REPORT_IMAGE} gemaakt (eerste pagina van het demorapport t/m Q3 2024).`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function main() {
  try {
    screenshots();
    reportImage();
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    process.stderr.write(`docs:afbeeldingen: ${error.message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();

module.exports = { GUIDE_IMAGES, REPORT_IMAGE };
