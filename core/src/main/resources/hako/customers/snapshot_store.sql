-- Keeps the metrics just computed (hako_customer_metrics, at hako_as_of) as a snapshot.
-- Variables: hako_as_of, hako_snapshot_rules, hako_data_version, hako_snapshots_kept, hako_snapshot_source
-- ('computed' or 'imported').

-- Snapshots of older data or under other rules can never be read again.
DELETE FROM metric_snapshots
WHERE data_version <> getvariable('hako_data_version') OR rules <> getvariable('hako_snapshot_rules')
   OR as_of = getvariable('hako_as_of');

-- Keep the newest few dates, making room for this one.
DELETE FROM metric_snapshots
WHERE as_of NOT IN (SELECT as_of FROM metric_snapshots ORDER BY computed_at DESC
                    LIMIT getvariable('hako_snapshots_kept') - 1);

DELETE FROM customer_metrics WHERE as_of NOT IN (SELECT as_of FROM metric_snapshots);

-- With the master's name and email and the lower-case search columns (V14__list_names.sql), and the CLV scores
-- stored for the date (V17__snapshot_scores.sql), in rank order so that a page in rank order reads its names
-- from one row group.
INSERT INTO customer_metrics (as_of, customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days,
                              recency_days, rank, tier, cluster, stage, name, email, search_text, search_email,
                              p_alive, expected_30, expected_90, expected_365, next_order_date, expected_aov,
                              clv_365, churn_risk)
SELECT getvariable('hako_as_of'), m.customer_id, m.frequency, m.monetary, m.first_purchase, m.last_purchase,
       m.tenure_days, m.recency_days, m.rank, m.tier, m.cluster, m.stage, c.name, c.email,
       lower(m.customer_id) || chr(31) || lower(coalesce(c.name, '')), lower(c.email),
       s.p_alive, s.expected_30, s.expected_90, s.expected_365, s.next_order_date, s.expected_aov, s.clv_365,
       s.churn_risk
FROM hako_customer_metrics m
LEFT JOIN customers c ON c.customer_id = m.customer_id
LEFT JOIN clv_scores s ON s.as_of = getvariable('hako_as_of') AND s.customer_id = m.customer_id
ORDER BY m.rank;

INSERT INTO metric_snapshots (as_of, rules, data_version, computed_at, source)
VALUES (getvariable('hako_as_of'), getvariable('hako_snapshot_rules'), getvariable('hako_data_version'),
        current_timestamp::TIMESTAMP, getvariable('hako_snapshot_source'));
