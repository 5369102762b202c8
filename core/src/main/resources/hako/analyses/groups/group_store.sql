-- Stores the groups at hako_group_as_of from hako_behaviour_flags and hako_nps_loyalty (computed just
-- before on this connection). Variables: hako_group_as_of, hako_group_version, hako_group_rules.

DELETE FROM customer_group_snapshots
WHERE as_of = getvariable('hako_group_as_of') OR data_version <> getvariable('hako_group_version');

DELETE FROM customer_groups
WHERE as_of = getvariable('hako_group_as_of') OR as_of NOT IN (SELECT as_of FROM customer_group_snapshots);

INSERT INTO customer_groups
SELECT getvariable('hako_group_as_of'), grp, customer_id
FROM (SELECT customer_id, 'heavy' AS grp FROM hako_behaviour_flags WHERE heavy
      UNION ALL SELECT customer_id, 'one_time' FROM hako_behaviour_flags WHERE one_time
      UNION ALL SELECT customer_id, 'seasonal' FROM hako_behaviour_flags WHERE seasonal
      UNION ALL SELECT customer_id, 'bulk' FROM hako_behaviour_flags WHERE bulk
      UNION ALL SELECT customer_id, 'loyalty_' || loyalty FROM hako_nps_loyalty);

INSERT INTO customer_group_snapshots
VALUES (getvariable('hako_group_as_of'), getvariable('hako_group_version'), getvariable('hako_group_rules'),
        current_timestamp::TIMESTAMP);
