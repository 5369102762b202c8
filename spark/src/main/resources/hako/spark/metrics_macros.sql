-- Spark SQL's definitions of the engine-specific macros of hako/customers/metrics.sql (DuckDB's are in
-- hako/customers/metrics_macros.sql) and of the job's own hako/spark/cohort_cells.sql. hako_bought, the purchases of the analyses, is DuckDB's own
-- table macro (hako/analyses/purchases.sql), expanded as a subquery. Spark has no macros: SparkDialect expands each call textually,
-- every argument parenthesised, so these bodies must be expressions.

-- Whole days from one date to a later one, a BIGINT as DuckDB's date_diff.
CREATE OR REPLACE TEMP MACRO hako_days_between(from_date, to_date) AS CAST(datediff(to_date, from_date) AS BIGINT);

-- The first three keys of the rank order as a struct: Spark orders structs field by field, so
-- "standing DESC" is M desc, F desc, last purchase desc (Spark has no 128-bit integer to pack them in).
CREATE OR REPLACE TEMP MACRO hako_standing(m, f, last_purchase) AS
    named_struct('monetary', m, 'frequency', f, 'last_purchase', last_purchase);

CREATE OR REPLACE TEMP MACRO hako_standing_monetary(standing) AS standing.monetary;

CREATE OR REPLACE TEMP MACRO hako_standing_frequency(standing) AS standing.frequency;

CREATE OR REPLACE TEMP MACRO hako_standing_last_purchase(standing) AS standing.last_purchase;

-- The cohort table's (hako/spark/cohort_cells.sql), on first days of months:
-- whole calendar months from one to a later one (a BIGINT, as DuckDB's date_diff), and the date n
-- months after a date. On first days of months months_between is a whole number and add_months exact.
CREATE OR REPLACE TEMP MACRO hako_months_between(from_month, to_month) AS
    CAST(months_between(to_month, from_month) AS BIGINT);

CREATE OR REPLACE TEMP MACRO hako_add_months(d, n) AS add_months(d, CAST(n AS INT));
