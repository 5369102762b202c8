-- The per-customer facts every analysis aggregates, computed from the purchases at as-of
-- (hako_analysis_as_of) in one go: the expensive passes over the orders and their lines happen here,
-- once, and each analysis reads at most one row per customer (or per cohort and month) afterwards.
-- Temporary tables hako_build_*: AnalysisFacts reads them, or stores them for the as-of date.

-- Per customer and calendar month of purchase: orders and sales.
CREATE OR REPLACE TEMP TABLE hako_build_customer_months AS
SELECT customer_id, CAST(date_trunc('month', order_date) AS DATE) AS month, count(*) AS orders, sum(amount) AS sales
FROM hako_bought(getvariable('hako_analysis_as_of'))
GROUP BY ALL;

-- Per customer: F, M, their first four purchases in order (date, then time, then order id) and the
-- dates of their latest purchases (newest first, at most 50: the heavy-user rule counts them).
CREATE OR REPLACE TEMP TABLE hako_build_firsts AS
SELECT customer_id, count(*) AS f, sum(amount) AS m,
       arg_min({'order_id': order_id, 'order_date': order_date}, (order_date, ordered_at, order_id), 4) AS firsts,
       max(order_date, 50) AS recent
FROM hako_bought(getvariable('hako_analysis_as_of'))
GROUP BY customer_id;

-- Revenue in the 12 months from the first purchase day, for customers whose 12 months have ended.
CREATE OR REPLACE TEMP TABLE hako_build_sales12 AS
SELECT p.customer_id, sum(p.amount) AS sales12
FROM hako_bought(getvariable('hako_analysis_as_of')) p JOIN hako_build_firsts f USING (customer_id)
WHERE f.firsts[1].order_date + INTERVAL 12 MONTH <= getvariable('hako_analysis_as_of') + INTERVAL 1 DAY
  AND p.order_date < f.firsts[1].order_date + INTERVAL 12 MONTH
GROUP BY p.customer_id;

-- Average units per purchase with product lines (bulk buyers): units summed per order first.
CREATE OR REPLACE TEMP TABLE hako_build_units AS
WITH order_units AS (
    SELECT order_id, sum(quantity) AS units FROM order_lines WHERE quantity IS NOT NULL GROUP BY order_id
)
SELECT p.customer_id, sum(u.units) / count(*) AS per_order
FROM hako_bought(getvariable('hako_analysis_as_of')) p JOIN order_units u USING (order_id)
GROUP BY p.customer_id;

-- Each of the first four purchases' main item, at the product and at the category level: the item with
-- the largest amount among the order's lines (ties: the smaller key); NULL for an order without lines.
CREATE OR REPLACE TEMP TABLE hako_build_main_items AS
WITH steps AS (
    SELECT unnest(firsts).order_id AS order_id FROM hako_build_firsts
),
lines AS (
    SELECT l.order_id, coalesce(l.product_code, l.product_name) AS product, coalesce(pr.category, '') AS category,
           coalesce(l.amount, l.quantity * l.unit_price, 0) AS amount
    FROM order_lines l JOIN steps s USING (order_id) LEFT JOIN products pr ON pr.product_code = l.product_code
    WHERE coalesce(l.quantity, 1) > 0 AND coalesce(l.amount, 0) >= 0
      AND coalesce(l.product_code, l.product_name) IS NOT NULL
),
by_product AS (
    SELECT order_id, product, sum(amount) AS amount FROM lines GROUP BY ALL
),
by_category AS (
    SELECT order_id, category, sum(amount) AS amount FROM lines GROUP BY ALL
)
SELECT p.order_id, p.product, c.category
FROM (SELECT order_id, arg_min(product, (-amount, product)) AS product FROM by_product GROUP BY order_id) p
JOIN (SELECT order_id, arg_min(category, (-amount, category)) AS category FROM by_category GROUP BY order_id) c
USING (order_id);

-- The products in each customer's first order, with their category (return lines are not what a
-- customer chose).
CREATE OR REPLACE TEMP TABLE hako_build_entry_lines AS
SELECT DISTINCT c.customer_id, coalesce(l.product_code, l.product_name) AS product, coalesce(pr.category, '') AS category
FROM hako_build_firsts c JOIN order_lines l ON l.order_id = c.firsts[1].order_id
LEFT JOIN products pr ON pr.product_code = l.product_code
WHERE coalesce(l.quantity, 1) > 0 AND coalesce(l.amount, 0) >= 0
  AND coalesce(l.product_code, l.product_name) IS NOT NULL;

-- One row per customer with a purchase at as-of.
CREATE OR REPLACE TEMP TABLE hako_build_customers AS
WITH seasons AS (
    SELECT customer_id, month(month) AS cal_month, sum(orders) AS orders, count(*) AS years
    FROM hako_build_customer_months GROUP BY ALL
),
peaks AS (
    SELECT customer_id, max({'orders': orders, 'earlier': -cal_month, 'years': years}) AS peak
    FROM seasons GROUP BY customer_id
),
continued AS (
    SELECT m.customer_id
    FROM hako_build_customer_months m JOIN hako_build_firsts f USING (customer_id)
    WHERE date_diff('month', CAST(date_trunc('month', f.firsts[1].order_date) AS DATE), m.month) BETWEEN 1 AND 11
    GROUP BY m.customer_id
),
steps AS (
    SELECT customer_id, k, firsts[k].order_id AS order_id,
           CASE WHEN k > 1 THEN date_diff('day', firsts[k - 1].order_date, firsts[k].order_date) END AS days
    FROM (SELECT customer_id, firsts, unnest(generate_series(1, len(firsts))) AS k FROM hako_build_firsts)
),
paths AS (
    SELECT s.customer_id, list(i.product ORDER BY s.k) AS products, list(i.category ORDER BY s.k) AS categories,
           list(s.days ORDER BY s.k) AS days
    FROM steps s LEFT JOIN hako_build_main_items i USING (order_id)
    GROUP BY s.customer_id
)
SELECT f.customer_id, f.f, f.m,
       f.firsts[1].order_date AS first_date,
       f.firsts[1].order_id AS first_order,
       CAST(date_trunc('month', f.firsts[1].order_date) AS DATE) AS first_month,
       CASE WHEN len(f.firsts) >= 2 THEN date_diff('day', f.firsts[1].order_date, f.firsts[2].order_date) END
           AS days_to_second,
       s.sales12,
       c.customer_id IS NOT NULL AS continued12,
       pk.peak.orders AS peak_orders,
       pk.peak.years AS peak_years,
       u.per_order AS units_per_order,
       f.recent,
       pa.products AS path_products,
       pa.categories AS path_categories,
       pa.days AS path_days,
       coalesce(en.items, 0) AS entry_items
FROM hako_build_firsts f
LEFT JOIN hako_build_sales12 s USING (customer_id)
LEFT JOIN continued c USING (customer_id)
LEFT JOIN peaks pk USING (customer_id)
LEFT JOIN hako_build_units u USING (customer_id)
LEFT JOIN paths pa USING (customer_id)
LEFT JOIN (SELECT customer_id, count(*) AS items FROM hako_build_entry_lines GROUP BY customer_id) en USING (customer_id);

-- Each customer's entry items at both levels (a first order with several products of one category counts
-- once under it) with what the entry products table aggregates.
CREATE OR REPLACE TEMP TABLE hako_build_entries AS
SELECT e.level, e.customer_id, e.item, c.first_date, c.days_to_second, c.sales12
FROM (SELECT DISTINCT 'product' AS level, customer_id, product AS item FROM hako_build_entry_lines
      UNION ALL
      SELECT DISTINCT 'category', customer_id, category FROM hako_build_entry_lines) e
JOIN hako_build_customers c USING (customer_id);

-- Per cohort (first-purchase month) and calendar month: customers who bought, their orders and sales.
CREATE OR REPLACE TEMP TABLE hako_build_cohort_months AS
SELECT c.first_month AS cohort, m.month, count(*) AS active, sum(m.orders) AS orders, sum(m.sales) AS sales
FROM hako_build_customer_months m JOIN hako_build_customers c USING (customer_id)
GROUP BY ALL;

-- One name per product, shown on the pages: the one its lines carry most often (ties: the smallest).
CREATE OR REPLACE TEMP TABLE hako_build_labels AS
SELECT item, arg_min(label, (-lines, label)) AS label
FROM (SELECT coalesce(l.product_code, l.product_name) AS item, coalesce(pr.name, l.product_name) AS label,
             count(*) AS lines
      FROM order_lines l LEFT JOIN products pr ON pr.product_code = l.product_code
      WHERE coalesce(l.quantity, 1) > 0 AND coalesce(l.amount, 0) >= 0
        AND coalesce(l.product_code, l.product_name) IS NOT NULL
        AND coalesce(pr.name, l.product_name) IS NOT NULL
      GROUP BY ALL)
GROUP BY item;

-- Every repeat buyer's (F >= 2) path at both levels, for journey_aggregate.sql (then facts_journeys.sql).
CREATE OR REPLACE TEMP TABLE hako_journey_paths AS
SELECT 'product' AS level, 'repeaters' AS grp, customer_id,
       list_transform(path_products, lambda x: coalesce(nullif(x, ''), '(none)')) AS items, path_days AS days
FROM hako_build_customers WHERE f >= 2
UNION ALL
SELECT 'category', 'repeaters', customer_id,
       list_transform(path_categories, lambda x: coalesce(nullif(x, ''), '(none)')), path_days
FROM hako_build_customers WHERE f >= 2;

DROP TABLE hako_build_customer_months;
DROP TABLE hako_build_entry_lines;
DROP TABLE hako_build_firsts;
DROP TABLE hako_build_sales12;
DROP TABLE hako_build_units;
DROP TABLE hako_build_main_items;
