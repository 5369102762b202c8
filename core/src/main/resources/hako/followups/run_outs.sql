-- Usage-cycle purchases and run-out dates (DOMAIN.md, "Usage-cycle product"): a customer's run-out
-- date of a product = the last day they bought it + cycle_days × the quantity bought that day (a line
-- without a quantity counts one; fractions of a day are rounded; a last day whose lines net to no
-- quantity gives no date). Variable: hako_fu_as_of.
--
-- One row per customer and usage-cycle product they ever bought: last_bought, quantity and run_out
-- from the purchases up to the as-of date (NULL when none), latest_run_out from all purchases in the
-- data. A run-out date that is not the latest one was overtaken by a later purchase of the product.
CREATE OR REPLACE TEMP TABLE fu_run_outs AS
WITH bought AS (
    SELECT o.customer_id, l.product_code, o.order_date AS bought_on, sum(coalesce(l.quantity, 1)) AS quantity
    FROM order_lines l
    JOIN orders o USING (order_id)
    WHERE NOT o.cancelled AND o.amount > 0 AND o.customer_id IS NOT NULL
      AND l.product_code IN (SELECT product_code FROM products WHERE cycle_days > 0)
    GROUP BY ALL
),
last AS (
    SELECT customer_id, product_code,
           max(bought_on) FILTER (WHERE bought_on <= getvariable('hako_fu_as_of')) AS last_bought,
           arg_max(quantity, bought_on) FILTER (WHERE bought_on <= getvariable('hako_fu_as_of')) AS quantity,
           max(bought_on) AS latest_bought,
           arg_max(quantity, bought_on) AS latest_quantity
    FROM bought
    GROUP BY ALL
)
SELECT b.customer_id, b.product_code, b.last_bought, b.quantity, p.cycle_days,
       CASE WHEN b.quantity > 0 THEN b.last_bought + CAST(round(p.cycle_days * b.quantity) AS INTEGER) END AS run_out,
       CASE WHEN b.latest_quantity > 0
            THEN b.latest_bought + CAST(round(p.cycle_days * b.latest_quantity) AS INTEGER) END AS latest_run_out
FROM last b
JOIN (SELECT product_code, max(cycle_days) AS cycle_days FROM products WHERE cycle_days > 0 GROUP BY ALL) p
  USING (product_code);
