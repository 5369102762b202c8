-- What this import brings, for the report: counts before the merge replaces anything.
SELECT
    count(*) AS orders,
    coalesce(sum(lines), 0) AS lines,
    (SELECT count(*) FROM orders o SEMI JOIN hako_orders_new n USING (order_id)) AS replaced,
    count(*) FILTER (WHERE customer_id IS NULL) AS orders_without_customer,
    coalesce(sum(lines) FILTER (WHERE customer_id IS NULL), 0) AS lines_without_customer,
    count(*) FILTER (WHERE cancelled) AS cancelled,
    count(*) FILTER (WHERE NOT cancelled AND net_amount <= 0) AS not_positive,
    count(*) FILTER (WHERE NOT cancelled AND net_amount > 0) AS purchases,
    CAST(min(ordered_at) AS DATE) AS first_date,
    CAST(max(ordered_at) AS DATE) AS last_date,
    -- every line that passed the checks and is not blank belongs to an order
    (SELECT count(*) FROM hako_orders_staged) - coalesce(sum(lines), 0) AS blank_lines
FROM hako_orders_net
