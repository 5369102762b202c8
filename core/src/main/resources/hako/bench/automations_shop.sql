-- A shop for the automations benchmark, generated set-based: getvariable('bn') customers with an open
-- cart whose last change makes step 1 due within the last day (half of them as visitors merged with
-- the customer, half known on the events; a remove_from_cart in every fifth cart), bn/10 carts ended
-- by a purchase event, two views of a product by every fifth customer, a products master of 1,000
-- products and bn/5 orders of one or two lines, a tenth of them 14 days before bench_now.
INSERT INTO products
SELECT 'P' || p, 'Product ' || p, 'cat' || (p % 20), 1000 + (p % 50) * 100, CASE WHEN p % 10 = 0 THEN 30 END, 1
FROM range(1000) t(p);

INSERT INTO visitor_customers
SELECT 'v' || i, 'c' || i, getvariable('bench_now') - INTERVAL 30 DAY
FROM range(getvariable('bn')) t(i)
WHERE i % 2 = 1;

INSERT INTO events
SELECT 'a' || i || '-' || k, ts, ts, 'add_to_cart', 'v' || i, CASE WHEN i % 2 = 0 THEN 'c' || i END,
       'P' || ((i * 7 + k * 13) % 1000), 'Product ' || ((i * 7 + k * 13) % 1000), 1000 + ((i * 7 + k * 13) % 50) * 100,
       1 + (i + k) % 3, NULL, 'https://shop.example/cart', NULL
FROM (SELECT i, k, getvariable('bench_now') - INTERVAL 61 MINUTE - to_seconds(i % 80000 + (2 - k) * 60) AS ts
      FROM range(getvariable('bn')) r(i) CROSS JOIN range(3) s(k)
      WHERE k <= i % 3);

INSERT INTO events
SELECT 'r' || i, ts, ts, 'remove_from_cart', 'v' || i, CASE WHEN i % 2 = 0 THEN 'c' || i END,
       'P' || ((i * 7) % 1000), NULL, NULL, 1, NULL, 'https://shop.example/cart', NULL
FROM (SELECT i, getvariable('bench_now') - INTERVAL 61 MINUTE - to_seconds(i % 80000 + 150) AS ts
      FROM range(getvariable('bn')) r(i)
      WHERE i % 5 = 0 AND i % 3 > 0);

INSERT INTO events
SELECT e || '-' || i, ts + to_seconds(CASE WHEN e = 'pa' THEN 0 ELSE 600 END),
       ts + to_seconds(CASE WHEN e = 'pa' THEN 0 ELSE 600 END),
       CASE WHEN e = 'pa' THEN 'add_to_cart' ELSE 'purchase' END, 'v' || i, 'c' || i,
       CASE WHEN e = 'pa' THEN 'P' || (i % 1000) END, NULL, 1200, 1, NULL, 'https://shop.example/cart', NULL
FROM (SELECT getvariable('bn') + j AS i, getvariable('bench_now') - INTERVAL 3 HOUR - to_seconds(j % 70000) AS ts
      FROM range(getvariable('bn') // 10) r(j)) CROSS JOIN (VALUES ('pa'), ('pp')) x(e);

INSERT INTO events
SELECT 'w' || i || '-' || k, ts, ts, 'product_view', 'v' || i, CASE WHEN i % 2 = 0 THEN 'c' || i END,
       'P' || ((i * 11 + 5) % 1000), 'Product ' || ((i * 11 + 5) % 1000), 1500, NULL, NULL,
       'https://shop.example/p/P' || ((i * 11 + 5) % 1000), NULL
FROM (SELECT i, k, getvariable('bench_now') - INTERVAL 3 HOUR - to_seconds(i % 70000 - k * 600) AS ts
      FROM range(getvariable('bn')) r(i) CROSS JOIN range(2) s(k)
      WHERE i % 5 = 0);

INSERT INTO orders
SELECT 'o' || j, 'c' || (j * 5 + 1), ordered, CAST(ordered AS DATE), 3000, false, NULL, 1
FROM (SELECT j, timezone('Asia/Tokyo', timezone('UTC', getvariable('bench_now')))
                - CASE WHEN j % 10 = 0 THEN INTERVAL 14 DAY + to_seconds(j % 80000)
                       ELSE INTERVAL 30 DAY + to_seconds(j % 10000000) END AS ordered
      FROM range(getvariable('bn') // 5) r(j));

INSERT INTO order_lines
SELECT 'o' || j, k + 1, 'P' || ((j * 3 + k * 17) % 1000), 'Product ' || ((j * 3 + k * 17) % 1000), 1, 1500, 1500
FROM range(getvariable('bn') // 5) r(j) CROSS JOIN range(2) s(k)
WHERE k <= j % 2;
