-- Where a metric snapshot came from: 'computed' by Hako from its orders, or 'imported' from the Spark
-- job's output (hako import --kind metrics). An imported snapshot of the current data is read, never
-- recomputed; an import of orders after it makes it stale like any other.
ALTER TABLE metric_snapshots ADD COLUMN source VARCHAR DEFAULT 'computed';
