-- Macros the import scripts share. hako_bases holds, per input file, the rowid of its first row
-- in its staging table: staging tables are filled in file order, so a row's line in its file is
-- its rowid minus that, plus 2 (the header is line 1).
CREATE OR REPLACE TEMP MACRO hako_line(file_no, rid) AS rid - getvariable('hako_bases')[file_no + 1] + 2;

-- True when non-empty text did not parse.
CREATE OR REPLACE TEMP MACRO hako_unreadable(text, parsed) AS (
    CASE WHEN parsed IS NOT NULL THEN FALSE ELSE nullif(trim(text), '') IS NOT NULL END);

-- Text with surrounding spaces removed; NULL when nothing is left.
CREATE OR REPLACE TEMP MACRO hako_clean(s) AS (
    CASE WHEN s IS NULL THEN NULL
         WHEN starts_with(s, ' ') OR ends_with(s, ' ') OR s = '' THEN nullif(trim(s), '')
         ELSE s
    END);

-- Customer ids: email addresses compare in lower case.
CREATE OR REPLACE TEMP MACRO hako_customer_key(s) AS (
    CASE WHEN contains(s, '@') THEN lower(trim(s)) ELSE hako_clean(s) END);

-- An order date: the format detected on a sample of this import first (fast), every other form
-- through the general macro. Variables: hako_zone, hako_ts_format, hako_ts_zoned.
-- Both branches yield a TIMESTAMP (the casts are no-ops for the format each branch is taken with):
-- a branch of another type would make every date a TIMESTAMPTZ, converted back per order later.
CREATE OR REPLACE TEMP MACRO hako_order_time(v) AS (
    CASE WHEN getvariable('hako_ts_zoned')
         THEN coalesce(timezone(getvariable('hako_zone'), CAST(try_strptime(v, getvariable('hako_ts_format')) AS TIMESTAMPTZ)),
                       hako_timestamp(v, getvariable('hako_zone')))
         ELSE coalesce(CAST(try_strptime(v, getvariable('hako_ts_format')) AS TIMESTAMP),
                       hako_timestamp(v, getvariable('hako_zone')))
    END);

-- x (of scale 6 or less) rounded to cents exactly as CAST(x AS DECIMAL(18, 2)) rounds it. Line values
-- and their sums are 128-bit decimals, whose rounding division costs about 0.7 µs a value: through
-- the 64-bit DECIMAL(18, 6), whenever x fits it (|x| < 10^12), the same rounding costs a few ns.
-- Larger values take the 128-bit cast, and its overflow error.
CREATE OR REPLACE TEMP MACRO hako_cents(x) AS
    coalesce(CAST(TRY_CAST(x AS DECIMAL(18, 6)) AS DECIMAL(18, 2)), CAST(x AS DECIMAL(18, 2)));

-- x (of scale 6 or less) rounded to three decimals exactly as the implicit cast to DECIMAL(38, 3)
-- rounds it, by the same cheap path.
CREATE OR REPLACE TEMP MACRO hako_mills(x) AS
    coalesce(CAST(TRY_CAST(x AS DECIMAL(18, 6)) AS DECIMAL(18, 3)), CAST(x AS DECIMAL(38, 3)));

-- A month: 2022-11, 2022/11, 2022.11, 2022年11月, 202211, or any date the importer reads (its month),
-- as the first day of that month. NULL when unreadable.
CREATE OR REPLACE TEMP MACRO hako_month(s) AS (
    CASE WHEN s IS NULL OR trim(s) = '' THEN NULL
         WHEN regexp_full_match(hako_text(s), '\d{4}\s*[-/.年]\s*\d{1,2}\s*月?') THEN
             TRY_CAST(printf('%s-%s-01', regexp_extract(hako_text(s), '^(\d{4})', 1),
                             lpad(regexp_extract(hako_text(s), '^\d{4}\s*[-/.年]\s*(\d{1,2})', 1), 2, '0')) AS DATE)
         WHEN regexp_full_match(hako_text(s), '\d{6}') THEN
             TRY_CAST(printf('%s-%s-01', left(hako_text(s), 4), right(hako_text(s), 2)) AS DATE)
         ELSE CAST(date_trunc('month', CAST(hako_timestamp(s, getvariable('hako_zone')) AS DATE)) AS DATE)
    END);
