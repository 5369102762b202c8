-- Names and emails of the given customers (for pages that may show personal data). Parameter: ids (VARCHAR[]).
SELECT customer_id, any_value(name) AS name, any_value(email) AS email
FROM customers
WHERE customer_id IN (SELECT unnest(?::VARCHAR[]))
GROUP BY ALL
