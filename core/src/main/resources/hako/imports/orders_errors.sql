-- Every problem in the staged orders, one row each: (file_no, line, field, message).
SELECT file_no, line, 'order_id' AS field, 'empty: every line needs an order id' AS message
FROM hako_orders_staged WHERE order_id IS NULL
UNION ALL
SELECT file_no, line, 'ordered_at', printf('cannot read "%s" as a date', ordered_at_text)
FROM hako_orders_staged WHERE ordered_at IS NULL AND nullif(trim(ordered_at_text), '') IS NOT NULL
UNION ALL
SELECT file_no, line, 'quantity', printf('cannot read "%s" as a number', quantity_text)
FROM hako_orders_staged WHERE quantity IS NULL AND nullif(trim(quantity_text), '') IS NOT NULL
UNION ALL
SELECT file_no, line, 'unit_price', printf('cannot read "%s" as an amount', unit_price_text)
FROM hako_orders_staged WHERE unit_price IS NULL AND nullif(trim(unit_price_text), '') IS NOT NULL
UNION ALL
SELECT file_no, line, 'amount', printf('cannot read "%s" as an amount', amount_text)
FROM hako_orders_staged WHERE amount IS NULL AND nullif(trim(amount_text), '') IS NOT NULL
UNION ALL
SELECT file_no, line, 'line_amount', printf('cannot read "%s" as an amount', line_amount_text)
FROM hako_orders_staged WHERE line_amount IS NULL AND nullif(trim(line_amount_text), '') IS NOT NULL
UNION ALL
SELECT file_no, line, 'refunded', printf('cannot read "%s" as an amount', refunded_text)
FROM hako_orders_staged WHERE refunded IS NULL AND nullif(trim(refunded_text), '') IS NOT NULL
UNION ALL
SELECT file_no, first_line, 'ordered_at', printf('order %s has no date on any of its lines', order_id)
FROM hako_orders_new WHERE dated_lines = 0
UNION ALL
SELECT file_no, first_line, 'customer_id',
       printf('order %s names two customers, %s and %s', order_id, customer_id, other_customer_id)
FROM hako_orders_new WHERE customer_id <> other_customer_id
UNION ALL
SELECT file_no, first_line, 'ordered_at',
       printf('order %s has lines on different dates, %s and %s', order_id,
              strftime(ordered_at, '%Y-%m-%d'), strftime(last_ordered_at, '%Y-%m-%d'))
FROM hako_orders_new WHERE CAST(ordered_at AS DATE) <> CAST(last_ordered_at AS DATE)
UNION ALL
SELECT file_no, first_line, 'amount',
       printf('order %s has no amount: no total, and no quantity × unit price on its lines', order_id)
FROM hako_orders_new WHERE net_amount IS NULL AND dated_lines > 0
