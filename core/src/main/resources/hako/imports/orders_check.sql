-- How many problems the staged orders have: one cheap pass; details only when this is not 0.
-- Keep in step with orders_errors.sql: every problem reported there must count here (the
-- broken-file tests fail otherwise, since their errors would never be looked for).
SELECT (SELECT count(*) FROM hako_orders_staged WHERE faulty)
     + (SELECT count(*) FROM hako_orders_net
        WHERE NOT dated OR customers_differ
           OR CAST(ordered_at AS DATE) <> CAST(last_ordered_at AS DATE)
           OR (net_amount IS NULL AND ordered_at IS NOT NULL)
           OR (amount_max IS NULL AND unvalued))
