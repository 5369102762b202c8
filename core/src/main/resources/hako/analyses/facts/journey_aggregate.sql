-- The journey's figures over hako_journey_paths (level, grp, customer_id, items, days: each customer's
-- first purchases' main items in order and the days from the previous one), into
-- hako_journey_aggregates, one row per figure: kind 'node' (customers per step and item), 'link'
-- (customers going from a step's item to the next step's, with the median days between), 'gap'
-- (customers reaching step k and the median days from step k-1) and 'path' (customers per whole path).
-- Run for every repeat buyer when the facts are built (stored with them) and by Journey for the TOP1%.
CREATE OR REPLACE TEMP TABLE hako_journey_steps AS
SELECT level, grp, CAST(k AS INTEGER) AS step, items[k] AS item, days[k] AS days,
       items[k + 1] AS next_item, days[k + 1] AS next_days
FROM (SELECT level, grp, items, days, unnest(generate_series(1, len(items))) AS k FROM hako_journey_paths);

-- ord: each figure's place in its kind (step, then most customers, then item, next item, path); share:
-- a path's customers over the group's.
CREATE OR REPLACE TEMP TABLE hako_journey_aggregates AS
SELECT *,
       CASE WHEN kind = 'path' THEN customers / sum(customers) OVER (PARTITION BY level, grp, kind) END AS share,
       row_number() OVER (PARTITION BY level, grp, kind
                          ORDER BY step NULLS FIRST, customers DESC, item, next_item, path) AS ord
FROM (
SELECT level, grp, 'node' AS kind, step, item, CAST(NULL AS VARCHAR) AS next_item, CAST(NULL AS VARCHAR[]) AS path,
       count(*) AS customers, CAST(NULL AS DOUBLE) AS median_days
FROM hako_journey_steps GROUP BY level, grp, step, item
UNION ALL
SELECT level, grp, 'link', step, item, next_item, NULL, count(*), median(next_days)
FROM hako_journey_steps WHERE next_item IS NOT NULL GROUP BY level, grp, step, item, next_item
UNION ALL
SELECT level, grp, 'gap', step, NULL, NULL, NULL, count(*), median(days)
FROM hako_journey_steps WHERE step > 1 GROUP BY level, grp, step
UNION ALL
SELECT level, grp, 'path', NULL, NULL, NULL, items, count(*), NULL
FROM hako_journey_paths GROUP BY level, grp, items);

DROP TABLE hako_journey_steps;
