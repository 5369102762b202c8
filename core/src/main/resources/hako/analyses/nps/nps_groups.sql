-- nps_loyalty.sql and nps_bought.sql, then per loyalty group: customers, their purchases (F) and sales
-- (M) at as-of, the customers they referred (customers.referred_by naming one of them), and those who
-- never bought by as-of (not in the customer table, so listed apart).
WITH bought AS (SELECT * FROM hako_nps_bought),
referred AS (
    SELECT referred_by AS customer_id, count(*) AS referrals
    FROM customers WHERE referred_by IS NOT NULL
    GROUP BY referred_by
)
SELECT l.loyalty,
       count(*) AS customers,
       CAST(coalesce(sum(b.f), 0) AS BIGINT) AS orders,
       CAST(coalesce(sum(b.m), 0) AS DECIMAL(18, 2)) AS sales,
       CAST(coalesce(sum(r.referrals), 0) AS BIGINT) AS referrals,
       count(r.customer_id) AS referrers,
       count(*) FILTER (WHERE b.customer_id IS NULL) AS without_purchase
FROM hako_nps_loyalty l LEFT JOIN bought b USING (customer_id) LEFT JOIN referred r USING (customer_id)
GROUP BY l.loyalty;
