-- The customer list reads a page's CLV scores from the snapshot's own rows (hako.segments.Members): a copy of
-- clv_scores for the snapshot's date, NULL for a customer or date without scores. Looking the page's 50
-- customers up in clv_scores instead scans its million rows on every page (about 50 ms), and sorting or
-- filtering by CLV joins them all. Kept equal to clv_scores by hako.clv.SnapshotScores and snapshot_store.sql.
ALTER TABLE customer_metrics ADD COLUMN p_alive DOUBLE;
ALTER TABLE customer_metrics ADD COLUMN expected_30 DOUBLE;
ALTER TABLE customer_metrics ADD COLUMN expected_90 DOUBLE;
ALTER TABLE customer_metrics ADD COLUMN expected_365 DOUBLE;
ALTER TABLE customer_metrics ADD COLUMN next_order_date DATE;
ALTER TABLE customer_metrics ADD COLUMN expected_aov DECIMAL(18, 2);
ALTER TABLE customer_metrics ADD COLUMN clv_365 DECIMAL(18, 2);
ALTER TABLE customer_metrics ADD COLUMN churn_risk VARCHAR;

UPDATE customer_metrics m
SET p_alive = s.p_alive, expected_30 = s.expected_30, expected_90 = s.expected_90, expected_365 = s.expected_365,
    next_order_date = s.next_order_date, expected_aov = s.expected_aov, clv_365 = s.clv_365,
    churn_risk = s.churn_risk
FROM clv_scores s
WHERE s.as_of = m.as_of AND s.customer_id = m.customer_id;
