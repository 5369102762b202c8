SELECT file_no, hako_line(file_no, rowid) AS line, 'product_code' AS field, 'empty: every product needs a code' AS message
FROM hako_products_staged WHERE product_code IS NULL AND NOT blank
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'price', printf('cannot read "%s" as an amount', price_text)
FROM hako_products_staged WHERE price IS NULL AND nullif(trim(price_text), '') IS NOT NULL
UNION ALL
SELECT file_no, hako_line(file_no, rowid) AS line, 'cycle_days', printf('cannot read "%s" as a whole number of days (0 or more)', cycle_days_text)
FROM hako_products_staged
WHERE nullif(trim(cycle_days_text), '') IS NOT NULL
  AND (cycle_days IS NULL OR cycle_days < 0 OR hako_amount(cycle_days_text) <> cycle_days)
