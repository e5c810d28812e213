#!/usr/bin/env node
/**
 * The one test command (`npm test`, run by .ci/run): type check, lint, unit tests under two
 * time zones, production build, offline manifest validation, browser tests.
 * Ends with one plain line "tests: N passed, N failed".
 */
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "test-output");
fs.mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) failures.push(title);
  return result.status === 0;
}

function runJest(title, args, env) {
  const file = path.join(out, `jest-${title.replace(/\W+/g, "-")}.json`);
  fs.rmSync(file, { force: true });
  run(
    title,
    process.execPath,
    [require.resolve("jest/bin/jest"), "--json", `--outputFile=${file}`, ...args],
    env
  );
  if (fs.existsSync(file)) {
    const summary = JSON.parse(fs.readFileSync(file, "utf8"));
    passed += summary.numPassedTests;
    failed += summary.numFailedTests;
    if (summary.numTotalTests === 0) failures.push(`${title}: no tests ran`);
  } else {
    failures.push(`${title}: no result`);
  }
}

run("type check", "npm", ["run", "--silent", "typecheck"]);
run("lint", "npm", ["run", "--silent", "lint"]);
runJest("unit tests (TZ=UTC)", ["--ci"], { TZ: "UTC" });
runJest("core tests (TZ=Europe/Amsterdam)", ["--ci", "test/core"], { TZ: "Europe/Amsterdam" });
run("build", "npm", ["run", "--silent", "build"]);
run("manifest", "npm", ["run", "--silent", "validate"]);
runJest("browser tests", ["--ci", "-c", "jest.browser.config.js"], { TZ: "UTC" });

console.log("");
if (failures.length > 0) {
  console.log(`Mislukt: ${failures.join("; ")}`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failures.length > 0 || failed > 0 ? 1 : 0);
