-- Order lines of this import, parsed, with the text kept beside each parsed value for error messages.
-- Input: the view hako_orders_src (file_no, line, one text column per orders field, NULL where unmapped).
CREATE OR REPLACE TEMP TABLE hako_orders_staged AS
SELECT
    file_no,
    line,
    nullif(trim(order_id), '') AS order_id,
    ordered_at AS ordered_at_text,
    hako_timestamp(ordered_at, getvariable('hako_zone')) AS ordered_at,
    CASE WHEN contains(customer_id, '@') THEN lower(trim(customer_id)) ELSE nullif(trim(customer_id), '') END AS customer_id,
    nullif(trim(product_code), '') AS product_code,
    nullif(trim(product_name), '') AS product_name,
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
    nullif(trim(status), '') AS status,
    hako_cancel_mark(cancelled) OR hako_cancel_status(status) AS cancelled,
    has_quantity
FROM hako_orders_src;

-- One row per order. min/max pairs reveal lines of one order that disagree.
CREATE OR REPLACE TEMP TABLE hako_orders_new AS
SELECT
    order_id,
    min(file_no) AS file_no,
    min(line) AS first_line,
    min(customer_id) AS customer_id,
    max(customer_id) AS other_customer_id,
    min(ordered_at) AS ordered_at,
    max(ordered_at) AS last_ordered_at,
    count(nullif(trim(ordered_at_text), '')) AS dated_lines,
    max(amount) AS amount_max,
    min(amount) AS amount_min,
    sum(amount) AS amount_sum,
    sum(coalesce(line_amount, CASE WHEN has_quantity THEN quantity ELSE 1 END * unit_price)) AS line_sum,
    max(refunded) AS refunded,
    max(status) AS status,
    bool_or(cancelled) AS cancelled,
    count(*) AS lines
FROM hako_orders_staged
WHERE order_id IS NOT NULL
GROUP BY order_id;

-- An amount column whose value differs between lines of one order holds line amounts, not the order total.
SET VARIABLE hako_amount_per_line = (SELECT coalesce(bool_or(amount_min <> amount_max), FALSE) FROM hako_orders_new);

ALTER TABLE hako_orders_new ADD COLUMN net_amount DECIMAL(18, 2);

UPDATE hako_orders_new SET net_amount = CAST(
    CASE WHEN amount_max IS NULL THEN line_sum
         WHEN getvariable('hako_amount_per_line') THEN amount_sum
         ELSE amount_max
    END - coalesce(refunded, 0) AS DECIMAL(18, 2));
