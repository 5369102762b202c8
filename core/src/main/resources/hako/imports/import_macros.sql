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
CREATE OR REPLACE TEMP MACRO hako_order_time(v) AS (
    CASE WHEN getvariable('hako_ts_zoned')
         THEN coalesce(timezone(getvariable('hako_zone'), try_strptime(v, getvariable('hako_ts_format'))),
                       hako_timestamp(v, getvariable('hako_zone')))
         ELSE coalesce(try_strptime(v, getvariable('hako_ts_format')), hako_timestamp(v, getvariable('hako_zone')))
    END);
