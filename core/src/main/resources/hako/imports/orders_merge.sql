-- Replaces every order of this import (and its lines) in one go: re-imports never double count.
DELETE FROM order_lines WHERE order_id IN (SELECT order_id FROM hako_orders_new);

DELETE FROM orders WHERE order_id IN (SELECT order_id FROM hako_orders_new);

INSERT INTO orders
SELECT order_id, customer_id, ordered_at, CAST(ordered_at AS DATE), net_amount, cancelled, status,
       getvariable('hako_import_id')
FROM hako_orders_net;

INSERT INTO order_lines
SELECT order_id, hako_line(file_no, rowid), product_code, product_name, CAST(quantity AS DECIMAL(18, 3)), CAST(unit_price AS DECIMAL(18, 2)),
       CAST(CASE WHEN getvariable('hako_amount_per_line') AND amount IS NOT NULL THEN amount
                 ELSE coalesce(line_amount, CASE WHEN has_quantity THEN quantity ELSE 1 END * unit_price)
            END AS DECIMAL(18, 2))
FROM hako_orders_staged
WHERE order_id IS NOT NULL AND (product_code IS NOT NULL OR product_name IS NOT NULL);
