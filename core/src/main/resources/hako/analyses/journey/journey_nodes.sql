-- Sankey nodes: customers per group, step and item, with the item's name.
WITH nodes AS (
    SELECT grp, step, item, customers, ord FROM hako_journey_aggregates WHERE kind = 'node'
    UNION ALL
    SELECT grp, step, item, customers, ord FROM hako_journey_all WHERE kind = 'node'
)
SELECT n.grp, n.step, n.item, coalesce(nullif(coalesce(l.label, n.item), ''), '(none)') AS label, n.customers
FROM nodes n
LEFT JOIN hako_facts_labels l ON getvariable('hako_item_level') = 'product' AND l.item = n.item
ORDER BY n.grp, n.ord;
