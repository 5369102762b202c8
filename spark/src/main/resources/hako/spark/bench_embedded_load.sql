-- The benchmark's orders (parameter: the Parquet file) into the embedded engine's orders table, as an
-- import would store them (ordered_at: midnight of the order date; no time of day in the file).
INSERT INTO orders (order_id, customer_id, ordered_at, order_date, amount, cancelled, import_id)
SELECT order_id, customer_id, CAST(order_date AS TIMESTAMP), order_date, amount, cancelled, 1
FROM read_parquet(?)
