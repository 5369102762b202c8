-- The customers of a snapshot that match a segment and a search: the FROM and WHERE shared by the
-- count, the page and the export. Parameters, in order: as_of; stage twice; cluster twice; tier level
-- twice; F min twice; F max twice; R min twice; R max twice; search (lower case) four times; whether
-- the search may match email addresses.
FROM customer_metrics m
LEFT JOIN customers c ON c.customer_id = m.customer_id
WHERE m.as_of = ?
  AND (CAST(? AS VARCHAR) IS NULL OR m.stage = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR m.cluster = ?)
  AND (CAST(? AS INTEGER) IS NULL
       OR CASE m.tier WHEN 'top1' THEN 1 WHEN 'top10' THEN 2 WHEN 'top20' THEN 3 END <= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.frequency >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.frequency <= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.recency_days >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.recency_days <= ?)
  AND (CAST(? AS VARCHAR) IS NULL
       OR contains(lower(m.customer_id), ?)
       OR contains(lower(coalesce(c.name, '')), ?)
       OR (CAST(? AS BOOLEAN) AND contains(lower(coalesce(c.email, '')), ?)))
