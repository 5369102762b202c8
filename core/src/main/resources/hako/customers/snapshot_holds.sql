-- Whether a snapshot at an as-of date (parameter 1) of the current data (parameter 2) is stored, under
-- any rules: F, M and the purchase dates do not depend on the rules.
SELECT count(*) > 0 FROM metric_snapshots WHERE as_of = ? AND data_version = ?
