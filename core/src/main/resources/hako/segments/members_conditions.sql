-- The conditions a query may put on the snapshot m (whose CLV columns copy the scores stored for its date,
-- V17__snapshot_scores.sql), each after a line "-- @name". A query's WHERE clause joins with AND only the
-- conditions it sets (MemberQuery): constant text, every value bound. A condition written "(? IS NULL OR …)" for
-- every segment is evaluated row by row at a million customers (60 ms a page), where a plain comparison is
-- pushed into the scan (12 ms).
-- @as_of
m.as_of = ?
-- @stage
m.stage = ?
-- @cluster
m.cluster = ?
-- @tier: the tier level (1 TOP1%, 2 TOP10%, 3 TOP20%) or tighter
CASE m.tier WHEN 'top1' THEN 1 WHEN 'top10' THEN 2 WHEN 'top20' THEN 3 END <= ?
-- @f_min
m.frequency >= ?
-- @f_max
m.frequency <= ?
-- @r_min
m.recency_days >= ?
-- @r_max
m.recency_days <= ?
-- @group: a behaviour or loyalty group stored for the as-of by GroupSnapshot
m.customer_id IN (SELECT g.customer_id FROM customer_groups g WHERE g.as_of = m.as_of AND g.grp = ?)
-- @first_month: the first day of the first purchase's month
date_trunc('month', m.first_purchase) = ?
-- @entry: an entry item (AnalysisRow.Entry), the customers whose first order held it, from the analyses' facts
-- stored for the as-of (AnalysisFacts); level, item
m.customer_id IN (SELECT e.customer_id FROM entry_item_facts e WHERE e.as_of = m.as_of AND e.level = ? AND e.item = ?)
-- @path: a journey path (AnalysisRow.Path), the group's customers (top1: the TOP1% tier; else F >= 2) whose first
-- purchases' main items were the path, from the analyses' facts stored for the as-of; group, level, items
CASE WHEN ? = 'top1' THEN m.tier = 'top1' ELSE m.frequency >= 2 END
  AND m.customer_id IN (SELECT f.customer_id FROM customer_facts f
                        WHERE f.as_of = m.as_of
                          AND list_transform(CASE WHEN ? = 'category' THEN f.path_categories ELSE f.path_products END,
                                             lambda x: coalesce(nullif(x, ''), '(none)')) = CAST(? AS VARCHAR[]))
-- @risk: a customer without scores has NULLs there and matches none of the CLV conditions
m.churn_risk = ?
-- @alive_min: P(alive) in percent
m.p_alive * 100 >= ?
-- @alive_max
m.p_alive * 100 <= ?
-- @clv_min
m.clv_365 >= ?
-- @clv_max
m.clv_365 <= ?
-- @search: the lower-case text the snapshot keeps (search_text = id and name; V14__list_names.sql), one narrow
-- column scanned instead of the customers master
contains(m.search_text, ?)
-- @search_email: the same, where the email (search_email) may match too
(contains(m.search_text, ?) OR contains(m.search_email, ?))
