#!/usr/bin/env node
"use strict";
// The command line's entry: the TypeScript sources are compiled to lib/ by `npm install`
// (postinstall → npm run build:cli).
let cli;
try {
  cli = require("../lib/cli/main.js");
} catch (error) {
  if (
    error &&
    error.code === "MODULE_NOT_FOUND" &&
    String(error.message).includes("lib/cli/main.js")
  ) {
    process.stderr.write('welzijnsmonitor: nog niet gebouwd; voer eerst "npm run build:cli" uit\n');
    process.exitCode = 2;
    return;
  }
  throw error;
}
// exitCode instead of process.exit(): a long JSON on a pipe is written completely first.
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(
      `welzijnsmonitor: onverwachte fout: ${error && error.message ? error.message : error}\n`
    );
    process.exitCode = 1;
  }
);
