-- From the parsed rows of all files to one row per key.
-- The last row for each customer id wins (a later file, or a later line of the same file).
CREATE OR REPLACE TEMP TABLE hako_customers_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY file_no DESC, rowid DESC) AS rn
    FROM hako_customers_staged WHERE customer_id IS NOT NULL)
WHERE rn = 1;
