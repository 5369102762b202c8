-- Shop-level KPIs at as-of, from hako_customer_metrics and hako_purchases (metrics.sql).
-- F2: of customers whose first purchase is at least the window before as-of, the share whose second
-- purchase came within the window of the first.
WITH f2 AS (
    SELECT count(*) AS eligible,
           count(*) FILTER (WHERE date_diff('day', dates[1], dates[2]) <= getvariable('hako_f2_window')) AS converted
    FROM (
        SELECT min(order_date, 2) AS dates
        FROM hako_purchases
        WHERE customer_id IS NOT NULL
        GROUP BY customer_id
        HAVING min(order_date) <= getvariable('hako_as_of') - getvariable('hako_f2_window')
    )
),
unattributed AS (
    SELECT count(*) AS orders, coalesce(sum(amount), 0) AS sales
    FROM hako_purchases
    WHERE customer_id IS NULL
)
SELECT count(*) AS customers,
       coalesce(sum(frequency), 0) AS orders,
       coalesce(sum(monetary), 0) AS sales,
       count(*) FILTER (WHERE frequency >= 2) AS repeaters,
       count(*) FILTER (WHERE recency_days > getvariable('hako_dormant_days')) AS dormant,
       (SELECT eligible FROM f2) AS f2_eligible,
       (SELECT converted FROM f2) AS f2_converted,
       (SELECT orders FROM unattributed) AS unattributed_orders,
       (SELECT sales FROM unattributed) AS unattributed_sales
FROM hako_customer_metrics
