-- Customers, sales (sum of M) and mean F and R of every cluster present in the snapshot at as-of.
-- Parameter: as_of.
SELECT cluster,
       count(*) AS customers,
       sum(monetary) AS sales,
       avg(frequency) AS average_f,
       avg(recency_days) AS average_r
FROM customer_metrics
WHERE as_of = ?
GROUP BY cluster
