-- The order statuses the data has, most frequent first (none: the export had no status column).
SELECT status, count(*) AS orders
FROM orders
WHERE status IS NOT NULL AND trim(status) <> ''
GROUP BY status
ORDER BY orders DESC, status
LIMIT 8
