-- Replaces every order of this import (and its lines) in one go: re-imports never double count.
DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM hako_orders_new);

DELETE FROM orders WHERE order_id IN (SELECT order_id FROM hako_orders_new);

INSERT INTO orders
SELECT order_id, customer_id, ordered_at, CAST(ordered_at AS DATE), net_amount, cancelled, status,
       getvariable('hako_import_id')
FROM hako_orders_net;

INSERT INTO order_lines
SELECT s.order_id, hako_line(s.file_no, s.rowid), s.product_code, s.product_name, CAST(s.quantity AS DECIMAL(18, 3)),
       CAST(s.unit_price AS DECIMAL(18, 2)),
       hako_cents(CASE WHEN getvariable('hako_per_line')[s.file_no + 1] AND s.amount IS NOT NULL THEN s.amount
                       ELSE s.line_value END)
FROM hako_orders_staged s
WHERE s.order_id IS NOT NULL AND (s.product_code IS NOT NULL OR s.product_name IS NOT NULL);
