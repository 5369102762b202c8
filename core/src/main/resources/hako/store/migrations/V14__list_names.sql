-- The customer list reads a page, its names and its searches from the snapshot alone (hako.segments.Members):
-- the name and email of the customers master as they were when the snapshot was taken (the snapshot is
-- retaken after every import, so they never go stale), and the lower-case text a search looks in —
-- search_text the id and the name (separated by a unit separator, so no search matches across the two),
-- search_email the email. A page's ORDER BY … LIMIT reads these columns for its own rows only.
ALTER TABLE customer_metrics ADD COLUMN name VARCHAR;
ALTER TABLE customer_metrics ADD COLUMN email VARCHAR;
ALTER TABLE customer_metrics ADD COLUMN search_text VARCHAR;
ALTER TABLE customer_metrics ADD COLUMN search_email VARCHAR;

UPDATE customer_metrics m
SET name = c.name, email = c.email,
    search_text = lower(m.customer_id) || chr(31) || lower(coalesce(c.name, '')),
    search_email = lower(c.email)
FROM customers c
WHERE c.customer_id = m.customer_id;

UPDATE customer_metrics SET search_text = lower(customer_id) WHERE search_text IS NULL;
