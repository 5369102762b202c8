-- A new fit replaces the stored one, and the scores of the old one go with it.
DELETE FROM clv_scores;
DELETE FROM clv_score_runs;
DELETE FROM clv_parameters;
DELETE FROM clv_fit;
