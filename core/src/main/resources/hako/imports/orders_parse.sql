-- One file's order lines, parsed, straight from the CSV reader (view hako_orders_src).
-- Only whether some text failed to parse is kept; the error report reads the text again.
-- Rows whose mapped columns are all empty (spreadsheets leave ",,,," lines) are kept as blank,
-- so that row numbers stay line numbers, and skipped by everything after.
SELECT
    file_no,
    order_id,
    ordered_at,
    customer_id,
    product_code,
    product_name,
    quantity,
    unit_price,
    amount,
    line_amount,
    refunded,
    status,
    coalesce(cancel_mark, FALSE) AS cancel_mark,
    line_value,
    line_value IS NULL AND (unit_price IS NOT NULL OR quantity IS NOT NULL) AS unvalued,
    blank,
    NOT blank AND (order_id IS NULL
        OR hako_unreadable(ordered_at_text, ordered_at) OR hako_unreadable(quantity_text, quantity)
        OR hako_unreadable(unit_price_text, unit_price) OR hako_unreadable(amount_text, amount)
        OR hako_unreadable(line_amount_text, line_amount) OR hako_unreadable(refunded_text, refunded)
        OR cancel_mark IS NULL) AS faulty
FROM (
    SELECT *,
           coalesce(line_amount, CASE WHEN has_quantity THEN quantity ELSE 1 END * unit_price) AS line_value
    FROM (
        SELECT
            file_no,
            hako_clean(order_id) AS order_id,
            ordered_at AS ordered_at_text,
            hako_order_time(ordered_at) AS ordered_at,
            hako_customer_key(customer_id) AS customer_id,
            hako_clean(product_code) AS product_code,
            hako_clean(product_name) AS product_name,
            quantity AS quantity_text,
            hako_amount(quantity) AS quantity,
            unit_price AS unit_price_text,
            hako_amount(unit_price) AS unit_price,
            amount AS amount_text,
            hako_amount(amount) AS amount,
            line_amount AS line_amount_text,
            hako_amount(line_amount) AS line_amount,
            refunded AS refunded_text,
            hako_amount(refunded) AS refunded,
            hako_clean(status) AS status,
            -- (a column no file maps is NULL, not cancelled: skip the word lists for it)
            CASE WHEN list_contains(getvariable('hako_mapped'), 'cancelled') THEN hako_cancel_mark(cancelled)
                 ELSE FALSE END AS cancel_mark,
            has_quantity,
            coalesce(order_id, ordered_at, customer_id, product_code, product_name, quantity, unit_price, amount,
                     line_amount, refunded, status, cancelled) IS NULL AS blank
        FROM hako_orders_src))
