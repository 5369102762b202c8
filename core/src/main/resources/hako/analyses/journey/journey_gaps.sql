-- Median days from step k-1 to step k per group, over the customers who reached step k.
SELECT grp, step, customers, median_days
FROM (SELECT * FROM hako_journey_aggregates UNION ALL SELECT * FROM hako_journey_all)
WHERE kind = 'gap'
ORDER BY grp, ord;
