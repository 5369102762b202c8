-- Reading site events per customer (ingestion, V7). The tables are V6's; these views say how an
-- anonymous visitor's events count for a customer once the visitor is known.

-- The customer a visitor is, as last learnt: a shared computer may have been several customers,
-- and the latest login or purchase wins.
CREATE VIEW visitor_customer AS
SELECT visitor_id, arg_max(customer_id, linked_at) AS customer_id
FROM visitor_customers
GROUP BY visitor_id;

-- Every event with the customer it counts for: the customer the site named, else the customer its
-- visitor was merged with (also for events sent before the merge), else NULL (still anonymous).
CREATE VIEW customer_events AS
SELECT e.*, coalesce(e.customer_id, v.customer_id) AS counted_customer_id
FROM events e
LEFT JOIN visitor_customer v ON v.visitor_id = e.visitor_id;
