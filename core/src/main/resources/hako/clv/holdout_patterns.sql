-- Patterns with the holdout purchase days of their customers (diagnostics).
SELECT x, tx_days, t_days, count(*) AS customers, sum(holdout_x) AS holdout
FROM hako_clv_summary
GROUP BY x, tx_days, t_days
