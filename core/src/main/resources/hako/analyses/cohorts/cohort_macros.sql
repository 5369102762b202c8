-- DuckDB's definitions of the engine-specific pieces of cohort_cells.sql (hako-spark defines the same
-- macros for Spark SQL in hako/spark/metrics_macros.sql). Both take first days of months.

-- Whole calendar months from one month to a later one.
CREATE OR REPLACE TEMP MACRO hako_months_between(from_month, to_month) AS date_diff('month', from_month, to_month);

-- The date n months after a date, a DATE.
CREATE OR REPLACE TEMP MACRO hako_add_months(d, n) AS CAST(d + to_months(CAST(n AS INTEGER)) AS DATE);
