-- Usage-cycle purchases and run-out dates (DOMAIN.md, "Usage-cycle product"): a customer's run-out
-- date of a product = the last day they bought it + cycle_days × the quantity bought that day
-- (a line without a quantity counts one; fractions of a day are rounded).

-- Every day a customer bought a usage-cycle product, with the quantity bought that day. All
-- purchases in the data, so that a purchase after the as-of date shows as "bought since".
CREATE OR REPLACE TEMP TABLE fu_bought AS
SELECT o.customer_id, l.product_code, o.order_date AS bought_on, sum(coalesce(l.quantity, 1)) AS quantity
FROM order_lines l
JOIN orders o USING (order_id)
WHERE NOT o.cancelled AND o.amount > 0 AND o.customer_id IS NOT NULL
  AND l.product_code IN (SELECT product_code FROM products WHERE cycle_days > 0)
GROUP BY ALL;

-- Run-out dates from the purchases up to day d: one row per customer and product, from the last day
-- they bought it (a last day whose lines net to no quantity gives no run-out date).
CREATE OR REPLACE TEMP MACRO fu_run_outs_until(d) AS TABLE
SELECT b.customer_id, b.product_code, b.last_bought, b.quantity, p.cycle_days,
       b.last_bought + CAST(round(p.cycle_days * b.quantity) AS INTEGER) AS run_out
FROM (SELECT customer_id, product_code, max(bought_on) AS last_bought, arg_max(quantity, bought_on) AS quantity
      FROM fu_bought
      WHERE bought_on <= d
      GROUP BY ALL) b
JOIN (SELECT product_code, max(cycle_days) AS cycle_days FROM products WHERE cycle_days > 0 GROUP BY ALL) p
  USING (product_code)
WHERE b.quantity > 0;

-- The run-out dates at the as-of date, and the latest ones (all purchases in the data): a task whose
-- run-out date is no longer the latest was overtaken by a later purchase of the product.
CREATE OR REPLACE TEMP TABLE fu_run_outs AS FROM fu_run_outs_until(getvariable('hako_fu_as_of'));

CREATE OR REPLACE TEMP TABLE fu_run_outs_latest AS FROM fu_run_outs_until(DATE '9999-12-31');
