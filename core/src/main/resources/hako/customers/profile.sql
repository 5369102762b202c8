-- A customer's master row. Parameter: customer_id. The importer keeps one row per id; should two
-- remain, the newest import wins.
SELECT customer_id, name, email, phone, postal_code, address, line_user_id,
       consent_email, consent_line, consent_dm, consent_phone, referred_by
FROM customers
WHERE customer_id = ?
ORDER BY import_id DESC
LIMIT 1
