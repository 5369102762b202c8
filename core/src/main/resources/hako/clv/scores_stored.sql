-- Whether the scores at an as-of date are stored under a data version and settings. Parameters: as_of,
-- data_version, settings.
SELECT 1 FROM clv_score_runs WHERE as_of = ? AND data_version = ? AND settings = ?
