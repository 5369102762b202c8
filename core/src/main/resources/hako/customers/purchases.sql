-- Runs before metrics.sql on both engines (and before reading a stored snapshot back), at hako_as_of.

-- The one definition of a purchase: an order not cancelled, net amount > 0, on or before as-of.
-- Orders that name no customer are purchases too, but belong to no customer's figures: every
-- query keeps them apart on customer_id. A view, so it reads the as-of of the current run.
CREATE OR REPLACE TEMP VIEW hako_purchases AS
SELECT order_id, customer_id, order_date, amount
FROM orders
WHERE NOT cancelled AND amount > 0 AND order_date <= getvariable('hako_as_of');
