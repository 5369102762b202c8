-- Recommendation anchors: purchases (orders with a customer, not cancelled, amount > 0) whose message is
-- due in (au_now - au_catch_up, au_now]: au_rec_days after the purchase, or, when the order holds
-- usage-cycle products, at the earliest run-out (purchase + cycle_days × quantity days, rounded). A
-- purchase the customer followed with another before it was due anchors nothing: the later one does.
-- Variables: au_now, au_now_local (the same instant in the shop's zone), au_catch_up, au_rec_days.
CREATE OR REPLACE TEMP TABLE au_anchors AS
WITH purchase AS (
    SELECT order_id, customer_id, ordered_at
    FROM orders
    WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL
),
cycle AS (
    SELECT l.order_id, min(CAST(round(p.cycle_days * coalesce(l.quantity, 1)) AS INTEGER)) AS days
    FROM order_lines l
    JOIN (SELECT product_code, max(cycle_days) AS cycle_days FROM products WHERE cycle_days > 0 GROUP BY ALL) p
      USING (product_code)
    WHERE coalesce(l.quantity, 1) > 0
    GROUP BY l.order_id
),
due AS (
    SELECT o.order_id, o.customer_id, o.ordered_at, c.days IS NOT NULL AS run_out,
           o.ordered_at + to_days(coalesce(c.days, getvariable('au_rec_days'))) AS due_local
    FROM purchase o LEFT JOIN cycle c USING (order_id)
)
SELECT d.order_id, d.customer_id, d.ordered_at, d.due_local, au_utc(d.due_local) AS due_at, d.run_out
FROM due d
-- a cheap local-time bound first (zones are within a day of UTC), the exact UTC one after
WHERE d.due_local <= getvariable('au_now_local') + INTERVAL 1 DAY
  AND d.due_local > getvariable('au_now_local') - getvariable('au_catch_up') - INTERVAL 1 DAY
  AND au_utc(d.due_local) <= getvariable('au_now')
  AND au_utc(d.due_local) > getvariable('au_now') - getvariable('au_catch_up')
  AND NOT EXISTS (SELECT 1 FROM purchase later
                  WHERE later.customer_id = d.customer_id AND later.ordered_at > d.ordered_at
                    AND later.ordered_at < d.due_local)
  AND NOT EXISTS (SELECT 1 FROM automation_triggers t
                  WHERE t.scenario = 'recommendation' AND t.customer_id = d.customer_id AND t.trigger_key = d.order_id);
