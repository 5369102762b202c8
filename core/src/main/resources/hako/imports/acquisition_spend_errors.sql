SELECT file_no, hako_line(file_no, rowid) AS line, 'month' AS field,
       CASE WHEN nullif(trim(month_text), '') IS NULL THEN 'empty: every row needs a month'
            ELSE printf('cannot read "%s" as a month; write it as 2022-11, 2022/11 or 2022年11月', month_text) END AS message
FROM hako_acquisition_spend_staged WHERE month IS NULL AND NOT blank
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'spend',
       CASE WHEN nullif(trim(spend_text), '') IS NULL THEN 'empty: every row needs an amount'
            WHEN amount IS NULL THEN printf('cannot read "%s" as an amount', spend_text)
            ELSE printf('%s is negative: spend is 0 or more', spend_text) END
FROM hako_acquisition_spend_staged WHERE (amount IS NULL OR amount < 0) AND NOT blank
