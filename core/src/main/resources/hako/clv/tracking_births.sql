-- How many customers made their first purchase on each day (diagnostics: the weekly tracking).
SELECT first_day, count(*) AS customers
FROM hako_clv_summary
GROUP BY first_day
ORDER BY first_day
