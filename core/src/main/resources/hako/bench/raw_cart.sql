-- The automations benchmark's raw query: cart abandonment step 1 computed in one statement straight
-- from the tables (no re-entry to check on an empty trigger table), as a hand-written DuckDB query
-- would. Variables: bench_now (UTC), bench_zone.
CREATE OR REPLACE TABLE raw_cart AS
WITH who AS (
    SELECT visitor_id, arg_max(customer_id, linked_at) AS customer_id FROM visitor_customers GROUP BY ALL
),
ev AS (
    SELECT e.event_id, e.occurred_at, e.type, e.product_code, e.product_name, e.price, e.url,
           coalesce(e.quantity, 1) AS quantity, coalesce(e.customer_id, w.customer_id) AS customer_id
    FROM events e LEFT JOIN who w USING (visitor_id)
    WHERE e.type IN ('add_to_cart', 'remove_from_cart', 'purchase') AND e.occurred_at <= getvariable('bench_now')
),
bought AS (
    SELECT customer_id, max(bought_at) AS last_bought
    FROM (SELECT customer_id, occurred_at AS bought_at FROM ev WHERE type = 'purchase'
          UNION ALL
          SELECT customer_id, timezone('UTC', timezone(getvariable('bench_zone'), ordered_at))
          FROM orders WHERE NOT cancelled AND amount > 0 AND customer_id IS NOT NULL)
    GROUP BY ALL
),
cart AS (
    SELECT ev.* FROM ev LEFT JOIN bought b USING (customer_id)
    WHERE ev.type <> 'purchase' AND ev.customer_id IS NOT NULL
      AND (b.last_bought IS NULL OR ev.occurred_at > b.last_bought)
),
line AS (
    SELECT customer_id, product_code,
           sum(CASE WHEN type = 'add_to_cart' THEN quantity ELSE -quantity END) AS quantity,
           arg_max(product_name, occurred_at) FILTER (WHERE type = 'add_to_cart') AS product_name,
           arg_max(price, occurred_at) FILTER (WHERE type = 'add_to_cart') AS price,
           arg_max(url, occurred_at) FILTER (WHERE type = 'add_to_cart') AS url
    FROM cart GROUP BY ALL
)
SELECT h.customer_id, h.cart_key AS trigger_key, h.last_change + INTERVAL 60 MINUTE AS due_at, i.items
FROM (SELECT customer_id, min({'t': occurred_at, 'id': event_id}) FILTER (WHERE type = 'add_to_cart').id AS cart_key,
             max(occurred_at) AS last_change
      FROM cart GROUP BY ALL) h
JOIN (SELECT customer_id,
             to_json(list({'product_code': product_code, 'product_name': product_name, 'price': price,
                           'quantity': quantity, 'url': url} ORDER BY product_code))::VARCHAR AS items
      FROM line WHERE quantity > 0 GROUP BY ALL) i USING (customer_id)
WHERE h.cart_key IS NOT NULL
  AND h.last_change + INTERVAL 60 MINUTE <= getvariable('bench_now')
  AND h.last_change + INTERVAL 60 MINUTE > getvariable('bench_now') - INTERVAL 24 HOUR;
