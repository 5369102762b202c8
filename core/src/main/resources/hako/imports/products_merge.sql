CREATE OR REPLACE TEMP TABLE hako_products_merged AS
SELECT
    n.product_code,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'product_name') THEN n.name ELSE o.name END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'category') THEN n.category ELSE o.category END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'price') THEN n.price ELSE o.price END,
    CASE WHEN list_contains(getvariable('hako_mapped'), 'cycle_days') THEN nullif(n.cycle_days, 0) ELSE o.cycle_days END,
    getvariable('hako_import_id')
FROM hako_products_new n LEFT JOIN products o USING (product_code);

DELETE FROM products WHERE product_code IN (SELECT product_code FROM hako_products_new);

INSERT INTO products SELECT * FROM hako_products_merged;
