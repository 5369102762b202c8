-- What an order line is, at the level asked (variable hako_item_level: product or category): the
-- product code (or name when the export has no code) with its name, or the product's category from
-- the products master ('' when it has none). Lines that return goods (quantity or amount below 0) are
-- not what a customer chose.
CREATE OR REPLACE TEMP VIEW hako_line_items AS
SELECT l.order_id,
       CASE WHEN getvariable('hako_item_level') = 'category' THEN coalesce(pr.category, '')
            ELSE coalesce(l.product_code, l.product_name) END AS item,
       CASE WHEN getvariable('hako_item_level') = 'category' THEN coalesce(pr.category, '')
            ELSE coalesce(pr.name, l.product_name) END AS label,
       coalesce(l.amount, l.quantity * l.unit_price, 0) AS amount,
       l.line_no
FROM order_lines l LEFT JOIN products pr ON pr.product_code = l.product_code
WHERE coalesce(l.quantity, 1) > 0 AND coalesce(l.amount, 0) >= 0
  AND coalesce(l.product_code, l.product_name) IS NOT NULL;

-- One name per item: the one its lines carry most often (ties: the smallest), so that a product renamed
-- in the export, or a line with a stray description, shows its usual name everywhere. Items whose lines
-- carry no name are absent: readers show the item key.
CREATE OR REPLACE TEMP VIEW hako_item_labels AS
SELECT item, arg_min(label, (-lines, label)) AS label
FROM (SELECT item, label, count(*) AS lines FROM hako_line_items WHERE label IS NOT NULL GROUP BY item, label)
GROUP BY item;
