-- The first four purchases of the TOP1% customers and of all repeat buyers (F >= 2), who are in the view
-- hako_journey_who (journey_who_snapshot.sql or journey_who_computed.sql). An order is its main item: the item with the largest
-- amount among its lines (ties: the smaller item key); '(none)' for an order without product lines.
CREATE OR REPLACE TEMP TABLE hako_journey_steps AS
WITH who AS (SELECT * FROM hako_journey_who),
p AS (
    SELECT b.customer_id, b.order_id, b.order_date, w.top1, w.repeater,
           row_number() OVER (PARTITION BY b.customer_id ORDER BY b.order_date, b.ordered_at, b.order_id) AS step
    FROM hako_bought(getvariable('hako_analysis_as_of')) b JOIN who w USING (customer_id)
    QUALIFY step <= 4
),
order_items AS (
    SELECT i.order_id, i.item, sum(i.amount) AS amount
    FROM hako_line_items i JOIN p USING (order_id)
    GROUP BY i.order_id, i.item
),
main AS (
    SELECT order_id, arg_min(item, (-amount, item)) AS item FROM order_items GROUP BY order_id
),
labelled AS (
    SELECT m.order_id, m.item, coalesce(l.label, m.item) AS label FROM main m LEFT JOIN hako_item_labels l USING (item)
)
SELECT p.customer_id, p.top1, p.repeater, CAST(p.step AS INTEGER) AS step,
       coalesce(nullif(m.item, ''), '(none)') AS item, coalesce(nullif(m.label, ''), '(none)') AS label,
       date_diff('day', lag(p.order_date) OVER (PARTITION BY p.customer_id ORDER BY p.step), p.order_date) AS days
FROM p LEFT JOIN labelled m USING (order_id);

-- Groups: top1 (every TOP1% customer) and repeaters (F >= 2, TOP1% included).
CREATE OR REPLACE TEMP VIEW hako_journey_grouped AS
SELECT 'top1' AS grp, * FROM hako_journey_steps WHERE top1
UNION ALL
SELECT 'repeaters', * FROM hako_journey_steps WHERE repeater;

SELECT grp, step, item, min(label) AS label, count(*) AS customers
FROM hako_journey_grouped
GROUP BY grp, step, item
ORDER BY grp, step, customers DESC, item;
