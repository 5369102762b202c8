-- Every problem in the staged orders, one row each: (file_no, line, field, message).
-- Faulty lines are matched with the text of the file (hako_orders_raw) to quote it.
WITH bad AS (
    SELECT s.file_no, hako_line(s.file_no, s.rowid) AS line, s.order_id,
           s.ordered_at AS ordered_at_value, s.quantity AS quantity_value, s.unit_price AS unit_price_value,
           s.amount AS amount_value, s.line_amount AS line_amount_value, s.refunded AS refunded_value
    FROM hako_orders_staged s
    WHERE s.faulty
),
texts AS (
    SELECT bad.*, raw.ordered_at, raw.quantity, raw.unit_price, raw.amount, raw.line_amount, raw.refunded,
           raw.cancelled
    FROM bad JOIN hako_orders_raw raw USING (file_no, line)
)
SELECT file_no, line, 'order_id' AS field, 'empty: every line needs an order id' AS message
FROM bad WHERE order_id IS NULL
UNION ALL
SELECT file_no, line, 'ordered_at', printf('cannot read "%s" as a date', ordered_at)
FROM texts WHERE hako_unreadable(ordered_at, ordered_at_value)
UNION ALL
SELECT file_no, line, 'cancelled',
       printf('cannot read "%s" as a cancellation: use a date, yes/no (1/0) or a word like キャンセル', cancelled)
FROM texts WHERE hako_cancel_mark(cancelled) IS NULL
UNION ALL
SELECT s.file_no, hako_line(s.file_no, s.rowid), CASE WHEN s.quantity IS NULL THEN 'quantity' ELSE 'unit_price' END,
       CASE WHEN s.quantity IS NULL THEN 'empty: the line has a unit price but no quantity, so its amount is unknown'
            ELSE 'empty: the line has a quantity but no unit price, so its amount is unknown' END
FROM hako_orders_staged s JOIN hako_orders_new n USING (order_id)
WHERE s.unvalued AND NOT s.faulty AND n.amount_max IS NULL
UNION ALL
SELECT file_no, line, 'quantity', printf('cannot read "%s" as a number', quantity)
FROM texts WHERE hako_unreadable(quantity, quantity_value)
UNION ALL
SELECT file_no, line, 'unit_price', printf('cannot read "%s" as an amount', unit_price)
FROM texts WHERE hako_unreadable(unit_price, unit_price_value)
UNION ALL
SELECT file_no, line, 'amount', printf('cannot read "%s" as an amount', amount)
FROM texts WHERE hako_unreadable(amount, amount_value)
UNION ALL
SELECT file_no, line, 'line_amount', printf('cannot read "%s" as an amount', line_amount)
FROM texts WHERE hako_unreadable(line_amount, line_amount_value)
UNION ALL
SELECT file_no, line, 'refunded', printf('cannot read "%s" as an amount', refunded)
FROM texts WHERE hako_unreadable(refunded, refunded_value)
UNION ALL
SELECT file_no, hako_line(file_no, first_row), 'ordered_at', printf('order %s has no date on any of its lines', order_id)
FROM hako_orders_new WHERE NOT dated
UNION ALL
SELECT n.file_no, hako_line(n.file_no, n.first_row), 'customer_id',
       printf('order %s names different customers: %s', n.order_id,
              (SELECT string_agg(DISTINCT s.customer_id, ', ' ORDER BY s.customer_id) FROM hako_orders_staged s
               WHERE s.order_id = n.order_id))
FROM hako_orders_new n WHERE n.customers_differ
UNION ALL
SELECT file_no, hako_line(file_no, first_row), 'ordered_at',
       printf('order %s has lines on different dates, %s and %s', order_id,
              strftime(ordered_at, '%Y-%m-%d'), strftime(last_ordered_at, '%Y-%m-%d'))
FROM hako_orders_new WHERE CAST(ordered_at AS DATE) <> CAST(last_ordered_at AS DATE)
UNION ALL
-- (an order whose amount text is unreadable is reported once, above)
SELECT file_no, hako_line(file_no, first_row), 'amount',
       printf('order %s has no amount: no total, and no quantity × unit price on its lines', order_id)
FROM hako_orders_net WHERE net_amount IS NULL AND ordered_at IS NOT NULL AND NOT unvalued
  AND order_id NOT IN (SELECT order_id FROM bad WHERE order_id IS NOT NULL)
