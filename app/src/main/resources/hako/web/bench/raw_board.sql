-- The board by hand: customers per stage at the as-of date.
SELECT stage, count(*) FROM customer_metrics WHERE as_of = ? GROUP BY stage;
