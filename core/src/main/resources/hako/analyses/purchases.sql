-- The purchases every analysis reads: orders that name a customer, not cancelled, net amount > 0,
-- on or before the as-of date (DOMAIN.md, "Order"). Orders that name no customer belong to no
-- customer's figures and so to no analysis of customers.
CREATE OR REPLACE TEMP MACRO hako_bought(as_of) AS TABLE
SELECT order_id, customer_id, order_date, ordered_at, amount
FROM orders
WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL AND order_date <= as_of;
