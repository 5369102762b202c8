-- Whether groups are stored: as_of, data version, behaviour rules (NULL: any) twice.
SELECT 1 FROM customer_group_snapshots
WHERE as_of = ? AND data_version = ? AND (CAST(? AS VARCHAR) IS NULL OR rules = ?)
