-- Appended to members_filter.sql for an entry item (AnalysisRow.Entry): the customers whose first order
-- held it, from the analyses' facts stored for the as-of (AnalysisFacts). Parameters: level, item.
  AND m.customer_id IN (SELECT e.customer_id FROM entry_item_facts e
                        WHERE e.as_of = m.as_of AND e.level = ? AND e.item = ?)
