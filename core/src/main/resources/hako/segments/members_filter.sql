-- The customers of a snapshot that match a segment: conditions on customer_metrics m alone, so that
-- counts and pages without a search never touch the customers master. Parameters, in order: as_of;
-- stage twice; cluster twice; tier level twice; F min twice; F max twice; R min twice; R max twice;
-- group twice (customer_groups, stored for the as-of by GroupSnapshot); first-purchase month twice.
m.as_of = ?
  AND (CAST(? AS VARCHAR) IS NULL OR m.stage = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR m.cluster = ?)
  AND (CAST(? AS INTEGER) IS NULL
       OR CASE m.tier WHEN 'top1' THEN 1 WHEN 'top10' THEN 2 WHEN 'top20' THEN 3 END <= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.frequency >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.frequency <= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.recency_days >= ?)
  AND (CAST(? AS BIGINT) IS NULL OR m.recency_days <= ?)
  AND (CAST(? AS VARCHAR) IS NULL
       OR m.customer_id IN (SELECT g.customer_id FROM customer_groups g WHERE g.as_of = m.as_of AND g.grp = ?))
  AND (CAST(? AS DATE) IS NULL OR date_trunc('month', m.first_purchase) = ?)
