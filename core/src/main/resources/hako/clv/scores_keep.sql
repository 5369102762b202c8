-- Makes room for the scores just computed (scores_insert.sql) beside those of other dates.
-- Variables: hako_as_of, hako_clv_data_version, hako_clv_settings, hako_clv_kept.

-- Scores of older data or under other settings can never be read again.
DELETE FROM clv_score_runs
WHERE data_version <> getvariable('hako_clv_data_version') OR settings <> getvariable('hako_clv_settings')
   OR as_of = getvariable('hako_as_of');

-- Keep the newest few dates, making room for this one.
DELETE FROM clv_score_runs
WHERE as_of NOT IN (SELECT as_of FROM clv_score_runs ORDER BY scored_at DESC LIMIT getvariable('hako_clv_kept') - 1);

DELETE FROM clv_scores WHERE as_of NOT IN (SELECT as_of FROM clv_score_runs);
