-- One row per month and channel: the last row of a month and channel wins (a later file, or a later line).
CREATE OR REPLACE TEMP TABLE hako_acquisition_spend_new AS
SELECT * EXCLUDE (rn) FROM (
    SELECT *, row_number() OVER (PARTITION BY month, channel ORDER BY file_no DESC, rowid DESC) AS rn
    FROM hako_acquisition_spend_staged WHERE month IS NOT NULL AND NOT blank)
WHERE rn = 1;
