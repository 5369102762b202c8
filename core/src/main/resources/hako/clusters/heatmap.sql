-- Customers per R band × F band in the snapshot at as-of. A band is numbered from 1 by counting the
-- band low ends at or below the value. Parameters: as_of, R band lows, F band lows.
WITH bands AS (SELECT ?::DATE AS as_of, ?::BIGINT[] AS r_lows, ?::BIGINT[] AS f_lows)
SELECT len(list_filter(b.r_lows, lambda low: low <= m.recency_days)) AS r_band,
       len(list_filter(b.f_lows, lambda low: low <= m.frequency)) AS f_band,
       count(*) AS customers
FROM customer_metrics m, bands b
WHERE m.as_of = b.as_of
GROUP BY ALL
