-- Entry products: per item in customers' first order. The first order is the earliest purchase
-- (date, then time, then order id); a customer whose first order holds several items counts under
-- each. F2 within N days: of customers whose first purchase is at least N days before as-of, the share
-- whose second purchase came within N days of the first (as the board's F2 rate). 12-month LTV: revenue
-- of purchases in the 12 months from the first purchase day, per customer whose 12 months have ended.
CREATE OR REPLACE TEMP TABLE hako_entry_customers AS
WITH p AS (
    SELECT customer_id, order_id, order_date, ordered_at, amount FROM hako_bought(getvariable('hako_analysis_as_of'))
),
firsts AS (
    SELECT customer_id, min(order_date) AS first, min(order_date, 2) AS two,
           arg_min(order_id, (order_date, ordered_at, order_id)) AS first_order
    FROM p GROUP BY customer_id
),
ltv AS (
    SELECT customer_id, sum(p.amount) AS sales12
    FROM p JOIN firsts f USING (customer_id)
    WHERE f.first + INTERVAL 12 MONTH <= getvariable('hako_analysis_as_of') + INTERVAL 1 DAY
      AND p.order_date < f.first + INTERVAL 12 MONTH
    GROUP BY customer_id
)
SELECT f.customer_id, f.first, f.first_order,
       CASE WHEN len(f.two) = 2 THEN date_diff('day', f.two[1], f.two[2]) END AS days_to_second,
       l.sales12
FROM firsts f LEFT JOIN ltv l USING (customer_id);

SET VARIABLE hako_entry_without_lines = (
    SELECT count(*) FROM hako_entry_customers c
    WHERE NOT EXISTS (SELECT 1 FROM hako_line_items i WHERE i.order_id = c.first_order));

WITH entries AS (
    SELECT DISTINCT c.customer_id, c.first, c.days_to_second, c.sales12, i.item
    FROM hako_entry_customers c JOIN hako_line_items i ON i.order_id = c.first_order
)
SELECT e.item, coalesce(l.label, e.item) AS label,
       count(*) AS customers,
       count(*) FILTER (WHERE e.first <= getvariable('hako_analysis_as_of') - 90) AS f2_90_base,
       count(*) FILTER (WHERE e.first <= getvariable('hako_analysis_as_of') - 90 AND e.days_to_second <= 90) AS f2_90,
       count(*) FILTER (WHERE e.first <= getvariable('hako_analysis_as_of') - 180) AS f2_180_base,
       count(*) FILTER (WHERE e.first <= getvariable('hako_analysis_as_of') - 180 AND e.days_to_second <= 180) AS f2_180,
       count(e.days_to_second) AS repeaters,
       avg(e.days_to_second) AS average_days_to_second,
       count(e.sales12) AS ltv12_base,
       CAST(coalesce(sum(e.sales12), 0) AS DECIMAL(18, 2)) AS sales12
FROM entries e LEFT JOIN hako_item_labels l USING (item)
GROUP BY e.item, coalesce(l.label, e.item)
ORDER BY e.item;
