-- Entry products: per item in customers' first order, from the facts (AnalysisFacts). The first order
-- is the earliest purchase (date, then time, then order id); a customer whose first order holds several
-- items counts under each. F2 within N days: of customers whose first purchase is at least N days
-- before as-of, the share whose second purchase came within N days of the first (as the board's F2
-- rate). 12-month LTV: revenue of purchases in the 12 months from the first purchase day, per customer
-- whose 12 months have ended. Variable hako_item_level: product, or the products master's category.
SET VARIABLE hako_entry_without_lines = (SELECT count(*) FROM hako_facts_customers WHERE entry_items = 0);

WITH per_item AS (
    SELECT item,
           count(*) AS customers,
           count(*) FILTER (WHERE first_date <= getvariable('hako_analysis_as_of') - 90) AS f2_90_base,
           count(*) FILTER (WHERE first_date <= getvariable('hako_analysis_as_of') - 90 AND days_to_second <= 90) AS f2_90,
           count(*) FILTER (WHERE first_date <= getvariable('hako_analysis_as_of') - 180) AS f2_180_base,
           count(*) FILTER (WHERE first_date <= getvariable('hako_analysis_as_of') - 180 AND days_to_second <= 180) AS f2_180,
           count(days_to_second) AS repeaters,
           avg(days_to_second) AS average_days_to_second,
           count(sales12) AS ltv12_base,
           CAST(coalesce(sum(sales12), 0) AS DECIMAL(18, 2)) AS sales12
    FROM hako_facts_entries
    WHERE level = getvariable('hako_item_level')
    GROUP BY item
)
SELECT p.*, coalesce(l.label, p.item) AS label
FROM per_item p
LEFT JOIN hako_facts_labels l ON getvariable('hako_item_level') = 'product' AND l.item = p.item
ORDER BY p.item;
