#!/usr/bin/env node
/**
 * Bundles the core for the command line: src/core/index.ts and every core module it imports
 * become one file, lib/core/index.js, in place of the index that `tsc -p tsconfig.cli.json`
 * wrote (`npm run build:cli` runs both, in that order). Packages (yalps) stay `require`d.
 *
 * Why: the shells load the core only through its index, and loading its ~250 small modules
 * (a path lookup, a file read and a compile each) took 55 ms of every report run; the bundle
 * loads in 13 ms. Only the index is replaced, so every module of lib/ that loads the core
 * gets this one copy (a second copy would break the `instanceof` checks of its errors); the
 * other files tsc wrote stay for the scripts that load a single core module. Compiling with
 * tsc alone leaves a working, unbundled lib/ (only slower to start), never a stale bundle.
 *
 * Usage: node scripts/bundle-core.js
 */
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

esbuild.buildSync({
  entryPoints: [path.join(ROOT, "src", "core", "index.ts")],
  outfile: path.join(ROOT, "lib", "core", "index.js"),
  allowOverwrite: true,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "cjs",
  target: "node20",
  // The compiler options tsc used for lib/ (ES2020 class fields, as tsc emits them).
  tsconfig: path.join(ROOT, "tsconfig.cli.json"),
  logLevel: "warning",
});
