-- How customers moved between stages from a month before as-of to as-of: one row per (stage then,
-- stage now); stage then is NULL for customers whose first purchase came after the earlier date.
SELECT before.stage AS from_stage, now.stage AS to_stage, count(*) AS customers
FROM customer_metrics now
LEFT JOIN customer_metrics before
       ON before.customer_id = now.customer_id AND before.as_of = getvariable('hako_previous_as_of')
WHERE now.as_of = getvariable('hako_as_of')
GROUP BY ALL
