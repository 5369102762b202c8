-- Customers grouped by (x, t_x, T): the BG/NBD likelihood's input.
SELECT x, tx_days, t_days, count(*) AS customers
FROM hako_clv_summary
GROUP BY x, tx_days, t_days
ORDER BY x, tx_days, t_days
