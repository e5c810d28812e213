#!/usr/bin/env node
/**
 * Bundles what the command line loads as many small modules into one file each, in place of
 * the index files that `tsc -p tsconfig.cli.json` wrote (`npm run build:cli` runs both, in
 * that order):
 *
 * - lib/core/index.js: src/core/index.ts and every core module it imports (packages, i.e.
 *   yalps, stay `require`d). The shells load the core only through its index; its ~250
 *   modules (a path lookup, a file read and a compile each) took 55 ms of every report run,
 *   the bundle 13 ms.
 * - lib/xlsx/index.js: the report workbook writer (src/xlsx/index.ts) with ExcelJS, JSZip and
 *   yazl inside, the core left outside (`require("../core")`, the bundle above). Loading the
 *   writer's ~300 modules took about 95 ms of a `--uit` run, the bundle 37 ms.
 *
 * Only the index files are replaced, so every module of lib/ that loads the core or the
 * writer through its index gets the one copy (a second copy of the core would break the
 * `instanceof` checks of its errors); the other files tsc wrote stay for the scripts that
 * load one module. Compiling with tsc alone leaves a working, unbundled lib/ (only slower to
 * start), never a stale bundle.
 *
 * Usage: node scripts/bundle-lib.js
 */
const path = require("node:path");
const esbuild = require("esbuild");

const ROOT = path.join(__dirname, "..");

/** What both bundles share: CommonJS for Node 20, compiled as tsc compiles lib/. */
const COMMON = {
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // The compiler options tsc used for lib/ (ES2020 class fields, as tsc emits them).
  tsconfig: path.join(ROOT, "tsconfig.cli.json"),
  logLevel: "warning",
};

esbuild.buildSync({
  ...COMMON,
  entryPoints: [path.join(ROOT, "src", "core", "index.ts")],
  outfile: path.join(ROOT, "lib", "core", "index.js"),
  packages: "external",
});

esbuild.buildSync({
  ...COMMON,
  entryPoints: [path.join(ROOT, "src", "xlsx", "index.ts")],
  outfile: path.join(ROOT, "lib", "xlsx", "index.js"),
  external: ["../core"],
});
