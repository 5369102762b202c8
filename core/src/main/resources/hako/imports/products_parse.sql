-- One file's products rows, parsed, straight from the CSV reader (view hako_products_src).
SELECT
    file_no,
    nullif(trim(product_code), '') AS product_code,
    nullif(trim(product_name), '') AS name,
    nullif(trim(category), '') AS category,
    price AS price_text,
    CAST(hako_amount(price) AS DECIMAL(18, 2)) AS price,
    cycle_days AS cycle_days_text,
    TRY_CAST(hako_amount(cycle_days) AS INTEGER) AS cycle_days,
    coalesce(product_code, product_name, category, price, cycle_days) IS NULL AS blank
FROM hako_products_src
