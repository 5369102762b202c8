-- Sales from the first of the as-of month through the as-of date, and the same days a year earlier
-- (every purchase, also those of orders naming no customer: the shop's own sales).
SELECT coalesce(sum(amount) FILTER (
           WHERE order_date >= date_trunc('month', getvariable('hako_as_of'))), 0) AS this_year,
       coalesce(sum(amount) FILTER (
           WHERE order_date >= CAST(date_trunc('month', getvariable('hako_as_of')) - INTERVAL 1 YEAR AS DATE)
             AND order_date <= CAST(getvariable('hako_as_of') - INTERVAL 1 YEAR AS DATE)), 0) AS last_year
FROM hako_purchases
WHERE order_date >= CAST(date_trunc('month', getvariable('hako_as_of')) - INTERVAL 1 YEAR AS DATE)
