-- What would make the loaded customer table (hako_metrics_input) wrong for this shop at hako_as_of: each
-- problem's count, with one example customer (the smallest id). Reads hako_purchases (purchases.sql at
-- hako_as_of) and the valid keys in hako_tier_keys, hako_cluster_keys, hako_stage_keys.
WITH input AS (
    SELECT * FROM hako_metrics_input
),
counts AS (
    SELECT count(*) AS customers,
           count(*) - count(customer_id) AS no_customer_id, count(*) - count(frequency) AS no_frequency,
           count(*) - count(monetary) AS no_monetary, count(*) - count(first_purchase) AS no_first_purchase,
           count(*) - count(last_purchase) AS no_last_purchase, count(*) - count(tenure_days) AS no_tenure_days,
           count(*) - count(recency_days) AS no_recency_days, count(*) - count(rank) AS no_rank,
           count(*) - count(cluster) AS no_cluster, count(*) - count(stage) AS no_stage,
           count(DISTINCT rank) AS ranks, min(rank) AS first_rank, max(rank) AS last_rank,
           count(*) FILTER (WHERE last_purchase + CAST(recency_days AS INTEGER) <> getvariable('hako_as_of')) AS other_as_of,
           min(customer_id || ' (last purchase ' || last_purchase || ', R ' || recency_days || ' days: as-of '
               || (last_purchase + CAST(recency_days AS INTEGER)) || ')')
               FILTER (WHERE last_purchase + CAST(recency_days AS INTEGER) <> getvariable('hako_as_of')) AS other_as_of_example,
           count(*) FILTER (WHERE tier IS NOT NULL AND NOT list_contains(getvariable('hako_tier_keys'), tier)) AS bad_tier,
           min(tier) FILTER (WHERE tier IS NOT NULL AND NOT list_contains(getvariable('hako_tier_keys'), tier)) AS bad_tier_example,
           count(*) FILTER (WHERE NOT list_contains(getvariable('hako_cluster_keys'), cluster)) AS bad_cluster,
           min(cluster) FILTER (WHERE NOT list_contains(getvariable('hako_cluster_keys'), cluster)) AS bad_cluster_example,
           count(*) FILTER (WHERE NOT list_contains(getvariable('hako_stage_keys'), stage)) AS bad_stage,
           min(stage) FILTER (WHERE NOT list_contains(getvariable('hako_stage_keys'), stage)) AS bad_stage_example
    FROM input
),
repeated AS (
    SELECT count(*) AS repeated, min(customer_id) AS repeated_example
    FROM (SELECT customer_id FROM input WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING count(*) > 1)
),
matched AS (
    SELECT count(*) FILTER (WHERE s.customer_id IS NULL) AS unknown,
           min(i.customer_id) FILTER (WHERE s.customer_id IS NULL) AS unknown_example,
           count(*) FILTER (WHERE i.customer_id IS NULL) AS missing,
           min(s.customer_id) FILTER (WHERE i.customer_id IS NULL) AS missing_example
    FROM (SELECT DISTINCT customer_id FROM input WHERE customer_id IS NOT NULL) i
    FULL JOIN (SELECT DISTINCT customer_id FROM hako_purchases WHERE customer_id IS NOT NULL) s
           ON s.customer_id = i.customer_id
)
SELECT * FROM counts CROSS JOIN repeated CROSS JOIN matched
