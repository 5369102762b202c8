-- From the parsed rows of all files to one row per key.
CREATE OR REPLACE TEMP TABLE hako_products_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY product_code ORDER BY file_no DESC, rowid DESC) AS rn
    FROM hako_products_staged WHERE product_code IS NOT NULL)
WHERE rn = 1;
