-- Keeps the copy of the scores in the stored customer tables (customer_metrics, V17__snapshot_scores.sql) equal
-- to clv_scores, after scores were stored or dropped. Variable: hako_as_of, the date just scored (NULL when
-- scores were only dropped).

-- Dates whose scores are gone (a new fit, or dates no longer kept) lose their copies.
UPDATE customer_metrics
SET p_alive = NULL, expected_30 = NULL, expected_90 = NULL, expected_365 = NULL, next_order_date = NULL,
    expected_aov = NULL, clv_365 = NULL, churn_risk = NULL
WHERE p_alive IS NOT NULL AND as_of NOT IN (SELECT as_of FROM clv_score_runs);

-- The date just scored: its rows written again with the scores, still in rank order (snapshot_store.sql).
CREATE OR REPLACE TEMP TABLE hako_snapshot_scored AS
SELECT m.* REPLACE (s.p_alive AS p_alive, s.expected_30 AS expected_30, s.expected_90 AS expected_90,
                    s.expected_365 AS expected_365, s.next_order_date AS next_order_date,
                    s.expected_aov AS expected_aov, s.clv_365 AS clv_365, s.churn_risk AS churn_risk)
FROM customer_metrics m
LEFT JOIN clv_scores s ON s.as_of = m.as_of AND s.customer_id = m.customer_id
WHERE m.as_of = getvariable('hako_as_of')
ORDER BY m.rank;

DELETE FROM customer_metrics WHERE as_of = getvariable('hako_as_of');

INSERT INTO customer_metrics BY NAME SELECT * FROM hako_snapshot_scored;

DROP TABLE hako_snapshot_scored;
