-- Median days from step k-1 to step k per group, over the customers who reached step k.
SELECT grp, step, count(*) AS customers, median(days) AS median_days
FROM hako_journey_steps WHERE step > 1
GROUP BY ALL
ORDER BY grp, step;
