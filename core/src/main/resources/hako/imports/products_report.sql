SELECT count(*) AS records,
       count(*) FILTER (WHERE product_code IN (SELECT product_code FROM products)) AS replaced,
       (SELECT count(*) FROM hako_products_staged WHERE product_code IS NOT NULL) - count(*) AS repeated,
       (SELECT count(*) FROM hako_products_staged WHERE blank) AS blank_lines
FROM hako_products_new
