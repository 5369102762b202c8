-- Sankey links: customers going from one step's item to the next step's, with the median days between.
SELECT a.grp, a.step AS from_step, a.item AS from_item, b.item AS to_item, count(*) AS customers,
       median(b.days) AS median_days
FROM hako_journey_grouped a
JOIN hako_journey_grouped b ON b.grp = a.grp AND b.customer_id = a.customer_id AND b.step = a.step + 1
GROUP BY ALL
ORDER BY a.grp, from_step, customers DESC, from_item, to_item;
