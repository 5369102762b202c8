-- Sankey links: customers going from one step's item to the next step's, with the median days between.
SELECT grp, step AS from_step, item AS from_item, next_item AS to_item, customers, median_days
FROM (SELECT * FROM hako_journey_aggregates UNION ALL SELECT * FROM hako_journey_all)
WHERE kind = 'link'
ORDER BY grp, ord;
