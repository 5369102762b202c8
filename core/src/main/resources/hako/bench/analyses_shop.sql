-- A synthetic shop for the analyses benchmark, generated set-based: hako_bench_customers customers (each
-- buys at least once), hako_bench_orders orders over three years (2022-01-01 to 2024-12-31) with
-- 1–2 lines each from 200 products in 12 categories, 5 % of customers referred, spend per month and
-- channel, and NPS answers from 10 % of customers. Deterministic (setseed).
SELECT setseed(0.42);

INSERT INTO products
SELECT printf('P%03d', i), 'Product ' || i, 'Category ' || (i % 12), 500 + (i * 37) % 5000, NULL, 1
FROM range(200) t(i);

INSERT INTO orders
SELECT 'O' || i,
       'C' || CASE WHEN i < getvariable('hako_bench_customers') THEN i
                   ELSE CAST(floor(pow(random(), 3) * getvariable('hako_bench_customers')) AS BIGINT) END,
       ts, CAST(ts AS DATE), CAST(500 + floor(random() * 9500) AS DECIMAL(18, 2)), random() < 0.01, NULL, 1
FROM (SELECT i, TIMESTAMP '2022-01-01' + to_seconds(CAST(floor(random() * 94608000) AS BIGINT)) AS ts
      FROM range(getvariable('hako_bench_orders')) t(i));

INSERT INTO order_lines
SELECT order_id, line_no, printf('P%03d', CAST(floor(pow(random(), 2) * 200) AS INTEGER)), NULL,
       CAST(1 + floor(random() * 4) AS DECIMAL(18, 3)), NULL,
       CAST(amount / lines AS DECIMAL(18, 2))
FROM (SELECT o.order_id, o.amount, CASE WHEN hash(o.order_id) % 10 < 3 THEN 2 ELSE 1 END AS lines FROM orders o) x,
     LATERAL (SELECT CAST(n AS INTEGER) AS line_no FROM range(1, lines + 1) r(n));

INSERT INTO customers (customer_id, referred_by, import_id)
SELECT 'C' || i, CASE WHEN i % 20 = 0 THEN 'C' || (i // 7) END, 1
FROM range(getvariable('hako_bench_customers')) t(i);

INSERT INTO acquisition_spend
SELECT CAST(m AS DATE), c, CAST(1000000 + floor(random() * 5000000) AS DECIMAL(18, 2)), 1
FROM generate_series(TIMESTAMP '2022-01-01', TIMESTAMP '2024-12-01', INTERVAL 1 MONTH) g(m), (VALUES ('web'), ('dm')) v(c);

INSERT INTO nps_responses
SELECT 'C' || i, DATE '2022-01-01' + CAST(floor(random() * 1095) AS INTEGER), CAST(floor(random() * 11) AS INTEGER), NULL, 1
FROM range(0, getvariable('hako_bench_customers'), 10) t(i);

INSERT INTO imports VALUES (1, 'orders', 'bench', 0, 0, current_timestamp::TIMESTAMP);
