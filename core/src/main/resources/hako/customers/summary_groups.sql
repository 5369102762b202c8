-- Count and sales per cluster and per stage.
SELECT 'cluster' AS grouping, cluster AS key, count(*) AS customers, sum(monetary) AS sales
FROM hako_customer_metrics GROUP BY cluster
UNION ALL
SELECT 'stage', stage, count(*), sum(monetary)
FROM hako_customer_metrics GROUP BY stage
