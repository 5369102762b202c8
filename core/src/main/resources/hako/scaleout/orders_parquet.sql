-- Hako's normalised orders as one Parquet file: the columns the metrics read (hako-spark's input).
-- Types as stored: order_id and customer_id VARCHAR (customer_id NULL when the export named none),
-- order_date DATE (the shop's calendar day), amount DECIMAL(18, 2) (net), cancelled BOOLEAN.
COPY (SELECT order_id, customer_id, order_date, amount, cancelled FROM orders) TO ? (FORMAT parquet)
