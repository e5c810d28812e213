"use strict";
/**
 * Pure helpers of the end-to-end bench (scripts/bench-e2e.js): the median, the cache file
 * names, the peak memory from `/usr/bin/time -v`, and the `BENCH_E2E` lines. No file system,
 * no processes: test/scripts/benchE2eFormat.test.ts pins them.
 */

/**
 * The median of a list of numbers (the mean of the middle two for an even count).
 *
 * @param {number[]} values - at least one number
 * @returns {number} the median
 * @example
 * median([3, 1, 2]); //=> 2
 * median([4, 1, 3, 2]); //=> 2.5
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The cache file's name of a generated bench file: rows, seed and the generator's version are
 * in it, so that a file made by another generator (or with other rows or seed) is not reused.
 *
 * @param {{ rows: number, seed: number, version: string, extension: string }} key
 * @returns {string} a file name
 * @example
 * benchFileName({ rows: 100000, seed: 7, version: "3f2a9c01d4", extension: "csv" });
 * //=> 'bench-100000-seed7-3f2a9c01d4.csv'
 */
function benchFileName({ rows, seed, version, extension }) {
  return `bench-${rows}-seed${seed}-${version}.${extension}`;
}

/**
 * The peak resident set in MB (1024 × 1024 bytes) from the report of GNU `time -v`.
 *
 * @param {string} report - what `/usr/bin/time -v -o FILE` wrote
 * @returns {number | null} whole MB, or null when the report has no such line
 * @example
 * readPeakRssMb("\tMaximum resident set size (kbytes): 204800\n"); //=> 200
 */
function readPeakRssMb(report) {
  const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  return match === null ? null : Math.round(Number(match[1]) / 1024);
}

const ms = (value) => (value === null || value === undefined ? "NA" : value.toFixed(0));
const mb = (value) => (value === null || value === undefined ? "NA" : String(value));

/**
 * One `BENCH_E2E` line: what was read (`csv_rows=1000000`), then the command line's median
 * wall time and peak memory, and DuckDB's with the ratio duckdb/wm of the medians when DuckDB
 * ran. A side that failed prints `NA`, and the reason ends the line.
 *
 * @param {{ input: string, wm: Side, duckdb?: Side | null }} measurement - a Side is
 *   `{ medianMs: number | null, peakRssMb: number | null, failure?: string }`
 * @returns {string} the line, without a newline
 * @example
 * formatE2eLine({ input: "csv_rows=1000000", wm: { medianMs: 3800, peakRssMb: 1160 },
 *   duckdb: { medianMs: 3300, peakRssMb: 839 } });
 * //=> 'BENCH_E2E csv_rows=1000000 wm_ms=3800 duckdb_ms=3300 ratio=0.87 wm_rss_mb=1160 duckdb_rss_mb=839'
 */
function formatE2eLine({ input, wm, duckdb }) {
  const parts = [`BENCH_E2E ${input}`, `wm_ms=${ms(wm.medianMs)}`];
  if (duckdb) {
    const ratio =
      duckdb.medianMs != null && wm.medianMs != null && wm.medianMs > 0
        ? (duckdb.medianMs / wm.medianMs).toFixed(2)
        : "NA";
    parts.push(
      `duckdb_ms=${ms(duckdb.medianMs)}`,
      `ratio=${ratio}`,
      `wm_rss_mb=${mb(wm.peakRssMb)}`,
      `duckdb_rss_mb=${mb(duckdb.peakRssMb)}`
    );
  } else {
    parts.push(`rss_mb=${mb(wm.peakRssMb)}`);
  }
  const failures = [
    wm.failure ? `wm: ${wm.failure}` : null,
    duckdb && duckdb.failure ? `duckdb: ${duckdb.failure}` : null,
  ].filter(Boolean);
  if (failures.length > 0) parts.push(`# ${failures.join("; ")}`);
  return parts.join(" ");
}

/**
 * Why a child process failed, in one line: the last non-empty line of its stderr (the command
 * line's own Dutch message), else its exit status or signal.
 *
 * @param {{ status: number | null, signal: string | null, stderr: string }} run
 * @returns {string} the reason
 * @example
 * describeFailure({ status: 2, signal: null, stderr: "welzijnsmonitor: te groot\n" });
 * //=> 'welzijnsmonitor: te groot (exit 2)'
 */
function describeFailure({ status, signal, stderr }) {
  const lines = String(stderr ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const how = signal ? `signaal ${signal}` : `exit ${status}`;
  const last = lines[lines.length - 1];
  return last === undefined ? how : `${last} (${how})`;
}

module.exports = { median, benchFileName, readPeakRssMb, formatE2eLine, describeFailure };
