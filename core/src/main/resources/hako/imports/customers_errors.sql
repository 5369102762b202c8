SELECT file_no, hako_line(file_no, rowid) AS line, 'customer_id' AS field, 'empty: every customer needs an id (or an email address)' AS message
FROM hako_customers_staged WHERE customer_id IS NULL AND NOT blank
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'consent_email', printf('cannot read "%s" as yes or no', consent_email_text)
FROM hako_customers_staged WHERE consent_email IS NULL AND nullif(trim(consent_email_text), '') IS NOT NULL
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'consent_line', printf('cannot read "%s" as yes or no', consent_line_text)
FROM hako_customers_staged WHERE consent_line IS NULL AND nullif(trim(consent_line_text), '') IS NOT NULL
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'consent_dm', printf('cannot read "%s" as yes or no', consent_dm_text)
FROM hako_customers_staged WHERE consent_dm IS NULL AND nullif(trim(consent_dm_text), '') IS NOT NULL
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'consent_phone', printf('cannot read "%s" as yes or no', consent_phone_text)
FROM hako_customers_staged WHERE consent_phone IS NULL AND nullif(trim(consent_phone_text), '') IS NOT NULL
