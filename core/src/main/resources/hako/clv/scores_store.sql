-- Drops the stored scores of every date: the scores just computed (scores_insert.sql) replace them.
DELETE FROM clv_scores;
DELETE FROM clv_score_runs;
