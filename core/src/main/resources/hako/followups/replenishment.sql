-- Customers whose usage-cycle product runs out from the day to the day + N (both included) and who
-- have not bought it since: their latest run-out date of it is still that one (parameter: N days).
-- Variable: hako_fu_as_of (the day). Reads fu_run_outs (run_outs.sql).
SELECT r.product_code, p.name AS product_name, r.customer_id, cu.name AS customer_name, r.last_bought, r.quantity,
       r.cycle_days, r.run_out, date_diff('day', getvariable('hako_fu_as_of'), r.run_out) AS days_left
FROM fu_run_outs r
LEFT JOIN (SELECT product_code, any_value(name) AS name FROM products GROUP BY ALL) p ON p.product_code = r.product_code
LEFT JOIN customers cu ON cu.customer_id = r.customer_id
WHERE r.latest_run_out = r.run_out
  AND r.run_out BETWEEN getvariable('hako_fu_as_of') AND getvariable('hako_fu_as_of') + CAST(? AS INTEGER)
ORDER BY r.product_code, r.run_out, r.customer_id
