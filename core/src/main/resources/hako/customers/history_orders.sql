-- A customer's newest orders up to the as-of date, each with its lines (none when the export had no
-- lines). Parameters: customer_id, as_of, how many orders. Rows of one order are adjacent.
-- The product name falls back to the products master when the line has none.
WITH picked AS (
    SELECT order_id, ordered_at, order_date, amount, cancelled, status
    FROM orders
    WHERE customer_id = ? AND order_date <= ?
    ORDER BY ordered_at DESC, order_id DESC
    LIMIT ?
)
SELECT o.order_id, o.ordered_at, o.order_date, o.amount, o.cancelled, o.status,
       l.line_no, l.product_code, coalesce(l.product_name, p.name) AS product_name, l.quantity,
       l.amount AS line_amount
FROM picked o
LEFT JOIN order_lines l ON l.order_id = o.order_id
LEFT JOIN (SELECT product_code, any_value(name) AS name FROM products GROUP BY product_code) p
       ON p.product_code = l.product_code
ORDER BY o.ordered_at DESC, o.order_id DESC, l.line_no
