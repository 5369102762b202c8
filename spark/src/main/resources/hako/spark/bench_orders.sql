-- Generated orders for the Spark benchmark, as hako export --format parquet writes them (parameters: the
-- number of orders, the number of customers, the file). Deterministic: the same size gives the same file.
-- Three years (2022–2024), 1.00 … 300.99 each, 2 % cancelled, 1 % naming no customer; customers drawn
-- uniformly, so about orders / customers orders each.
COPY (
    SELECT 'O' || i AS order_id,
           CASE WHEN hash(i, 1) % 100 = 0 THEN NULL ELSE 'C' || (hash(i, 2) % CAST(? AS UBIGINT)) END AS customer_id,
           DATE '2022-01-01' + CAST(hash(i, 3) % 1096 AS INTEGER) AS order_date,
           CAST(CAST(hash(i, 4) % 30000 + 100 AS DECIMAL(18, 0)) * 0.01 AS DECIMAL(18, 2)) AS amount,
           hash(i, 5) % 50 = 0 AS cancelled
    FROM range(CAST(? AS BIGINT)) t(i)
) TO ? (FORMAT parquet)
