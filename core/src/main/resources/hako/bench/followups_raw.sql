-- The baseline of the follow-up benchmark: the tasks of Hako's four default plans due from raw_from
-- to raw_to, with their drop-out reasons, as one hand-written DuckDB query over the same tables
-- (customer_metrics at raw_as_of, orders, order_lines, products, customers), written to a table of
-- the database as Hako writes followup_tasks. The plans are written into the query; Hako reads them
-- from followup_plans and keeps the tasks with ids, without duplicates, over repeated generations.
CREATE OR REPLACE TABLE raw_tasks AS
WITH m AS (
    SELECT * FROM customer_metrics WHERE as_of = getvariable('raw_as_of')
),
bought AS (
    SELECT o.customer_id, l.product_code, o.order_date, sum(coalesce(l.quantity, 1)) AS quantity
    FROM order_lines l
    JOIN orders o USING (order_id)
    JOIN products p USING (product_code)
    WHERE NOT o.cancelled AND o.amount > 0 AND o.customer_id IS NOT NULL AND p.cycle_days > 0
    GROUP BY ALL
),
last_bought AS (
    SELECT customer_id, product_code,
           max(order_date) FILTER (WHERE order_date <= getvariable('raw_as_of')) AS day,
           arg_max(quantity, order_date) FILTER (WHERE order_date <= getvariable('raw_as_of')) AS quantity,
           max(order_date) AS latest_day,
           arg_max(quantity, order_date) AS latest_quantity
    FROM bought
    GROUP BY ALL
),
run_out AS (
    SELECT b.customer_id, b.product_code, b.day + CAST(round(p.cycle_days * b.quantity) AS INTEGER) AS run_out,
           CASE WHEN b.latest_quantity > 0
                THEN b.latest_day + CAST(round(p.cycle_days * b.latest_quantity) AS INTEGER) END AS latest_run_out
    FROM last_bought b
    JOIN products p USING (product_code)
    WHERE b.quantity > 0
),
steps (plan_id, step_no, days, channel) AS (
    VALUES ('top1_care', 1, 7, 'phone'), ('top1_care', 2, 21, 'dm'), ('top1_care', 3, 30, 'line'),
           ('top1_care', 4, 45, 'phone'),
           ('multi_buyer', 1, 30, 'email'), ('multi_buyer', 2, 45, 'dm'), ('multi_buyer', 3, 55, 'line'),
           ('one_time', 1, 3, 'email'), ('one_time', 2, 14, 'line'), ('one_time', 3, 30, 'dm'),
           ('replenishment', 1, -10, 'dm'), ('replenishment', 2, -5, 'email'), ('replenishment', 3, 0, 'line')
),
candidates AS (
    SELECT s.plan_id, s.step_no, m.customer_id, s.channel, m.last_purchase AS anchor, NULL AS product_code,
           m.last_purchase AS moved_to
    FROM m JOIN steps s ON s.plan_id = 'top1_care' WHERE m.cluster = 'top1'
    UNION ALL
    SELECT s.plan_id, s.step_no, m.customer_id, s.channel, m.last_purchase, NULL, NULL
    FROM m JOIN steps s ON s.plan_id = 'multi_buyer' WHERE m.frequency >= 2 AND m.cluster <> 'top1'
    UNION ALL
    SELECT s.plan_id, s.step_no, m.customer_id, s.channel, m.first_purchase, NULL, NULL
    FROM m JOIN steps s ON s.plan_id = 'one_time' WHERE m.frequency = 1
    UNION ALL
    SELECT s.plan_id, s.step_no, r.customer_id, s.channel, r.run_out, r.product_code, r.latest_run_out
    FROM run_out r JOIN steps s ON s.plan_id = 'replenishment'
    WHERE r.customer_id IN (SELECT customer_id FROM m)
),
due AS (
    SELECT c.*, c.anchor + s.days AS due_date
    FROM candidates c JOIN steps s USING (plan_id, step_no)
    WHERE c.anchor + s.days BETWEEN getvariable('raw_from') AND getvariable('raw_to')
),
last_order AS (
    SELECT customer_id, max(order_date) AS day
    FROM orders WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL GROUP BY ALL
)
SELECT d.plan_id, d.step_no, d.customer_id, d.channel, d.anchor, d.due_date, d.product_code,
       CASE
           WHEN (d.product_code IS NULL AND lo.day > d.anchor) OR (d.product_code IS NOT NULL AND d.moved_to <> d.anchor)
               THEN 'purchased_since'
           WHEN (d.channel = 'email' AND NOT coalesce(cu.consent_email, TRUE))
             OR (d.channel = 'line' AND NOT coalesce(cu.consent_line, TRUE))
             OR (d.channel = 'dm' AND NOT coalesce(cu.consent_dm, TRUE))
             OR (d.channel = 'phone' AND NOT coalesce(cu.consent_phone, TRUE)) THEN 'no_consent'
           WHEN (d.channel = 'email' AND nullif(trim(cu.email), '') IS NULL)
             OR (d.channel = 'line' AND nullif(trim(cu.line_user_id), '') IS NULL)
             OR (d.channel = 'dm' AND nullif(trim(cu.address), '') IS NULL)
             OR (d.channel = 'phone' AND nullif(trim(cu.phone), '') IS NULL) THEN 'no_contact'
       END AS dropped_reason
FROM due d
LEFT JOIN customers cu USING (customer_id)
LEFT JOIN last_order lo USING (customer_id);
