-- Product master rows of this import, parsed. Input: the view hako_products_src.
CREATE OR REPLACE TEMP TABLE hako_products_staged AS
SELECT
    file_no,
    line,
    nullif(trim(product_code), '') AS product_code,
    nullif(trim(product_name), '') AS name,
    nullif(trim(category), '') AS category,
    price AS price_text,
    CAST(hako_amount(price) AS DECIMAL(18, 2)) AS price,
    cycle_days AS cycle_days_text,
    TRY_CAST(hako_amount(cycle_days) AS INTEGER) AS cycle_days
FROM hako_products_src;

CREATE OR REPLACE TEMP TABLE hako_products_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY product_code ORDER BY file_no DESC, line DESC) AS rn
    FROM hako_products_staged WHERE product_code IS NOT NULL)
WHERE rn = 1;
