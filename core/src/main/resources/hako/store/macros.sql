-- How Hako reads the text of an export: amounts, dates and yes/no flags.
-- Defined on every connection (TEMP macros), used by the importers in bulk and by --as-of,
-- so that there is one definition of each form. Unreadable text yields NULL; the importer turns
-- a NULL from non-empty text into an error naming file, line and column.

-- DuckDB counts a running query's progress only with its progress bar on; Hako draws its own.
SET enable_progress_bar = true;

SET enable_progress_bar_print = false;

-- Full-width digits and punctuation (common in Japanese exports) to ASCII, trimmed.
CREATE OR REPLACE TEMP MACRO hako_text(s) AS
    trim(translate(s, '０１２３４５６７８９－／：．，＋（）　', '0123456789-/:.,+() '));

-- Amounts: 1234, 1,234, ￥1,234, ¥1,234, 1,234円, $12.50, -1,234, ▲1,234 (Japanese minus), (1,234).
-- A backslash is a yen sign: Shift_JIS has ¥ at byte 0x5C, which Windows-31J decodes as \.
CREATE OR REPLACE TEMP MACRO hako_amount_slow(t) AS (
    CASE WHEN regexp_full_match(t,
            -- a sign before or after the currency, or accounting parentheses; never both, never unbalanced
            '(?:[-−▲△]\s*)?(?:(?:[¥￥$€£\\]|JPY|USD)\s*)?(?:[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(?:円|JPY|USD|yen)?|(?:[¥￥$€£\\]|JPY|USD)\s*[-−▲△]\s*(?:[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(?:円|JPY|USD|yen)?|\(\s*(?:(?:[¥￥$€£\\]|JPY|USD)\s*)?(?:[0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)\s*(?:円|JPY|USD|yen)?\s*\)')
         THEN TRY_CAST(
            (CASE WHEN regexp_matches(t, '^\s*[-−▲△(]') OR regexp_matches(t, '^\s*(?:[¥￥$€£\\]|JPY|USD)\s*[-−▲△]')
                  THEN '-' ELSE '' END)
            || replace(regexp_extract(t, '([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)', 1), ',', '') AS DECIMAL(18, 3))
    END);

CREATE OR REPLACE TEMP MACRO hako_amount(s) AS (
    CASE WHEN s IS NULL OR trim(s) = '' THEN NULL
         ELSE coalesce(TRY_CAST(s AS DECIMAL(18, 3)), hako_amount_slow(hako_text(s)))
    END);

-- Japanese era (元号) to the Gregorian year it starts at minus one.
CREATE OR REPLACE TEMP MACRO hako_era_base(e) AS (
    CASE upper(e)
        WHEN '令和' THEN 2018 WHEN 'R' THEN 2018
        WHEN '平成' THEN 1988 WHEN 'H' THEN 1988
        WHEN '昭和' THEN 1925 WHEN 'S' THEN 1925
        WHEN '大正' THEN 1911 WHEN 'T' THEN 1911
        WHEN '明治' THEN 1867 WHEN 'M' THEN 1867
    END);

-- The last year of each era (平成31年, 昭和64年, …); 令和 is open.
CREATE OR REPLACE TEMP MACRO hako_era_years(e) AS (
    CASE upper(e)
        WHEN '令和' THEN 99 WHEN 'R' THEN 99
        WHEN '平成' THEN 31 WHEN 'H' THEN 31
        WHEN '昭和' THEN 64 WHEN 'S' THEN 64
        WHEN '大正' THEN 15 WHEN 'T' THEN 15
        WHEN '明治' THEN 45 WHEN 'M' THEN 45
    END);

-- The year within the era of text starting with an era date (元 = 1).
CREATE OR REPLACE TEMP MACRO hako_era_year(t) AS (
    CASE regexp_extract(t, '^(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(\d{1,2}|元)', 1)
        WHEN '元' THEN 1
        ELSE TRY_CAST(regexp_extract(t, '^(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(\d{1,2})', 1) AS INTEGER)
    END);

-- Rewrites the less common date forms to yyyy-mm-dd[ rest]:
-- 令和4年11月30日 / R4.11.30 / H31/4/30, 2022年11月30日, 11/30/2022 (US, year last), 20221130.
CREATE OR REPLACE TEMP MACRO hako_iso_text(t) AS (
    CASE
        WHEN regexp_matches(t, '^(明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(\d{1,2}|元)\s*[年./-]') THEN
            CASE WHEN hako_era_year(t) NOT BETWEEN 1
                      AND hako_era_years(regexp_extract(t, '^(明治|大正|昭和|平成|令和|[MTSHRmtshr])', 1))
                 THEN 'no such year of the era'
                 ELSE printf('%04d-%s-%s %s',
                    hako_era_base(regexp_extract(t, '^(明治|大正|昭和|平成|令和|[MTSHRmtshr])', 1)) + hako_era_year(t),
                    regexp_extract(t, '^(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(?:\d{1,2}|元)\s*[年./-]\s*(\d{1,2})', 1),
                    regexp_extract(t, '^(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(?:\d{1,2}|元)\s*[年./-]\s*\d{1,2}\s*[月./-]\s*(\d{1,2})', 1),
                    regexp_extract(t, '^(?:明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(?:\d{1,2}|元)\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*(.*)$', 1))
            END
        WHEN regexp_matches(t, '^\d{4}\s*年') THEN
            regexp_replace(t, '^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*', '\1-\2-\3 ')
        WHEN regexp_matches(t, '^\d{1,2}/\d{1,2}/\d{4}') THEN
            regexp_replace(t, '^(\d{1,2})/(\d{1,2})/(\d{4})', '\3-\1-\2')
        WHEN regexp_full_match(t, '\d{8}') THEN
            regexp_replace(t, '^(\d{4})(\d{2})(\d{2})$', '\1-\2-\3')
        ELSE replace(t, '/', '-')
    END);

-- 12時34分56秒 to 12:34:56, the T of ISO to a space, a trailing Z to +00:00.
CREATE OR REPLACE TEMP MACRO hako_time_text(t) AS
    regexp_replace(regexp_replace(regexp_replace(regexp_replace(trim(t),
        '(\d{1,2})時(\d{1,2})分(?:(\d{1,2})秒)?', '\1:\2:\3'), ':$', ''),
        '^(\d{4}-\d{1,2}-\d{1,2})T', '\1 '), 'Z$', '+00:00');

-- A local timestamp in the shop's time zone tz. Text with a UTC offset is converted to tz;
-- text without one is taken as already local.
CREATE OR REPLACE TEMP MACRO hako_timestamp_slow(t, tz) AS (
    CASE WHEN regexp_matches(t, '[+-]\d{2}:?\d{2}$')
         THEN timezone(tz, try_strptime(regexp_replace(t, '\s+([+-]\d{2}:?\d{2})$', '\1'),
                ['%Y-%m-%d %H:%M:%S%z', '%Y-%m-%d %H:%M:%S.%f%z', '%Y-%m-%d %H:%M%z']))
         ELSE try_strptime(trim(t), ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M:%S.%f', '%Y-%m-%d %H:%M', '%Y-%m-%d'])
    END);

CREATE OR REPLACE TEMP MACRO hako_timestamp(s, tz) AS (
    CASE WHEN s IS NULL OR trim(s) = '' THEN NULL
         ELSE coalesce(
             try_strptime(s, ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d', '%Y/%m/%d %H:%M:%S', '%Y/%m/%d %H:%M', '%Y/%m/%d', '%Y-%m-%d %H:%M']),
             hako_timestamp_slow(hako_time_text(hako_iso_text(hako_text(s))), tz))
    END);

-- Yes/no flags (consent columns and the like). Unknown words yield NULL.
CREATE OR REPLACE TEMP MACRO hako_flag(s) AS (
    CASE WHEN s IS NULL OR trim(s) = '' THEN NULL
         WHEN lower(hako_text(s)) IN ('1', 'y', 'yes', 'true', 't', 'on', 'ok', 'subscribed', 'opt-in', 'optin',
              'confirmed', '許可', '同意', '同意する', '可', 'はい', '希望', '希望する', '受け取る', '受信', '受信する',
              'する', 'あり', '有', '○', '◯', '済') THEN TRUE
         WHEN lower(hako_text(s)) IN ('0', 'n', 'no', 'false', 'f', 'off', 'unsubscribed', 'opt-out', 'optout',
              'not_subscribed', 'pending', '不可', '拒否', 'いいえ', '希望しない', '受け取らない', '受信しない',
              'しない', 'なし', '無', '×', '✕', '-') THEN FALSE
    END);

-- A status text that means the order did not happen (or was wholly refunded). Whole words only:
-- "キャンセル不可商品" or "返品なし" are not cancellations.
CREATE OR REPLACE TEMP MACRO hako_cancel_status(s) AS
    coalesce(regexp_full_match(lower(hako_text(s)),
        '(order\s*)?(cancell?ed|cancel|void(ed)?|refunded)|(注文)?(キャンセル|取消|取り消し|返品|返金)(済み?|済|扱い)?'), FALSE);

-- A "cancelled" column: empty or a no-word means not cancelled; a yes-word, a cancellation word or
-- a date (when it was cancelled) means cancelled; anything else cannot be read (NULL).
CREATE OR REPLACE TEMP MACRO hako_cancel_mark(s) AS (
    CASE WHEN s IS NULL OR trim(s) = '' THEN FALSE
         WHEN hako_flag(s) IS NOT NULL THEN hako_flag(s)
         WHEN hako_cancel_status(s) THEN TRUE
         WHEN hako_timestamp(s, 'UTC') IS NOT NULL THEN TRUE
    END);
