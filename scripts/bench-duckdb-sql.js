"use strict";
/**
 * The DuckDB side of `npm run bench`: the table's columns and the SQL that computes the
 * standard report's KPIs and groups for both periods. Shared by the in-memory suite
 * (scripts/bench.js, rows appended from the arrays) and the end-to-end child
 * (scripts/bench-duckdb-csv.js, rows read from the CSV file with `read_csv`), so that both
 * sides of both comparisons run the same queries.
 *
 * What the SQL covers, for both periods at once (periods joined as a small table), so
 * that it does the work of the standard report on this table:
 * - derived columns: start (Startdatum, else Aanmelddatum), case type grouped to IT/LS/IA by
 *   keyword, main domains as a list without duplicates, self-referral flag, first start per client;
 * - every scalar KPI of SPEC §4 the table can serve: registrations, infoAdvice, meanWaitDays,
 *   started, active, closed, openAtEnd, meanDurationClosed, meanDurationActive, uniqueClients,
 *   helpQuestions, selfReferralPct, newClientPct, meanRating; recidive, recidivists and
 *   recidivePct both unfiltered and over IT+LS (SPEC §5: earlier case of the client, none
 *   still open, previous case closed ≥ 6 calendar months before, shared main domain), with
 *   the breakdown (passing the gap, several earlier cases, same question, only new questions,
 *   reopened, new clients);
 * - per case type (byCaseType and the "individuele ondersteuning" table): started, active,
 *   closed, meanDurationClosed; byProduct: active, meanDurationClosed; byDomain, byComplexity,
 *   byAgeBand (age at start): active; byCloseReason, byRating: closed; byReferrer: started;
 *   byTeam: started, active, closed, meanWaitDays; byMonth: started, active, closed per month.
 * The table has no ZRM, activity or complaint tables, so the engine computes nothing for
 * them either. DuckDB gets typed columns (numbers and day serials as DOUBLE, text as ENUM in
 * memory and VARCHAR from the CSV, empty as NULL) and clean data; it does not check dates, ids
 * or domain names as the engine's parser does.
 */
/**
 * Columns of the DuckDB table: header, column, type ('category': an ENUM in memory, VARCHAR
 * from the CSV; the day columns of {@link DUCKDB_DAY_COLUMNS} hold Excel serials).
 */
const DUCKDB_COLUMNS = [
  ["Casusnummer", "case_id", "DOUBLE"],
  ["Cliëntnummer", "client_id", "DOUBLE"],
  ["Soort traject", "case_type", "category"],
  ["Product", "product", "category"],
  ["Aanmelddatum", "registered", "DOUBLE"],
  ["Intakedatum", "intake", "DOUBLE"],
  ["Startdatum", "started", "DOUBLE"],
  ["Einddatum", "closed", "DOUBLE"],
  ["Hoofddomein 1", "domain1", "category"],
  ["Hoofddomein 2", "domain2", "category"],
  ["Afsluitreden", "close_reason", "category"],
  ["Verwijzer", "referrer", "category"],
  ["Team", "team", "category"],
  ["Geboortedatum", "birth", "DOUBLE"],
  ["Direct opgelost", "resolved", "category"],
  ["Klantoordeel", "rating", "DOUBLE"],
];

/** Both domain columns share one ENUM, so that their values compare. */
const ENUM_GROUP = { domain1: "domain", domain2: "domain" };

/**
 * The SQL for a table `cases` with the columns of {@link DUCKDB_COLUMNS}.
 *
 * @param {{ start: number, end: number }} period - the report's period (Excel serial days)
 * @param {{ start: number, end: number }} previous - the period it is compared with
 * @returns {{ prepare: string, queries: Record<string, string> }} `prepare` (derived tables and
 *   views, run once) and the three queries whose rows are the results
 * @example
 * const sql = duckdbSql({ start: 45292, end: 45565 }, { start: 44927, end: 45199 });
 * await connection.run(sql.prepare);
 * const kpis = (await connection.runAndReadAll(sql.queries.kpis)).getRowObjectsJson();
 */
function duckdbSql(period, previous) {
  const day = (serial) => `(DATE '1899-12-30' + ${serial}::INTEGER)`;
  return {
    prepare: `
CREATE OR REPLACE TEMP TABLE periods AS
  SELECT * FROM (VALUES ('current', ${period.start}, ${period.end}), ('previous', ${previous.start}, ${previous.end})) p(p, s, e);
CREATE OR REPLACE TEMP TABLE referrers AS
  SELECT referrer, regexp_matches(lower(referrer::VARCHAR), '(^|[^a-z])(zelf|zelfmelders?|zelfmelding|eigen initiatief)([^a-z]|$)') AS self
  FROM (SELECT DISTINCT referrer FROM cases WHERE referrer IS NOT NULL);
CREATE OR REPLACE TEMP TABLE c AS
  SELECT *, min(start) OVER (PARTITION BY client_id) AS client_first_start
  FROM (
    SELECT case_id, client_id, product::VARCHAR AS product, close_reason::VARCHAR AS close_reason,
      cases.referrer::VARCHAR AS referrer, team::VARCHAR AS team, referrers.self,
      CASE WHEN case_type::VARCHAR ILIKE '%leun%' OR case_type::VARCHAR ILIKE '%steun%' THEN 'LS'
           WHEN case_type::VARCHAR ILIKE '%informatie%' OR case_type::VARCHAR ILIKE '%advies%' THEN 'IA'
           WHEN case_type::VARCHAR ILIKE '%individu%' OR case_type::VARCHAR ILIKE '%traject%' THEN 'IT'
           ELSE case_type::VARCHAR END AS type,
      floor(registered)::INTEGER AS reg, floor(intake)::INTEGER AS intake,
      COALESCE(floor(started), floor(registered))::INTEGER AS start, floor(closed)::INTEGER AS closed,
      floor(birth)::INTEGER AS birth,
      list_distinct(list_filter([domain1::VARCHAR, domain2::VARCHAR], x -> x IS NOT NULL)) AS doms,
      lower(resolved::VARCHAR) = 'ja' AS resolved,
      CASE WHEN rating BETWEEN 1 AND 10 THEN rating END AS rating
    FROM cases LEFT JOIN referrers ON cases.referrer = referrers.referrer);
CREATE OR REPLACE TEMP VIEW cp AS
  SELECT c.*, p, s, e,
    start BETWEEN s AND e AS is_started,
    start <= e AND (closed IS NULL OR closed >= s) AS is_active,
    closed BETWEEN s AND e AS is_closed
  FROM c CROSS JOIN periods;`,
    queries: {
      kpis: `
SELECT p,
  count(*) FILTER (reg BETWEEN s AND e) AS registrations,
  count(*) FILTER ((type = 'IA' AND is_started) OR (resolved AND reg BETWEEN s AND e)) AS infoAdvice,
  avg(intake - reg) FILTER (intake BETWEEN s AND e AND reg IS NOT NULL) AS meanWaitDays,
  count(*) FILTER (is_started) AS started,
  count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed,
  count(*) FILTER (start <= e AND (closed IS NULL OR closed > e)) AS openAtEnd,
  avg(closed - start) FILTER (is_closed AND start IS NOT NULL) AS meanDurationClosed,
  avg(least(COALESCE(closed, e), e) - start) FILTER (is_active) AS meanDurationActive,
  count(DISTINCT client_id) FILTER (is_active) AS uniqueClients,
  sum(len(doms)) FILTER (is_active) AS helpQuestions,
  avg(self::INTEGER) FILTER (is_started AND referrer IS NOT NULL) AS selfReferralPct,
  avg((start = client_first_start)::INTEGER) FILTER (is_started AND client_id IS NOT NULL) AS newClientPct,
  avg(rating) FILTER (is_closed) AS meanRating
FROM cp GROUP BY p`,
      recidive: `
WITH eligible AS (SELECT case_id, client_id, start, closed, doms, type FROM c WHERE client_id IS NOT NULL AND start IS NOT NULL),
candidates AS (SELECT k.*, p, s FROM eligible k JOIN periods ON k.start BETWEEN s AND e),
history AS (
  SELECT k.case_id, k.p, k.s, k.type, k.client_id, k.start, k.doms,
    count(h.case_id) AS earlier,
    max(COALESCE(h.closed, 2147483647)) AS latest_close,
    max(h.closed) AS previous_closed,
    arg_max(h.doms, struct_pack(c := h.closed, s := h.start, i := h.case_id::BIGINT::VARCHAR)) FILTER (h.closed IS NOT NULL) AS previous_doms
  FROM candidates k LEFT JOIN eligible h ON h.client_id = k.client_id AND h.start < k.start
  GROUP BY ALL),
facts AS (
  SELECT *, earlier > 0 AND latest_close < start
      AND previous_closed <= (${day("start")} - INTERVAL 6 MONTH)::DATE - DATE '1899-12-30' AS pass_gap,
    len(list_intersect(doms, previous_doms)) > 0 AS same_question
  FROM history)
SELECT p, type IN ('IT', 'LS') AS individual,
  count(*) FILTER (pass_gap AND same_question) AS recidive,
  count(DISTINCT client_id) FILTER (pass_gap AND same_question) AS recidivists,
  count(*) FILTER (pass_gap) AS passGap,
  count(*) FILTER (pass_gap AND earlier >= 2) AS multiplePrevious,
  count(*) FILTER (pass_gap AND NOT same_question) AS onlyNewQuestions,
  count(*) FILTER (earlier > 0 AND NOT pass_gap) AS reopened,
  count(*) FILTER (earlier = 0) AS newClients
FROM facts GROUP BY GROUPING SETS ((p), (p, individual))`,
      groups: `
WITH months AS (
  SELECT p, m::DATE AS m_start, last_day(m::DATE) AS m_end
  FROM periods, LATERAL (SELECT unnest(generate_series(${day("s")}, ${day("e")}, INTERVAL 1 MONTH)) AS m)),
month_days AS (
  SELECT p, strftime(m_start, '%Y-%m') AS key, m_start - DATE '1899-12-30' AS ms, m_end - DATE '1899-12-30' AS me FROM months)
SELECT 'byCaseType' AS id, type AS key, p, count(*) FILTER (is_started) AS started, count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed, avg(closed - start) FILTER (is_closed) AS meanDurationClosed, NULL AS meanWaitDays
  FROM cp GROUP BY type, p
UNION ALL BY NAME
SELECT 'byProduct' AS id, product AS key, p, count(*) FILTER (is_active) AS active,
  avg(closed - start) FILTER (is_closed) AS meanDurationClosed FROM cp GROUP BY product, p
UNION ALL BY NAME
SELECT 'byDomain' AS id, domain AS key, p, count(*) AS active
  FROM (SELECT unnest(doms) AS domain, p FROM cp WHERE is_active) GROUP BY domain, p
UNION ALL BY NAME
SELECT 'byComplexity' AS id,
  CASE WHEN len(doms) = 0 THEN '' WHEN len(doms) = 1 THEN 'niet-complex' WHEN len(doms) <= 3 THEN 'redelijk-complex' ELSE 'complex' END AS key,
  p, count(*) AS active FROM cp WHERE is_active GROUP BY ALL
UNION ALL BY NAME
SELECT 'byCloseReason' AS id, COALESCE(close_reason, '') AS key, p, count(*) AS closed FROM cp WHERE is_closed GROUP BY ALL
UNION ALL BY NAME
SELECT 'byRating' AS id, rating::INTEGER::VARCHAR AS key, p, count(*) AS closed FROM cp WHERE is_closed AND rating IS NOT NULL GROUP BY ALL
UNION ALL BY NAME
SELECT 'byReferrer' AS id, COALESCE(referrer, '') AS key, p, count(*) AS started FROM cp WHERE is_started GROUP BY ALL
UNION ALL BY NAME
SELECT 'byAgeBand' AS id,
  CASE WHEN age IS NULL OR age < 0 THEN '' WHEN age < 18 THEN '0-17' WHEN age < 27 THEN '18-26' WHEN age < 45 THEN '27-44'
       WHEN age < 55 THEN '45-54' WHEN age < 65 THEN '55-64' ELSE '65+' END AS key, p, count(*) AS active
  FROM (SELECT p, year(s) - year(b) - CASE WHEN month(s) * 100 + day(s) < month(b) * 100 + day(b) THEN 1 ELSE 0 END AS age
        FROM (SELECT p, ${day("birth")} AS b, ${day("start")} AS s FROM cp WHERE is_active)) GROUP BY ALL
UNION ALL BY NAME
SELECT 'byTeam' AS id, COALESCE(team, '') AS key, p, count(*) FILTER (is_started) AS started, count(*) FILTER (is_active) AS active,
  count(*) FILTER (is_closed) AS closed, avg(intake - reg) FILTER (intake BETWEEN s AND e) AS meanWaitDays FROM cp GROUP BY ALL
UNION ALL BY NAME
SELECT 'byMonth' AS id, m.key, m.p,
  count(*) FILTER (c.start BETWEEN m.ms AND m.me) AS started,
  count(*) FILTER (c.start <= m.me AND (c.closed IS NULL OR c.closed >= m.ms)) AS active,
  count(*) FILTER (c.closed BETWEEN m.ms AND m.me) AS closed
  FROM month_days m JOIN c ON c.start <= m.me AND (c.closed IS NULL OR c.closed >= m.ms)
  GROUP BY m.key, m.p`,
    },
  };
}

/** The day columns (Excel serials in the table); the CSV child reads them as DATE. */
const DUCKDB_DAY_COLUMNS = new Set(["registered", "intake", "started", "closed", "birth"]);

module.exports = { DUCKDB_COLUMNS, DUCKDB_DAY_COLUMNS, ENUM_GROUP, duckdbSql };
