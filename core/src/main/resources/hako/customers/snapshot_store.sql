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

INSERT INTO customer_metrics
SELECT getvariable('hako_as_of'), customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days,
       recency_days, rank, tier, cluster, stage
FROM hako_customer_metrics;

INSERT INTO metric_snapshots (as_of, rules, data_version, computed_at, source)
VALUES (getvariable('hako_as_of'), getvariable('hako_snapshot_rules'), getvariable('hako_data_version'),
        current_timestamp::TIMESTAMP, getvariable('hako_snapshot_source'));
