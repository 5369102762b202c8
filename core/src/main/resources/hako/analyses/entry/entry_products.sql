-- Entry products: per item in customers' first order, from the facts (AnalysisFacts). The first order
-- is the earliest purchase (date, then time, then order id); a customer whose first order holds several
-- items counts under each. F2 within N days: of customers whose first purchase is at least N days
-- before as-of, the share whose second purchase came within N days of the first (as the board's F2
-- rate). 12-month LTV: revenue of purchases in the 12 months from the first purchase day, per customer
-- whose 12 months have ended. Variable hako_item_level: product, or the products master's category.
CREATE OR REPLACE TEMP VIEW hako_entry_items AS
SELECT DISTINCT e.customer_id,
       CASE WHEN getvariable('hako_item_level') = 'category' THEN coalesce(pr.category, '') ELSE e.item END AS item
FROM hako_facts_entries e LEFT JOIN products pr ON pr.product_code = e.product_code;

SET VARIABLE hako_entry_without_lines = (SELECT count(*) FROM hako_facts_customers WHERE entry_items = 0);

WITH entries AS (
    SELECT c.customer_id, c.first_date AS first, c.days_to_second, c.sales12, i.item
    FROM hako_facts_customers c JOIN hako_entry_items i USING (customer_id)
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
FROM entries e
LEFT JOIN hako_facts_labels l ON getvariable('hako_item_level') = 'product' AND l.item = e.item
GROUP BY e.item, coalesce(l.label, e.item)
ORDER BY e.item;
