SELECT count(*) AS records,
       count(*) FILTER (WHERE customer_id IN (SELECT customer_id FROM customers)) AS replaced,
       (SELECT count(*) FROM hako_customers_staged WHERE customer_id IS NOT NULL) - count(*) AS repeated,
       (SELECT count(*) FROM hako_customers_staged WHERE blank) AS blank_lines
FROM hako_customers_new
