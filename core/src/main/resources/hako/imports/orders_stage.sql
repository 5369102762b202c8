-- From the parsed lines of all files (hako_orders_staged) to one row per order.

-- Status words that mean cancelled, matched once per distinct status rather than once per line
-- (as a filter on a list, which the optimiser cannot push below the DISTINCT to every line).
SET VARIABLE hako_cancel_words = (
    SELECT coalesce(list_filter(list(DISTINCT status), lambda w: hako_cancel_status(w)), []::VARCHAR[])
    FROM hako_orders_staged);

-- One row per order. Lines of one order that disagree on the customer show as a differing
-- min and max (exact, and no dearer than comparing hashes). Columns that no file of this import
-- maps (hako_mapped) are NULL on every line: their aggregates are left out, not computed.
CREATE OR REPLACE TEMP TABLE hako_orders_new AS
SELECT
    order_id,
    min(file_no) AS file_no,
    min(rowid) AS first_row,
    min(customer_id) AS customer_id,
    min(customer_id) <> max(customer_id) AS customers_differ,
    min(ordered_at) AS ordered_at,
    max(ordered_at) AS last_ordered_at,
    bool_or(ordered_at IS NOT NULL OR faulty) AS dated,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'amount') THEN max(amount) END AS amount_max,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'amount') THEN min(amount) END AS amount_min,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'amount') THEN sum(amount) END AS amount_sum,
    sum(line_value) AS line_sum,
    bool_or(unvalued) AS unvalued,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'refunded') THEN max(refunded) END AS refunded,
    any_value(status) AS status,
    bool_or(cancel_mark OR coalesce(list_contains(getvariable('hako_cancel_words'), status), FALSE)) AS cancelled,
    count(*) AS lines
FROM hako_orders_staged
WHERE order_id IS NOT NULL
GROUP BY order_id;

-- Per file: an amount column whose value differs between lines of one order holds line amounts,
-- not the order total. hako_per_line[file_no + 1] says which (a list, not a join, for the hot paths).
CREATE OR REPLACE TEMP TABLE hako_amount_modes AS
SELECT file_no, coalesce(bool_or(amount_min <> amount_max), FALSE) AS per_line
FROM hako_orders_new GROUP BY file_no;

SET VARIABLE hako_per_line = (
    SELECT list(coalesce(m.per_line, FALSE) ORDER BY r.i)
    FROM range(0, (SELECT coalesce(max(file_no), 0) + 1 FROM hako_amount_modes)) r(i)
    LEFT JOIN hako_amount_modes m ON m.file_no = r.i);

-- The order's net amount: its total (less refunds) when the export has one, else the sum of its lines.
-- The sum of the lines is rounded to three decimals first, as the CASE's DECIMAL(38, 3) always did.
CREATE OR REPLACE TEMP VIEW hako_orders_net AS
SELECT *,
       hako_cents(CASE WHEN amount_max IS NULL THEN hako_mills(line_sum)
                       WHEN getvariable('hako_per_line')[file_no + 1] THEN amount_sum
                       ELSE amount_max
                  END - coalesce(refunded, 0)) AS net_amount
FROM hako_orders_new;
