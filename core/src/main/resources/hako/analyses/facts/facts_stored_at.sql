-- Whether facts are stored for an as-of date (parameter 1) of the current data (parameter 2).
SELECT count(*) > 0 FROM analysis_fact_snapshots WHERE as_of = ? AND data_version = ?
