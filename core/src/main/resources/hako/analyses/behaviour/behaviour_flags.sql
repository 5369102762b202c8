-- Per customer with a purchase at as-of: M and one flag per behaviour (BehaviourRules; variables
-- hako_heavy_orders, hako_heavy_window, hako_seasonal_percent, hako_seasonal_years, hako_bulk_items).
-- One pass over the purchases by customer, year and month gives F, M, the recent purchases and, summed
-- up per calendar month, the peak month (most purchases, ties: the earlier month) and its years; units
-- are summed per order before meeting the purchases. No DISTINCT is needed anywhere.
CREATE OR REPLACE TEMP TABLE hako_behaviour_flags AS
WITH p AS (
    SELECT customer_id, order_id, order_date, amount FROM hako_bought(getvariable('hako_analysis_as_of'))
),
by_year_month AS (
    SELECT customer_id, year(order_date) AS y, month(order_date) AS cal_month, count(*) AS orders, sum(amount) AS m,
           count(*) FILTER (WHERE order_date > getvariable('hako_analysis_as_of') - getvariable('hako_heavy_window')) AS recent
    FROM p GROUP BY ALL
),
by_month AS (
    SELECT customer_id, cal_month, sum(orders) AS orders, count(*) AS years, sum(m) AS m, sum(recent) AS recent
    FROM by_year_month GROUP BY ALL
),
per_customer AS (
    SELECT customer_id, sum(orders) AS f, sum(m) AS m, sum(recent) AS recent,
           max({'orders': orders, 'earlier': -cal_month, 'years': years}) AS peak
    FROM by_month GROUP BY customer_id
),
order_units AS (
    SELECT order_id, sum(quantity) AS units FROM order_lines WHERE quantity IS NOT NULL GROUP BY order_id
),
units AS (
    SELECT p.customer_id, sum(u.units) / count(*) AS per_order
    FROM p JOIN order_units u USING (order_id)
    GROUP BY p.customer_id
)
SELECT c.customer_id, c.m,
       c.recent >= getvariable('hako_heavy_orders') AS heavy,
       c.f = 1 AS one_time,
       c.f >= 2 AND c.peak.years >= getvariable('hako_seasonal_years')
           AND c.peak.orders * 100 >= getvariable('hako_seasonal_percent') * c.f AS seasonal,
       coalesce(u.per_order >= getvariable('hako_bulk_items'), false) AS bulk
FROM per_customer c LEFT JOIN units u USING (customer_id);
