#!/usr/bin/env node
"use strict";
/**
 * Publication-audit benchmark: times protectSuppression (and one auditSuppression of the
 * primary pattern) on a synthetic system the size of the standard report, on the compiled core
 * in lib/ (`npm run build:cli`): 15 crosstabs of 4 × 4 cells with margins (375 published cells)
 * in five triples behandeld = lopend + afgesloten cell by cell, the triples' grand totals tied
 * to a key-figures row, and a rounded mean over each afgesloten table's columns (~300
 * relations); cells of 1..4 are primary suppressions "<5" that must keep their whole mark
 * (required 3). The values come from a fixed seed. Options: --lib DIR (default lib/),
 * --runs N (default 5), --seed N, --required N, --json (one JSON line).
 */
const path = require("node:path");
const { performance } = require("node:perf_hooks");

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const lib = path.resolve(
  option("--lib", process.env.WELZIJN_LIB ?? path.join(__dirname, "..", "lib"))
);
const runs = Number(option("--runs", "5"));
const seed = Number(option("--seed", "16"));
const required = Number(option("--required", "3"));
let core;
try {
  core = require(path.join(lib, "core", "index.js"));
} catch (error) {
  console.error(
    `bench-publication: de gecompileerde kern ontbreekt in ${lib} (npm run build:cli): ${error.message}`
  );
  process.exit(2);
}

/** Mulberry32: a small seeded generator, so that every run audits the same system. */
function random(state) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function buildSystem() {
  const next = random(seed);
  const variables = [];
  const constraints = [];
  const cell = (id, value, group, extra = {}) => {
    const small = value >= 1 && value <= 4;
    variables.push({
      id,
      value,
      lower: 0,
      upper: Infinity,
      published: true,
      suppressed: small,
      ...(small ? { mark: { lower: 1, upper: 4 } } : {}),
      required,
      integer: true,
      cost: value + 1,
      groups: [group],
      ...extra,
    });
  };
  const equal = (total, parts, origin) =>
    constraints.push({
      terms: [
        { variable: total, coefficient: 1 },
        ...parts.map((variable) => ({ variable, coefficient: -1 })),
      ],
      lower: 0,
      upper: 0,
      origin,
    });
  const R = 4;
  const C = 4;
  for (let triple = 0; triple < 5; triple++) {
    const open = [];
    const closed = [];
    for (let r = 0; r < R; r++) {
      open.push([]);
      closed.push([]);
      for (let c = 0; c < C; c++) {
        open[r].push(1 + Math.floor(next() * 26));
        closed[r].push(Math.floor(next() * 10));
      }
    }
    const kinds = {
      lopend: open,
      afgesloten: closed,
      behandeld: open.map((row, r) => row.map((v, c) => v + closed[r][c])),
    };
    for (const [kind, grid] of Object.entries(kinds)) {
      const table = `${kind} ${triple}`;
      const id = (r, c) => `${table}|${r}|${c}`;
      grid.forEach((row, r) => row.forEach((v, c) => cell(id(r, c), v, table)));
      const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
      const colSums = grid[0].map((_, c) => grid.reduce((a, row) => a + row[c], 0));
      rowSums.forEach((v, r) => cell(id(r, "T"), v, table));
      colSums.forEach((v, c) => cell(id("T", c), v, table));
      cell(
        id("T", "T"),
        rowSums.reduce((a, b) => a + b, 0),
        table
      );
      for (let r = 0; r < R; r++)
        equal(
          id(r, "T"),
          grid[0].map((_, c) => id(r, c)),
          `Rij ${r} van ${table}`
        );
      for (let c = 0; c < C; c++)
        equal(
          id("T", c),
          grid.map((_, r) => id(r, c)),
          `Kolom ${c} van ${table}`
        );
      equal(
        id("T", "T"),
        grid.map((_, r) => id(r, "T")),
        `Totaal van ${table}`
      );
      if (kind === "afgesloten") {
        // columns are ratings 1..4: the mean over the table, shown with one decimal
        const total = rowSums.reduce((a, b) => a + b, 0);
        const ratingSum = colSums.reduce((a, v, c) => a + v * (c + 1), 0);
        if (total > 0) {
          const mean = Math.round((ratingSum / total) * 10) / 10;
          const s = `${table}|som`;
          variables.push({
            ...variables.at(-1),
            id: s,
            value: ratingSum,
            published: false,
            suppressed: false,
            mark: undefined,
          });
          constraints.push(
            {
              terms: [
                { variable: s, coefficient: 1 },
                ...colSums.map((_, c) => ({ variable: id("T", c), coefficient: -(c + 1) })),
              ],
              lower: 0,
              upper: 0,
              origin: `Som van ${table}`,
            },
            {
              terms: [
                { variable: s, coefficient: 1 },
                { variable: id("T", "T"), coefficient: -(mean - 0.05) },
              ],
              lower: 0,
              upper: Infinity,
              origin: `Gemiddelde van ${table}`,
            },
            {
              terms: [
                { variable: s, coefficient: 1 },
                { variable: id("T", "T"), coefficient: -(mean + 0.05) },
              ],
              lower: -Infinity,
              upper: 0,
              origin: `Gemiddelde van ${table}`,
            }
          );
        }
      }
    }
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        const at = `|${r === R ? "T" : r}|${c === C ? "T" : c}`;
        equal(
          `behandeld ${triple}${at}`,
          [`lopend ${triple}${at}`, `afgesloten ${triple}${at}`],
          `Behandeld = lopend + afgesloten (${triple}${at})`
        );
      }
    }
  }
  // key figures: the triples' grand totals summed
  for (const kind of ["behandeld", "lopend", "afgesloten"]) {
    const parts = [0, 1, 2, 3, 4].map((t) => `${kind} ${t}|T|T`);
    const value = parts.reduce((a, p) => a + variables.find((v) => v.id === p).value, 0);
    cell(`kerncijfers|${kind}`, value, "Kerncijfers");
    equal(`kerncijfers|${kind}`, parts, `Kerncijfers ${kind}`);
  }
  // the mark-less copy of a variable used for an auxiliary must not carry `mark: undefined`
  return {
    variables: variables.map(({ mark, ...v }) => (mark === undefined ? v : { ...v, mark })),
    constraints,
  };
}

const { variables, constraints } = buildSystem();
const published = variables.filter((v) => v.published).length;
const primary = variables.filter((v) => v.published && v.suppressed).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const auditTimes = [];
const protectTimes = [];
let result;
for (let i = 0; i < runs; i++) {
  let t = performance.now();
  const audit = core.auditSuppression(variables, constraints);
  auditTimes.push(performance.now() - t);
  if (i === 0) var failingBefore = [...audit.values()].filter((a) => !a.passes).length;
  t = performance.now();
  result = core.protectSuppression(variables, constraints);
  protectTimes.push(performance.now() - t);
}
const failingAfter = [...result.audit.values()].filter((a) => !a.passes).length;
const figures = {
  publishedCells: published,
  auxiliaries: variables.length - published,
  constraints: constraints.length,
  primary,
  failingBefore,
  secondary: result.secondary.length,
  wholeGroups: result.wholeGroups.length,
  failingAfter,
  inexact: [...result.audit.values()].filter((a) => !a.exact).length,
  auditMs: Math.round(median(auditTimes)),
  protectMs: Math.round(median(protectTimes)),
  protectMinMs: Math.round(Math.min(...protectTimes)),
  runs,
};
if (args.includes("--json")) {
  console.log(JSON.stringify(figures));
} else {
  console.log(
    `Systeem: ${figures.publishedCells} gepubliceerde cellen (+${figures.auxiliaries} hulpgrootheden), ${figures.constraints} relaties, ${figures.primary} primair onderdrukt (${figures.failingBefore} zonder aanvulling te achterhalen)`
  );
  console.log(
    `protectSuppression: ${figures.secondary} secundair, ${figures.wholeGroups} hele tabellen, ${figures.failingAfter} onbeschermbaar, ${figures.inexact} met alleen de LP-relaxatie; mediaan ${figures.protectMs} ms (min ${figures.protectMinMs} ms, ${runs} runs)`
  );
  console.log(`auditSuppression (primair patroon): mediaan ${figures.auditMs} ms`);
}
