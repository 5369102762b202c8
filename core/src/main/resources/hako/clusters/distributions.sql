-- Customers per band of F, of M and of R in the snapshot at as-of. A band is numbered from 1 by
-- counting the band low ends at or below the value.
-- Parameters: as_of, F band lows, M band lows (yen), R band lows (days).
WITH bands AS (SELECT ?::DATE AS as_of, ?::BIGINT[] AS f_lows, ?::BIGINT[] AS m_lows, ?::BIGINT[] AS r_lows),
customers AS (
    SELECT m.frequency, m.monetary, m.recency_days, b.f_lows, b.m_lows, b.r_lows
    FROM customer_metrics m, bands b
    WHERE m.as_of = b.as_of
)
SELECT 'f' AS measure, len(list_filter(f_lows, lambda low: low <= frequency)) AS band, count(*) AS customers
FROM customers GROUP BY ALL
UNION ALL
SELECT 'm', len(list_filter(m_lows, lambda low: low <= monetary)), count(*)
FROM customers GROUP BY ALL
UNION ALL
SELECT 'r', len(list_filter(r_lows, lambda low: low <= recency_days)), count(*)
FROM customers GROUP BY ALL
