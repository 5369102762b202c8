-- DuckDB's definitions of the engine-specific pieces of metrics.sql. metrics.sql is the one definition
-- of the metrics and runs on DuckDB and on Spark SQL (hako-spark defines these same macros for Spark in
-- hako/spark/metrics_macros.sql); everything an engine does differently lives in macros like these,
-- which DuckDB inlines where they are called, so they cost nothing.

-- Whole days from one date to a later one.
CREATE OR REPLACE TEMP MACRO hako_days_between(from_date, to_date) AS date_diff('day', from_date, to_date);

-- The first three keys of the rank order (M desc, F desc, last purchase desc) as one value whose
-- descending order is theirs, and M, F and the last purchase read back from it.
-- On DuckDB one HUGEINT: M in cents (< 10^18 < 2^60, as DECIMAL(18, 2) holds), F (< 2^35) and the last
-- purchase day (offset by 2^31, so dates before 1970 stay positive); comparing one integer costs far
-- less than three columns, and DuckDB's window carries key columns much more cheaply than other
-- columns, so M, F and the last purchase are read back from it rather than carried.
-- (Cents on 64 bits below 10^14, where 128-bit decimal division would cost ~0.5 µs a customer.)
CREATE OR REPLACE TEMP MACRO hako_standing(m, f, last_purchase) AS
    (CAST(CASE WHEN m < 100000000000000 THEN CAST(m * 100 AS BIGINT)
               ELSE CAST(CAST(m AS DECIMAL(38, 2)) * 100 AS HUGEINT) END AS HUGEINT) << 67)
    + (CAST(CASE WHEN f < 34359738368 THEN f
                 ELSE error('more than 2^35 purchases by one customer') END AS HUGEINT) << 32)
    + (date_diff('day', DATE '1970-01-01', last_purchase) + 2147483648);

CREATE OR REPLACE TEMP MACRO hako_standing_monetary(standing) AS
    CAST(CAST(standing >> 67 AS BIGINT) AS DECIMAL(18, 0)) * 0.01;

CREATE OR REPLACE TEMP MACRO hako_standing_frequency(standing) AS
    CAST((standing >> 32) & 34359738367 AS BIGINT);

CREATE OR REPLACE TEMP MACRO hako_standing_last_purchase(standing) AS
    DATE '1970-01-01' + CAST((standing & 4294967295) - 2147483648 AS INTEGER);
