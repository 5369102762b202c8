-- Whether a snapshot at an as-of date (1) under rules (2) of the current data (3) is stored, from a
-- source (4: 'computed' or 'imported'; NULL: either).
SELECT count(*) FROM metric_snapshots
WHERE as_of = ? AND rules = ? AND data_version = ? AND source = coalesce(CAST(? AS VARCHAR), source)
