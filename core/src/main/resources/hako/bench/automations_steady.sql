-- The automations benchmark's steady state: 1.5 new events per 100 open carts after the first evaluation, as the
-- next evaluation (bench_next, a minute after bench_now) finds them. getvariable('bn') / 100 new customers
-- each put a product in the cart so that step 1 falls due in the minute since bench_now, and bn / 200
-- customers with a pending step 2 buy (received a few seconds before bench_next).
INSERT INTO events
SELECT 'n' || j, ts, ts, 'add_to_cart', 'vn' || j, 'cn' || j, 'P' || (j % 1000), 'Product ' || (j % 1000),
       1000 + (j % 50) * 100, 1, NULL, 'https://shop.example/cart', NULL
FROM (SELECT j, getvariable('bench_next') - INTERVAL 61 MINUTE + to_seconds(j % 60) AS ts
      FROM range(getvariable('bn') // 100) r(j));

INSERT INTO events
SELECT 'np' || j, getvariable('bench_next') - INTERVAL 5 SECOND, getvariable('bench_next') - INTERVAL 10 SECOND,
       'purchase', 'v' || (j * 2), 'c' || (j * 2), NULL, NULL, 1200, 1, NULL, 'https://shop.example/thanks', NULL
FROM range(getvariable('bn') // 200) r(j);
