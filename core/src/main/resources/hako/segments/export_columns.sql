-- The columns of the customer list as CSV for Excel (hako.segments.MemberExport), cell by cell as the list
-- shows them: text a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return)
-- gets a leading apostrophe; money without trailing zeros (12345.00 → 12345); tier, cluster and stage as
-- their labels; empty text as an empty cell, not "" (export_macros.sql). With scores, export_scores.sql
-- appends the CLV columns.
SELECT hako_export_text(m.customer_id), hako_export_text(m.name), hako_export_text(m.email), m.frequency,
       CASE WHEN m.monetary = 0 THEN '0' ELSE rtrim(rtrim(CAST(m.monetary AS VARCHAR), '0'), '.') END,
       m.first_purchase, m.last_purchase, m.tenure_days, m.recency_days, m.rank,
       hako_export_label('cluster.' || m.tier), hako_export_label('cluster.' || m.cluster),
       hako_export_label('stage.' || m.stage)
