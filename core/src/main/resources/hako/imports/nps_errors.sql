SELECT file_no, hako_line(file_no, rowid) AS line, 'customer_id' AS field,
       'empty: every answer needs a customer id (or an email address)' AS message
FROM hako_nps_staged WHERE customer_id IS NULL AND NOT blank
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'responded_on',
       CASE WHEN nullif(trim(responded_on_text), '') IS NULL THEN 'empty: every answer needs a date'
            ELSE printf('cannot read "%s" as a date', responded_on_text) END
FROM hako_nps_staged WHERE responded_on IS NULL AND NOT blank
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'score',
       CASE WHEN nullif(trim(score_text), '') IS NULL THEN 'empty: every answer needs a score from 0 to 10'
            ELSE printf('"%s" is not a score: a whole number from 0 to 10', score_text) END
FROM hako_nps_staged WHERE (score IS NULL OR score > 10) AND NOT blank
