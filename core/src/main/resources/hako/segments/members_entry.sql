-- Appended to members_filter.sql for an entry item (AnalysisRow.Entry): the customers whose first order
-- held it, from the analyses' facts stored for the as-of (AnalysisFacts). Parameters: level, item.
  AND m.customer_id IN (SELECT e.customer_id FROM entry_item_facts e LEFT JOIN products pr ON pr.product_code = e.product_code
                        WHERE e.as_of = m.as_of
                          AND CASE WHEN ? = 'category' THEN coalesce(pr.category, '') ELSE e.item END = ?)
