-- The first four purchases of the TOP1% customers (in the view hako_journey_who, journey_who_snapshot.sql
-- or journey_who_computed.sql) and of all repeat buyers (F >= 2, the TOP1% included), at the level
-- hako_item_level: each purchase is its main item, the item with the largest amount among the order's
-- lines (ties: the smaller item key); '(none)' for an order without product lines (or a product without
-- category). The repeat buyers' figures are stored with the facts (hako_facts_journeys, computed by
-- journey_aggregate.sql when the facts are built); the TOP1%'s are computed here by the same script.
CREATE OR REPLACE TEMP TABLE hako_journey_paths AS
SELECT getvariable('hako_item_level') AS level, 'top1' AS grp, f.customer_id,
       list_transform(CASE WHEN getvariable('hako_item_level') = 'category' THEN f.path_categories
                           ELSE f.path_products END, lambda x: coalesce(nullif(x, ''), '(none)')) AS items,
       f.path_days AS days
FROM hako_facts_customers f JOIN hako_journey_who w USING (customer_id)
WHERE w.top1;

CREATE OR REPLACE TEMP VIEW hako_journey_all AS
SELECT * FROM hako_facts_journeys WHERE level = getvariable('hako_item_level') AND grp = 'repeaters';
