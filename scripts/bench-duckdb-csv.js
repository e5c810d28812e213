#!/usr/bin/env node
"use strict";
/**
 * The DuckDB side of the end-to-end bench (scripts/bench-e2e.js), run as a process of its own:
 * DuckDB in memory with 2 threads reads the bench CSV with `read_csv` (`;`-separated, d-m-yyyy
 * dates read as DATE and turned into Excel serials, text as VARCHAR, empty as NULL) into the
 * table `cases` of scripts/bench-duckdb-sql.js, runs that file's SQL (the standard report's
 * KPIs and groups for both periods, as the in-memory suite does) and prints the result rows as
 * one JSON object to stdout, as the command line prints its report.
 *
 *   node scripts/bench-duckdb-csv.js FILE START END PREVIOUS_START PREVIOUS_END
 *
 * The periods are Excel serial days (the parent computes them with the core's parsePeriod).
 * Exit 2 when @duckdb/node-api is not installed.
 */
const { DUCKDB_COLUMNS, DUCKDB_DAY_COLUMNS, duckdbSql } = require("./bench-duckdb-sql.js");

/** Threads, as in the measurement: the machine has 2 cores. */
const THREADS = "2";

/**
 * The statement that reads the CSV into `cases`: explicit column types (no type sniffing),
 * the day columns as days since Excel's day 0.
 *
 * @param {string} file - the CSV file
 * @returns {string} SQL
 */
function createCasesSql(file) {
  const quote = (text) => `'${text.replace(/'/g, "''")}'`;
  const ident = (text) => `"${text.replace(/"/g, '""')}"`;
  const csvType = ([, name, type]) =>
    DUCKDB_DAY_COLUMNS.has(name) ? "DATE" : type === "DOUBLE" ? "DOUBLE" : "VARCHAR";
  const columns = DUCKDB_COLUMNS.map((column) => `${quote(column[0])}: ${quote(csvType(column))}`);
  const select = DUCKDB_COLUMNS.map(([header, name]) =>
    DUCKDB_DAY_COLUMNS.has(name)
      ? `(${ident(header)} - DATE '1899-12-30')::DOUBLE AS ${name}`
      : `${ident(header)} AS ${name}`
  );
  return `CREATE TABLE cases AS SELECT ${select.join(", ")}
FROM read_csv(${quote(file)}, delim = ';', header = true, dateformat = '%d-%m-%Y',
  columns = {${columns.join(", ")}})`;
}

async function main(argv) {
  let duckdb;
  try {
    duckdb = require("@duckdb/node-api");
  } catch {
    process.stderr.write("bench-duckdb-csv: @duckdb/node-api is niet geïnstalleerd\n");
    return 2;
  }
  const [file, ...days] = argv;
  const [start, end, previousStart, previousEnd] = days.map(Number);
  const sql = duckdbSql({ start, end }, { start: previousStart, end: previousEnd });
  const instance = await duckdb.DuckDBInstance.create(":memory:", { threads: THREADS });
  const connection = await instance.connect();
  await connection.run(createCasesSql(file));
  await connection.run(sql.prepare);
  const results = {};
  for (const [name, query] of Object.entries(sql.queries)) {
    results[name] = (await connection.runAndReadAll(query)).getRowObjectsJson();
  }
  process.stdout.write(JSON.stringify(results) + "\n");
  connection.closeSync();
  instance.closeSync();
  return 0;
}

module.exports = { createCasesSql };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`bench-duckdb-csv: ${error && error.message ? error.message : error}\n`);
      process.exitCode = 1;
    }
  );
}
