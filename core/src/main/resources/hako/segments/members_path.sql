-- Appended to members_filter.sql for a journey path (AnalysisRow.Path): the group's customers (top1:
-- the TOP1% tier; else F >= 2) whose first purchases' main items were the path, from the analyses' facts
-- stored for the as-of (AnalysisFacts). Parameters: group, level, items.
  AND CASE WHEN ? = 'top1' THEN m.tier = 'top1' ELSE m.frequency >= 2 END
  AND m.customer_id IN (SELECT f.customer_id FROM customer_facts f
                        WHERE f.as_of = m.as_of
                          AND list_transform(CASE WHEN ? = 'category' THEN f.path_categories ELSE f.path_products END,
                                             lambda x: coalesce(nullif(x, ''), '(none)')) = CAST(? AS VARCHAR[]))
