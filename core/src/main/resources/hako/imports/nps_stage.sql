-- One answer per customer and day: the last row wins (a later file, or a later line).
CREATE OR REPLACE TEMP TABLE hako_nps_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY customer_id, responded_on ORDER BY file_no DESC, rowid DESC) AS rn
    FROM hako_nps_staged WHERE customer_id IS NOT NULL AND responded_on IS NOT NULL AND NOT blank)
WHERE rn = 1;
