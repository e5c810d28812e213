/**
 * The pure helpers of the end-to-end bench (scripts/bench-e2e-format.js): the median, the
 * cache file names, the peak memory read from GNU time's report and the BENCH_E2E lines.
 * No timing: the bench itself only prints figures.
 */
interface Side {
  medianMs: number | null;
  peakRssMb: number | null;
  failure?: string | null;
}

const { median, benchFileName, readPeakRssMb, formatE2eLine, describeFailure } =
  require("../../scripts/bench-e2e-format.js") as {
    median: (values: number[]) => number;
    benchFileName: (key: {
      rows: number;
      seed: number;
      version: string;
      extension: string;
    }) => string;
    readPeakRssMb: (report: string) => number | null;
    formatE2eLine: (measurement: { input: string; wm: Side; duckdb?: Side | null }) => string;
    describeFailure: (run: {
      status: number | null;
      signal: string | null;
      stderr: string;
    }) => string;
  };

/** What `/usr/bin/time -v -o FILE node …` writes (GNU time 1.9), trimmed to a few lines. */
const TIME_REPORT = [
  '\tCommand being timed: "node bin/welzijnsmonitor.js --versie"',
  "\tUser time (seconds): 0.12",
  "\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:00.16",
  "\tMaximum resident set size (kbytes): 52224",
  "\tExit status: 0",
].join("\n");

describe("median", () => {
  it("returns the middle value of an odd count, whatever the order", () => {
    expect(median([5162, 4980, 5310, 5001, 5120])).toBe(5120);
  });

  it("returns the mean of the middle two of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("benchFileName", () => {
  it("holds rows, seed and version, so that another generator's file is not reused", () => {
    expect(
      benchFileName({ rows: 1_000_000, seed: 7, version: "7aafeb18c4", extension: "xlsx" })
    ).toBe("bench-1000000-seed7-7aafeb18c4.xlsx");
    expect(
      benchFileName({ rows: 100_000, seed: 7, version: "0000000000", extension: "csv" })
    ).not.toBe(benchFileName({ rows: 100_000, seed: 7, version: "7aafeb18c4", extension: "csv" }));
  });
});

describe("readPeakRssMb", () => {
  it("reads GNU time's maximum resident set in whole MB", () => {
    expect(readPeakRssMb(TIME_REPORT)).toBe(51);
  });

  it("returns null when the report has no such line", () => {
    expect(readPeakRssMb("Command terminated by signal 9\n")).toBeNull();
  });
});

describe("formatE2eLine", () => {
  it("writes medians, the ratio duckdb/wm and both peaks when DuckDB ran", () => {
    expect(
      formatE2eLine({
        input: "csv_rows=1000000",
        wm: { medianMs: 5162.4, peakRssMb: 1156 },
        duckdb: { medianMs: 6981.2, peakRssMb: 884 },
      })
    ).toBe(
      "BENCH_E2E csv_rows=1000000 wm_ms=5162 duckdb_ms=6981 ratio=1.35 wm_rss_mb=1156 duckdb_rss_mb=884"
    );
  });

  it("writes the command line's median and peak alone when it ran alone", () => {
    expect(
      formatE2eLine({ input: "xlsx_rows=100000", wm: { medianMs: 7199, peakRssMb: 839 } })
    ).toBe("BENCH_E2E xlsx_rows=100000 wm_ms=7199 rss_mb=839");
  });

  describe("edge cases", () => {
    it("prints NA and ends the line with the reason when a run failed", () => {
      expect(
        formatE2eLine({
          input: "xlsx_rows=1000000",
          wm: { medianMs: null, peakRssMb: null, failure: "kan het bestand niet lezen (exit 2)" },
        })
      ).toBe(
        "BENCH_E2E xlsx_rows=1000000 wm_ms=NA rss_mb=NA # wm: kan het bestand niet lezen (exit 2)"
      );
    });

    it("prints ratio=NA when one side has no median", () => {
      expect(
        formatE2eLine({
          input: "csv_rows=100000",
          wm: { medianMs: 879, peakRssMb: null },
          duckdb: { medianMs: null, peakRssMb: null, failure: "exit 1" },
        })
      ).toBe(
        "BENCH_E2E csv_rows=100000 wm_ms=879 duckdb_ms=NA ratio=NA wm_rss_mb=NA duckdb_rss_mb=NA # duckdb: exit 1"
      );
    });
  });
});

describe("describeFailure", () => {
  it("gives the last line of stderr with the exit status", () => {
    expect(
      describeFailure({
        status: 2,
        signal: null,
        stderr: "\nwelzijnsmonitor: kan x.xlsx niet lezen als Excel-bestand (.xlsx)\n",
      })
    ).toBe("welzijnsmonitor: kan x.xlsx niet lezen als Excel-bestand (.xlsx) (exit 2)");
  });

  it("gives the signal when the process was killed without a word", () => {
    expect(describeFailure({ status: null, signal: "SIGKILL", stderr: "" })).toBe(
      "signaal SIGKILL"
    );
  });
});
