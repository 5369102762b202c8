-- Cell formats of the customer list's CSV (export_columns.sql, export_scores.sql), defined on the exporting
-- connection.

-- Text from the shop's data, kept from running as a spreadsheet formula; empty text as NULL (an empty cell).
CREATE OR REPLACE TEMP MACRO hako_export_text(s) AS
    CASE WHEN s IS NULL OR s = '' THEN NULL
         WHEN left(s, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || s
         ELSE s END;

-- A probability or an expectation with four decimals, rounded half away from zero (half up: they are never
-- negative), as hako.clv.ClvScore#values writes them. Numeric: going through the shortest decimal text instead
-- made a million-row export three times slower.
CREATE OR REPLACE TEMP MACRO hako_export_fixed4(d) AS CAST(round(d, 4) AS DECIMAL(18, 4));

-- The label of a tier, cluster, stage or churn risk by its message key ('cluster.top1', 'stage.retention',
-- 'clv.risk.high'), from the lists the exporter sets in the page's language.
CREATE OR REPLACE TEMP MACRO hako_export_label(k) AS
    map(getvariable('hako_export_label_keys'), getvariable('hako_export_label_texts'))[k];
