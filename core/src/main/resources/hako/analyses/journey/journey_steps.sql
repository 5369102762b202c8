-- The first four purchases of the TOP1% customers and of all repeat buyers (F >= 2), who are in the view
-- hako_journey_who (journey_who_snapshot.sql or journey_who_computed.sql), from the facts
-- (AnalysisFacts): each purchase is its main item, the item with the largest amount among the order's
-- lines (ties: the smaller item key) at the level hako_item_level; '(none)' for an order without
-- product lines (or a product without category).
-- hako_journey_paths: one row per group and customer: the items in order and the days from the previous
-- purchase. Groups: top1 (every TOP1% customer) and repeaters (F >= 2, TOP1% included).
CREATE OR REPLACE TEMP TABLE hako_journey_paths AS
WITH who AS (SELECT * FROM hako_journey_who),
c AS (
    SELECT f.customer_id, w.top1, w.repeater, f.path_days AS days,
           list_transform(CASE WHEN getvariable('hako_item_level') = 'category' THEN f.path_categories
                               ELSE f.path_products END, lambda x: coalesce(nullif(x, ''), '(none)')) AS items
    FROM hako_facts_customers f JOIN who w USING (customer_id)
)
SELECT 'top1' AS grp, customer_id, items, days FROM c WHERE top1
UNION ALL
SELECT 'repeaters', customer_id, items, days FROM c WHERE repeater;

-- One row per group, customer and step, with the next step's item and days (NULL after the last).
CREATE OR REPLACE TEMP TABLE hako_journey_steps AS
SELECT grp, customer_id, CAST(k AS INTEGER) AS step, items[k] AS item, days[k] AS days,
       items[k + 1] AS next_item, days[k + 1] AS next_days
FROM (SELECT grp, customer_id, items, days, unnest(generate_series(1, len(items))) AS k FROM hako_journey_paths);

-- Sankey nodes: customers per group, step and item, with the item's name.
SELECT n.grp, n.step, n.item, coalesce(nullif(coalesce(l.label, n.item), ''), '(none)') AS label, n.customers
FROM (SELECT grp, step, item, count(*) AS customers FROM hako_journey_steps GROUP BY ALL) n
LEFT JOIN hako_facts_labels l ON getvariable('hako_item_level') = 'product' AND l.item = n.item
ORDER BY n.grp, n.step, n.customers DESC, n.item;
