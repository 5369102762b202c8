-- Sankey links: customers going from one step's item to the next step's, with the median days between.
SELECT grp, step AS from_step, item AS from_item, next_item AS to_item, count(*) AS customers,
       median(next_days) AS median_days
FROM hako_journey_steps
WHERE next_item IS NOT NULL
GROUP BY ALL
ORDER BY grp, from_step, customers DESC, from_item, to_item;
