-- A visitor seen with a customer id (login, purchase, any event of a known customer) is that customer.
INSERT INTO visitor_customers
SELECT f.visitor_id, f.customer_id, min(f.occurred_at)
FROM hako_event_intake f
WHERE f.customer_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM visitor_customers v WHERE v.visitor_id = f.visitor_id AND v.customer_id = f.customer_id)
GROUP BY f.visitor_id, f.customer_id
